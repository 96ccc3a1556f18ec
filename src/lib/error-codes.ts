import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Every `code` a problem response can carry, with the one status it is sent with: an ApiError is
 * built from its code and takes the status from here, so the two cannot disagree. The docs page
 * and the OpenAPI document list them.
 */
export const ERROR_CODES = [
	{ code: "malformed_json", status: 400, description: "The body is not valid JSON." },
	{ code: "bad_request", status: 400, description: "The request could not be read." },
	{ code: "invalid_cursor", status: 400, description: "The pagination cursor was not issued by this API." },
	{
		code: "unauthenticated",
		status: 401,
		description: "No credentials, or not `Authorization: Bearer <key>`.",
	},
	{
		code: "invalid_api_key",
		status: 401,
		description: "The key is malformed (bad prefix or checksum), unknown, revoked or expired.",
	},
	{ code: "root_required", status: 403, description: "Only the root token may call this operation." },
	{ code: "forbidden_project", status: 403, description: "The key belongs to another project." },
	{ code: "missing_scope", status: 403, description: "The key lacks the scope named in `required_scope`." },
	{ code: "not_found", status: 404, description: "No route or resource at this URL." },
	{ code: "project_not_found", status: 404, description: "The project does not exist." },
	{ code: "schema_not_found", status: 404, description: "The schema (or schema version) does not exist." },
	{
		code: "method_not_allowed",
		status: 405,
		description: "The path exists but not with this method; see `Allow`.",
	},
	{ code: "project_exists", status: 409, description: "A project with this id exists." },
	{
		code: "concurrent_update",
		status: 409,
		description: "Another request changed the resource meanwhile; retry.",
	},
	{ code: "key_revoked", status: 409, description: "A revoked key cannot be rolled." },
	{
		code: "idempotency_key_invalid",
		status: 400,
		description: "Idempotency-Key must be 1-255 printable ASCII characters.",
	},
	{
		code: "invalid_bookmark",
		status: 400,
		description: "`X-Folio-Bookmark` is not a D1 bookmark as an earlier response carried it.",
	},
	{
		code: "idempotency_key_reused",
		status: 422,
		description: "The Idempotency-Key was used with another request body.",
	},
	{
		code: "idempotency_in_flight",
		status: 409,
		description: "A request with this Idempotency-Key is still running; retry shortly.",
	},
	{
		code: "signature_missing",
		status: 401,
		description: "The key requires RFC 9421 signed requests (label `folio`).",
	},
	{
		code: "signature_invalid",
		status: 401,
		description: "The request signature is malformed or does not verify.",
	},
	{
		code: "signature_expired",
		status: 401,
		description: "The signature's `created` is outside the accepted clock skew.",
	},
	{ code: "signature_replayed", status: 401, description: "The signature's nonce was already used." },
	{
		code: "digest_mismatch",
		status: 401,
		description: "Content-Digest is missing or does not match the body.",
	},
	{
		code: "idempotency_not_replayable",
		status: 409,
		description: "The first request with this key succeeded, but its response held a secret shown once.",
	},
	{
		code: "rate_limited",
		status: 429,
		description: "The key's read or write bucket is spent; wait `Retry-After` seconds.",
	},
	{
		code: "schema_forbidden",
		status: 403,
		description:
			"The key is limited to other schemas: the entity, one of its sides, or the deleted slug's last schema is barred to it.",
	},
	{
		code: "entity_not_found",
		status: 404,
		description: "The entity does not exist (or is not in that snapshot).",
	},
	{
		code: "snapshot_not_found",
		status: 404,
		description: "No such snapshot, or none published yet for `latest`.",
	},
	{
		code: "event_not_found",
		status: 404,
		description: "No such event in the project's feed (or not one this key may see, or past retention).",
	},
	{
		code: "cursor_expired",
		status: 410,
		description:
			"Events after this feed cursor are past retention; re-sync from a snapshot and its changes, then follow from `cursor=now`.",
	},
	{ code: "slug_taken", status: 409, description: "An entity with this slug exists." },
	{ code: "nothing_to_commit", status: 409, description: "The entity has no draft." },
	{ code: "entity_deleted", status: 409, description: "The entity is deleted; PUT recreates it." },
	{
		code: "version_conflict",
		status: 412,
		description: "If-Match / If-None-Match failed; see `current_revision`.",
	},
	{ code: "unknown_schema", status: 422, description: "The entity names a schema that does not exist." },
	{ code: "payload_too_large", status: 413, description: "The body exceeds 1 MiB." },
	{ code: "unsupported_media_type", status: 415, description: "The body is not `application/json`." },
	{
		code: "validation_failed",
		status: 422,
		description: "The request is invalid; `errors` has a pointer per problem.",
	},
	{
		code: "snapshot_not_published",
		status: 409,
		description:
			"The snapshot is still building (or failed); only published snapshots export or become latest.",
	},
	{ code: "export_not_ready", status: 409, description: "The export has not completed; poll it first." },
	{
		code: "webhook_limit_reached",
		status: 409,
		description: "The project already has the most webhook endpoints allowed (20).",
	},
	{ code: "webhook_disabled", status: 409, description: "The webhook is disabled; enable it first." },
	{
		code: "delivery_in_flight",
		status: 409,
		description: "An attempt of this delivery is in progress; retry shortly.",
	},
	{ code: "internal_error", status: 500, description: "Unexpected failure, logged under the request id." },
	{
		code: "service_unavailable",
		status: 503,
		description: "Health: a check failed; `d1` and `config` say which.",
	},
	{
		code: "misconfigured",
		status: 503,
		description: "A configuration variable is invalid; the detail names it and what it must be.",
	},
] as const satisfies readonly { code: string; status: ContentfulStatusCode; description: string }[];

type Entry = (typeof ERROR_CODES)[number];

export type ErrorCode = Entry["code"];

/** The codes sent with `status`, for helpers that fix the status (a 401 with its challenge). */
export type ErrorCodeWithStatus<S extends Entry["status"]> = Extract<Entry, { status: S }>["code"];

const STATUS = new Map<ErrorCode, Entry["status"]>(ERROR_CODES.map((e) => [e.code, e.status]));

export function statusOf(code: ErrorCode): Entry["status"] {
	const status = STATUS.get(code);
	// Only a cast can bring an unknown code here; sending it with a made-up status would hide it.
	if (status === undefined) throw new Error(`Unknown error code ${code}; add it to src/lib/error-codes.ts.`);
	return status;
}

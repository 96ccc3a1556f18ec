/** Every `code` a problem response can carry. The docs page and the OpenAPI document list them. */
export const ERROR_CODES = [
	{ code: "malformed_json", status: 400, description: "The body is not valid JSON." },
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
	{ code: "payload_too_large", status: 413, description: "The body exceeds 1 MiB." },
	{ code: "unsupported_media_type", status: 415, description: "The body is not `application/json`." },
	{
		code: "validation_failed",
		status: 422,
		description: "The request is invalid; `errors` has a pointer per problem.",
	},
	{ code: "internal_error", status: 500, description: "Unexpected failure, logged under the request id." },
	{ code: "service_unavailable", status: 503, description: "A dependency (D1) is unreachable." },
] as const;

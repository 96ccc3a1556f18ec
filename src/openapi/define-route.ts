import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { DRY_RUN_MEDIA_TYPE } from "../lib/dry-run";
import type { BucketName } from "../lib/types";
import { authenticate } from "../middleware/authenticate";
import { authorize } from "../middleware/authorize";
import { BOOKMARK_PATTERN, dbSession } from "../middleware/db-session";
import { idempotency } from "../middleware/idempotency";
import { jsonBody } from "../middleware/json-body";
import { keyStateGate } from "../middleware/key-state-gate";
import type { Access } from "../modules/keys/access";

export const ProblemSchema = z
	.object({
		type: z.string().openapi({ example: "/docs#error-validation_failed" }),
		title: z.string(),
		status: z.number().int(),
		detail: z.string(),
		code: z.string().openapi({
			description: "Stable, snake_case error code (see the error table).",
			example: "validation_failed",
		}),
		request_id: z.string().openapi({ description: "Equals the response's `X-Request-Id`." }),
		errors: z
			.array(
				z.object({
					pointer: z.string().optional().openapi({ description: "JSON Pointer into the request body." }),
					parameter: z.string().optional().openapi({ description: "Query, path or header parameter." }),
					message: z.string(),
					code: z.string(),
				}),
			)
			.optional(),
	})
	.passthrough()
	.openapi("Problem", { description: "RFC 9457 problem details." });

const problem = (description: string) => ({
	description,
	content: { "application/problem+json": { schema: ProblemSchema } },
});

const CHALLENGE = {
	"WWW-Authenticate": {
		schema: { type: "string" as const },
		description:
			'RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired.',
	},
};

/** On responses that hold a secret shown once. */
export const NO_STORE = {
	"Cache-Control": {
		schema: { type: "string" as const, enum: ["no-store"] },
		description: "The response holds a secret: no cache may keep it.",
	},
};

const text = (description: string) => ({ schema: { type: "string" as const }, description });

/**
 * The headers the request path sets, registered once under components/headers (openapi.ts) and
 * referenced from each response, so the document names them without repeating them 300 times.
 */
export const SHARED_HEADERS = {
	"X-Request-Id": text("Identifies the request in the logs; problems repeat it as `request_id`."),
	RateLimit: text(
		'The bucket\'s state (IETF RateLimit fields), e.g. `"write";r=119;t=1`: `r` requests remain, `t` seconds until it refills.',
	),
	"RateLimit-Policy": text('The bucket\'s policy, e.g. `"write";q=120;w=60`: `q` requests per `w` seconds.'),
	"Retry-After": text("Seconds to wait before trying again."),
	"X-Folio-Bookmark": text(
		"The D1 bookmark of the session that served the request (admin operations: after its queries; reads: when they read D1). Send it back as `X-Folio-Bookmark` to be served data at least this fresh. Absent when no database session ran.",
	),
	"Idempotency-Replayed": {
		schema: { type: "string" as const, enum: ["true"] },
		description:
			"Present when this is the stored answer to an earlier request with the same `Idempotency-Key`.",
	},
};

type SharedHeader = keyof typeof SHARED_HEADERS;
const ref = (...names: SharedHeader[]) =>
	Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

/** Declared on every POST and PUT; checked by the idempotency middleware, not by a validator. */
const IDEMPOTENCY_KEY = {
	name: "Idempotency-Key",
	in: "header" as const,
	required: false,
	schema: { type: "string" as const, minLength: 1, maxLength: 255, pattern: "^[\\x20-\\x7e]+$" },
	description:
		"1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.",
	example: "6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10",
};

/** Declared on every operation; checked by dbSession(), which starts the request's D1 session from it. */
const BOOKMARK = {
	name: "X-Folio-Bookmark",
	in: "header" as const,
	required: false,
	schema: { type: "string" as const, pattern: BOOKMARK_PATTERN.source },
	description:
		"The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.",
	example: "00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683",
};

/** Every error status an operation can answer, described once. */
export const ERRORS = {
	400: problem("Malformed JSON, invalid cursor or other malformed request."),
	401: {
		...problem(
			"Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read.",
		),
		headers: CHALLENGE,
	},
	403: problem("The key lacks the scope, or belongs to another project."),
	404: problem("The resource does not exist."),
	409: problem(
		"The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`.",
	),
	410: problem(
		"`cursor_expired`: the events after this cursor are past retention; re-sync, then follow from `cursor=now`.",
	),
	412: problem("An `If-Match` / `If-None-Match` precondition failed."),
	413: problem("The request body exceeds 1 MiB."),
	415: problem("The request body is not application/json."),
	422: problem("The request is well-formed but invalid; `errors` points at each problem."),
	429: problem("Rate limited; see `Retry-After`."),
	500: problem("Unexpected failure; the request id identifies it in the logs."),
	503: problem(
		"`misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong.",
	),
} as const;

type ErrorStatus = keyof typeof ERRORS;

const ALWAYS: ErrorStatus[] = [400, 401, 403, 429, 500, 503];
const WITH_BODY: ErrorStatus[] = [413, 415, 422];

/**
 * What runs before an operation's validators, in this order: who is calling (401 before the body
 * is read), its D1 session (400 for a bad bookmark), the body (413, 415, 400; the signature and
 * the idempotency fingerprint need it), the
 * key's state (signature and its nonce, the rate limit, the idempotency lock: one Durable Object
 * call at most), the idempotency record (replay, wait or run once), then access (403, or 404 for
 * the root token in a project that does not exist).
 */
const requestPath = (access: Access, bucket: BucketName, admin: boolean, freeNotModified: boolean) => [
	authenticate(),
	dbSession({ admin }),
	jsonBody(),
	keyStateGate({ bucket, freeNotModified }),
	idempotency(),
	authorize(access),
];

/**
 * Who may call an operation, and the rate-limit bucket it spends from: the read API declares
 * `read`; every other operation spends from `write`.
 */
export type RouteAccess = Access & {
	bucket?: BucketName;
	/** A 304 answer gives its token back to the bucket (the events feed). */
	freeNotModified?: boolean;
};

/**
 * createRoute with what every authenticated operation shares: bearer security, the request path
 * above, its error responses, and `x-folio-access` so tools and the auth-matrix test can see who
 * may call it.
 */
export function defineRoute<const R extends RouteConfig>(
	access: RouteAccess,
	config: R,
	errors: ErrorStatus[] = [],
) {
	// jsonBody() reads the body of every such method, declared or not: a stray one can be 413 or 415.
	const hasBody = Boolean(config.request?.body) || ["post", "put", "patch", "delete"].includes(config.method);
	const writes = config.method === "post" || config.method === "put";
	const statuses = new Set<ErrorStatus>([...ALWAYS, ...(hasBody ? WITH_BODY : []), ...errors]);
	// The idempotency middleware answers 409 on any of them: the key's first request still runs, or its answer held a secret.
	if (writes) statuses.add(409);
	if (config.request?.params) statuses.add(404);
	// Path params match a pattern, headers have length limits: a bad one is 422, like a bad query.
	if (config.request?.query || config.request?.params || config.request?.headers) statuses.add(422);
	const responses = Object.fromEntries([...statuses].sort().map((s) => [s, ERRORS[s]]));
	const who = "root" in access ? "The root token only." : `Needs \`${access.scope}\` (or the root token).`;
	return createRoute({
		...config,
		// Every operation says who may call it; one without its own text gets its summary first.
		description: `${config.description ?? `${config.summary}.`}\n\n${who}`,
		security: [{ bearer: [] }],
		middleware: requestPath(
			access,
			access.bucket ?? "write",
			config.path.startsWith("/api/v1/admin/"),
			access.freeNotModified ?? false,
		),
		"x-folio-access": "root" in access ? "root" : access.scope,
		parameters: (writes ? [BOOKMARK, IDEMPOTENCY_KEY] : [BOOKMARK]) as RouteConfig["parameters"],
		responses: withSharedHeaders({ ...responses, ...config.responses }, writes),
	});
}

type Responses = RouteConfig["responses"];

/** The headers the request path sets on an operation's answers, added to what each response declares. */
function withSharedHeaders<T extends Responses>(responses: T, writes: boolean): T {
	return Object.fromEntries(
		Object.entries(responses).map(([status, response]) => {
			const code = Number(status);
			// 401 comes before the key's bucket is known; every later answer says what it spent.
			const headers = {
				...ref("X-Request-Id"),
				...(code === 401 ? {} : ref("RateLimit", "RateLimit-Policy", "X-Folio-Bookmark")),
				// 409 `concurrent_update` (a write race lost twice) asks for a retry too.
				...(code === 429 || code === 409 ? ref("Retry-After") : {}),
				// A stored success is replayed, and so is the 409 `idempotency_not_replayable` standing for one that held a secret.
				...(writes && (code < 300 || code === 409) ? ref("Idempotency-Replayed") : {}),
				...("headers" in response ? response.headers : {}),
			};
			return [status, { ...response, headers }];
		}),
	) as unknown as T;
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
	description,
	content: { "application/json": { schema } },
});

/** A 200 that only a dry run gives (its own media type, see lib/dry-run.ts). */
export const dryRunContent = <T extends z.ZodType>(schema: T, description: string) => ({
	description,
	content: { [DRY_RUN_MEDIA_TYPE]: { schema } },
});

/** A 200 that is the resource (`application/json`) or, under `?dry_run=true`, the dry run's answer. */
export const jsonOrDryRunContent = <T extends z.ZodType, D extends z.ZodType>(
	schema: T,
	dryRun: D,
	description: string,
) => ({
	description: `${description} With \`?dry_run=true\`: what would result, as \`${DRY_RUN_MEDIA_TYPE}\`.`,
	content: { "application/json": { schema }, [DRY_RUN_MEDIA_TYPE]: { schema: dryRun } },
});

/** A success holding a secret shown once; securityHeaders() adds the `no-store` it documents. */
export const secretContent = <T extends z.ZodType>(schema: T, description: string) => ({
	...jsonContent(schema, description),
	headers: NO_STORE,
});

export const jsonBodyOf = <T extends z.ZodType>(schema: T, required = true) => ({
	required,
	content: { "application/json": { schema } },
});

import type { Context } from "hono";
import type { LockResult } from "../../durable-objects/key-state";
import { sha256Hex } from "../../lib/crypto";
import { ApiError, problemResponse } from "../../lib/errors";
import { nowIso } from "../../lib/ids";
import type { AppEnv, Db } from "../../lib/types";

const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;
/** How long a request holds its key: far longer than any request runs. */
export const LOCK_TTL_MS = 60_000;
export const RETENTION_MS = 24 * 60 * 60 * 1000;
/**
 * A retry arriving while the first request runs waits this long for its response before a 409
 * (FOLIO_IDEMPOTENCY_WAIT_MS; the tests shorten it rather than sleep it out).
 */
const WAIT_MS = 5_000;
const POLL_MS = 50;
const waitBudget = (env: Env) => {
	const n = Number(env.FOLIO_IDEMPOTENCY_WAIT_MS);
	return Number.isFinite(n) && n >= 0 ? n : WAIT_MS;
};
const KEPT_HEADERS = ["Content-Type", "Location", "ETag"];

export interface IdempotentRequest {
	keyId: string;
	method: string;
	path: string;
	key: string;
	fingerprint: string;
}

/** The request's Idempotency-Key scope and body fingerprint, or null when it has none. */
export async function idempotentRequest(
	c: Context<AppEnv>,
	keyId: string,
): Promise<IdempotentRequest | null> {
	const key = c.req.header("Idempotency-Key");
	if (key === undefined || (c.req.method !== "POST" && c.req.method !== "PUT")) return null;
	if (!KEY_PATTERN.test(key)) {
		throw new ApiError(
			400,
			"idempotency_key_invalid",
			"Idempotency-Key must be 1-255 printable ASCII characters.",
		);
	}
	const url = new URL(c.req.url);
	const body = c.get("bodyText") ?? (await c.req.text());
	const fingerprint = await sha256Hex(`${c.req.method}\n${url.pathname}${url.search}\n${body}`);
	return { keyId, method: c.req.method, path: url.pathname, key, fingerprint };
}

interface StoredResponse {
	fingerprint: string;
	status: number;
	headers: string;
	body: string;
}

function find(db: Db, r: IdempotentRequest) {
	return db.$client
		.prepare(
			`SELECT fingerprint, status, headers, body FROM idempotency_records
			WHERE key_id = ? AND method = ? AND path = ? AND idempotency_key = ? AND created_at > ?`,
		)
		.bind(r.keyId, r.method, r.path, r.key, new Date(Date.now() - RETENTION_MS).toISOString())
		.first<StoredResponse>();
}

function replay(r: IdempotentRequest, stored: StoredResponse, requestId: string): Response {
	if (stored.fingerprint !== r.fingerprint) throw reused();
	const headers = new Headers(JSON.parse(stored.headers) as Record<string, string>);
	headers.set("Idempotency-Replayed", "true");
	let body = stored.body;
	// A problem names the request that answered; a replayed one names this request, like X-Request-Id.
	if (headers.get("Content-Type") === "application/problem+json") {
		body = JSON.stringify({ ...JSON.parse(body), request_id: requestId });
	}
	return new Response(body || null, { status: stored.status, headers });
}

const reused = () =>
	new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was used with a different request body.");

/**
 * Runs the request once per idempotency key: a stored response is replayed; a request whose key
 * another request holds waits briefly for that one's response (or for the key to be freed, when
 * that one was refused or failed: then it runs itself), then gets 409.
 */
export async function runIdempotently(
	c: Context<AppEnv>,
	r: IdempotentRequest,
	lock: LockResult,
	next: () => Promise<void>,
	release: () => Promise<void>,
	retake: () => Promise<LockResult>,
): Promise<Response> {
	const db = c.get("db");
	const budget = waitBudget(c.env);
	let held = lock;
	for (let waited = 0; !held.acquired; waited += POLL_MS) {
		if (held.fingerprint !== r.fingerprint) throw reused();
		if (waited >= budget) {
			throw new ApiError(
				409,
				"idempotency_in_flight",
				"A request with this Idempotency-Key is still running.",
			);
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		const stored = await find(db, r);
		if (stored) return replay(r, stored, c.get("requestId"));
		// Nothing stored: the first request may have been refused and freed the key. Asking the
		// key's object costs a call, so only every fifth poll.
		if ((waited / POLL_MS) % 5 === 4) held = await retake();
	}
	const stored = await find(db, r);
	if (stored) return replay(r, stored, c.get("requestId"));
	let res: Response;
	try {
		await next();
		res = c.res;
	} catch (error) {
		// A refusal raised before the handler (an access check) is an answer like any other.
		if (!(error instanceof ApiError)) {
			await release();
			throw error;
		}
		res = problemResponse(error, c.get("requestId"));
	}
	// Only successes are kept. A refusal (4xx) changed nothing, so there is nothing a retry could
	// double, and a 5xx may succeed when retried: either way the key is freed at once and the retry
	// runs as a new request (as Stripe does for validation failures). This also keeps refused
	// requests from writing any row.
	if (res.status >= 400) {
		await release();
		return res;
	}
	try {
		await store(db, r, c.get("secretResponse") ? unreplayable(c, res) : await snapshotOf(res));
	} catch (error) {
		// The request itself succeeded; only its replay is lost (a retry after the lock lapses runs again).
		console.error(
			JSON.stringify({ level: "error", msg: "idempotency record not stored", error: String(error) }),
		);
	}
	return res;
}

interface Snapshot {
	status: number;
	headers: Record<string, string>;
	body: string;
}

async function snapshotOf(res: Response): Promise<Snapshot> {
	const headers = Object.fromEntries(
		KEPT_HEADERS.flatMap((name) => {
			const value = res.headers.get(name);
			return value === null ? [] : [[name, value]];
		}),
	);
	return { status: res.status, headers, body: await res.clone().text() };
}

/**
 * A response carrying a secret shown once (a new or rolled key) is never stored: its retry
 * learns that the first request succeeded, and where to look, instead of getting the secret.
 */
function unreplayable(c: Context<AppEnv>, res: Response): Snapshot {
	const error = new ApiError(
		409,
		"idempotency_not_replayable",
		`The first request with this Idempotency-Key succeeded (${res.status}); its response held a secret shown only once, so it is not replayed. List the keys to find the one it created.`,
	);
	return {
		status: 409,
		headers: { "Content-Type": "application/problem+json" },
		body: JSON.stringify(error.toProblem(c.get("requestId"))),
	};
}

async function store(db: Db, r: IdempotentRequest, s: Snapshot) {
	await db.$client
		.prepare(
			`INSERT INTO idempotency_records (key_id, method, path, idempotency_key, fingerprint, status, headers, body, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
				headers = excluded.headers, body = excluded.body, created_at = excluded.created_at`,
		)
		.bind(
			r.keyId,
			r.method,
			r.path,
			r.key,
			r.fingerprint,
			s.status,
			JSON.stringify(s.headers),
			s.body,
			nowIso(),
		)
		.run();
}

/** Cron: records older than 24 h are gone. */
export async function purgeIdempotencyRecords(db: Db) {
	await db.$client
		.prepare("DELETE FROM idempotency_records WHERE created_at <= ?")
		.bind(new Date(Date.now() - RETENTION_MS).toISOString())
		.run();
}

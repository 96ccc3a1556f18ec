import type { LockRequest } from "../../durable-objects/key-state";
import { sha256Hex } from "../../lib/crypto";
import { ApiError } from "../../lib/errors";
import { nowIso } from "../../lib/ids";
import type { Db, IdempotentRequest, LockResult } from "../../lib/types";
import { retakeLock } from "./key-state-client";

const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;
/** How long a request holds its key: far longer than any request runs. */
export const LOCK_TTL_MS = 60_000;
export const RETENTION_MS = 24 * 60 * 60 * 1000;
/** A retry arriving while the first request runs waits this long for its response before a 409. */
/** The default of FOLIO_IDEMPOTENCY_WAIT_MS (the tests shorten it rather than sleep it out). */
const WAIT_MS = 5_000;
const POLL_MS = 50;

const KEPT_HEADERS = ["Content-Type", "Location", "ETag"];

/** The parts of a request its idempotency depends on. */
export interface RequestParts {
	method: string;
	url: string;
	idempotencyKey: string | undefined;
	body: string;
}

/** The request's Idempotency-Key scope and fingerprint, or null when it has none. */
export async function idempotentRequest(
	{ method, url, idempotencyKey: key, body }: RequestParts,
	keyId: string,
): Promise<IdempotentRequest | null> {
	if (key === undefined || (method !== "POST" && method !== "PUT")) return null;
	if (!KEY_PATTERN.test(key)) {
		throw new ApiError(
			"idempotency_key_invalid",
			"Idempotency-Key must be 1-255 printable ASCII characters.",
		);
	}
	const { pathname, search } = new URL(url);
	const fingerprint = await sha256Hex(`${method}\n${pathname}${search}\n${body}`);
	return { keyId, method, path: pathname, key, fingerprint };
}

export const lockName = (r: IdempotentRequest) => `${r.method} ${r.path} ${r.key}`;

/** The lock the request takes in its key's Durable Object while it runs. */
export const lockOf = (r: IdempotentRequest): LockRequest => ({
	name: lockName(r),
	fingerprint: r.fingerprint,
	ttlMs: LOCK_TTL_MS,
});

export interface StoredResponse {
	fingerprint: string;
	status: number;
	headers: string;
	body: string;
}

function findStored(db: Db, r: IdempotentRequest) {
	return db.$client
		.prepare(
			`SELECT fingerprint, status, headers, body FROM idempotency_records
			WHERE key_id = ? AND method = ? AND path = ? AND idempotency_key = ? AND created_at > ?`,
		)
		.bind(r.keyId, r.method, r.path, r.key, new Date(Date.now() - RETENTION_MS).toISOString())
		.first<StoredResponse>();
}

const reused = () =>
	new ApiError("idempotency_key_reused", "This Idempotency-Key was used with a different request body.");

/**
 * Settles whether this request runs: the first request's stored response when there is one (to
 * replay), or null once this request holds the key and nothing is stored. A request whose key
 * another request holds waits briefly for that one's response (or for the key to be freed, when
 * that one was refused or failed: then it runs itself), then gets 409.
 */
export async function awaitTurn(
	db: Db,
	keyStates: Env["KEY_STATE"],
	r: IdempotentRequest,
	lock: LockResult,
	waitMs = WAIT_MS,
): Promise<StoredResponse | null> {
	let held = lock;
	for (let waited = 0; !held.acquired; waited += POLL_MS) {
		if (held.fingerprint !== r.fingerprint) throw reused();
		if (waited >= waitMs) {
			throw new ApiError("idempotency_in_flight", "A request with this Idempotency-Key is still running.");
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		const stored = await findStored(db, r);
		if (stored) return stored;
		// Nothing stored: the first request may have been refused and freed the key. Asking the
		// key's object costs a call, so only every fifth poll.
		if ((waited / POLL_MS) % 5 === 4) held = await retakeLock(keyStates, r.keyId, lockOf(r));
	}
	return findStored(db, r);
}

/** The stored response as this request's answer (a different body under the same key is a 422). */
export function replay(r: IdempotentRequest, stored: StoredResponse, requestId: string): Response {
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

export interface Snapshot {
	status: number;
	headers: Record<string, string>;
	body: string;
}

export async function snapshotOf(res: Response): Promise<Snapshot> {
	const headers = Object.fromEntries(
		KEPT_HEADERS.flatMap((name) => {
			const value = res.headers.get(name);
			return value === null ? [] : [[name, value]];
		}),
	);
	return { status: res.status, headers, body: await res.clone().text() };
}

/**
 * What is stored for a response carrying a secret shown once (a new or rolled key): its retry
 * learns that the first request succeeded, and where to look, instead of getting the secret.
 */
export function unreplayable(status: number, requestId: string): Snapshot {
	const error = new ApiError(
		"idempotency_not_replayable",
		`The first request with this Idempotency-Key succeeded (${status}); its response held a secret shown only once, so it is not replayed. List the keys to find the one it created.`,
	);
	return {
		status: 409,
		headers: { "Content-Type": "application/problem+json" },
		body: JSON.stringify(error.toProblem(requestId)),
	};
}

export async function storeResponse(db: Db, r: IdempotentRequest, s: Snapshot) {
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

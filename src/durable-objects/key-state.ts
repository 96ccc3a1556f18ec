import { DurableObject } from "cloudflare:workers";

export interface BucketPolicy {
	name: "read" | "write";
	burst: number;
	perSecond: number;
}

/** An idempotency key's in-flight lock: `name` is method, path and key; held for `ttlMs`. */
export interface LockRequest {
	name: string;
	fingerprint: string;
	ttlMs: number;
}

export type LockResult = { acquired: true } | { acquired: false; fingerprint: string };

export interface Admission {
	allowed: boolean;
	/** Requests that could pass right now after this one. */
	remaining: number;
	/** Seconds until the bucket is full again. */
	resetSeconds: number;
	/** When refused: seconds after which the same request passes. */
	retryAfterSeconds: number;
}

/**
 * Per-API-key state, one SQLite-backed object per key: the rate-limit cells (and, with the rest
 * of the protection work, request-signature nonces and idempotency locks), all behind one RPC per
 * request. A Durable Object runs one call at a time, so admission is exact; its SQLite storage
 * survives eviction.
 *
 * The cells are GCRA: a cell stores its theoretical arrival time (TAT). A request is admitted when
 * TAT - now <= (burst - 1) × interval, which lets exactly `burst` requests through at once and then
 * one per interval (1 / per_second).
 */
export class KeyState extends DurableObject<Env> {
	constructor(ctx: DurableObjectState, env: Env) {
		super(ctx, env);
		ctx.storage.sql.exec(`CREATE TABLE IF NOT EXISTS cells (name TEXT PRIMARY KEY, tat REAL NOT NULL);
			CREATE TABLE IF NOT EXISTS locks (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, until REAL NOT NULL)`);
	}

	/** Everything a request needs from its key's state, in one call. */
	check(request: { policy?: BucketPolicy; lock?: LockRequest }): {
		admission?: Admission;
		lock?: LockResult;
	} {
		const admission = request.policy ? this.admit(request.policy) : undefined;
		if (admission && !admission.allowed) return { admission };
		return { admission, lock: request.lock ? this.lock(request.lock) : undefined };
	}

	/**
	 * Takes an idempotency key's lock unless another request holds it. Locks are never released:
	 * they lapse after their TTL, and until then a second request finds the first one's stored
	 * response in D1 (or learns it is still in flight).
	 */
	lock({ name, fingerprint, ttlMs }: LockRequest): LockResult {
		const now = Date.now();
		const sql = this.ctx.storage.sql;
		sql.exec("DELETE FROM locks WHERE until <= ?", now);
		const held = sql
			.exec<{ fingerprint: string }>("SELECT fingerprint FROM locks WHERE name = ?", name)
			.toArray()[0];
		if (held) return { acquired: false, fingerprint: held.fingerprint };
		sql.exec("INSERT INTO locks (name, fingerprint, until) VALUES (?, ?, ?)", name, fingerprint, now + ttlMs);
		return { acquired: true };
	}

	admit(policy: BucketPolicy): Admission {
		const now = Date.now();
		const interval = 1000 / policy.perSecond;
		const tolerance = (policy.burst - 1) * interval;
		const row = this.ctx.storage.sql
			.exec<{ tat: number }>("SELECT tat FROM cells WHERE name = ?", policy.name)
			.toArray()[0];
		const tat = Math.max(row?.tat ?? now, now);
		if (tat - now > tolerance) {
			return {
				allowed: false,
				remaining: 0,
				resetSeconds: Math.ceil((tat - now) / 1000),
				retryAfterSeconds: Math.max(1, Math.ceil((tat - tolerance - now) / 1000)),
			};
		}
		const next = tat + interval;
		this.ctx.storage.sql.exec(
			"INSERT INTO cells (name, tat) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET tat = ?2",
			policy.name,
			next,
		);
		return {
			allowed: true,
			remaining: Math.max(0, Math.floor((tolerance - (next - now)) / interval) + 1),
			resetSeconds: Math.ceil((next - now) / 1000),
			retryAfterSeconds: 0,
		};
	}
}

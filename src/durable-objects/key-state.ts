import { DurableObject } from "cloudflare:workers";
import type { Admission, BucketPolicy, LockResult } from "../lib/types";

/** An idempotency key's in-flight lock: `name` is method, path and key; held for `ttlMs`. */
export interface LockRequest {
	name: string;
	fingerprint: string;
	ttlMs: number;
}

/** A request signature's nonce, remembered for twice the signature tolerance. */
export interface NonceRequest {
	value: string;
	ttlMs: number;
}

export interface CheckResult {
	replayed?: true;
	admission?: Admission;
	lock?: LockResult;
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
		ctx.storage.sql.exec(`CREATE TABLE IF NOT EXISTS locks (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, until REAL NOT NULL);
			CREATE TABLE IF NOT EXISTS nonces (nonce TEXT PRIMARY KEY, until REAL NOT NULL)`);
	}

	/**
	 * Everything a request needs from its key's state, in one call: a signature nonce not seen
	 * before, a token from its bucket, and its idempotency key's lock, in that order.
	 */
	check(request: {
		nonce?: NonceRequest;
		policy?: BucketPolicy;
		want?: number;
		lock?: LockRequest;
	}): CheckResult {
		if (request.nonce && !this.remember(request.nonce)) return { replayed: true };
		const admission = request.policy ? this.admit(request.policy, request.want) : undefined;
		if (admission && !admission.allowed) return { admission };
		return { admission, lock: request.lock ? this.lock(request.lock) : undefined };
	}

	/** Frees an idempotency key whose request failed, so that a retry runs at once. */
	unlock(name: string): void {
		this.ctx.storage.sql.exec("DELETE FROM locks WHERE name = ?", name);
	}

	/** Records a nonce for `ttlMs`; false when it was already seen within that time. */
	remember({ value, ttlMs }: NonceRequest): boolean {
		const now = Date.now();
		const sql = this.ctx.storage.sql;
		sql.exec("DELETE FROM nonces WHERE until <= ?", now);
		if (sql.exec("SELECT 1 FROM nonces WHERE nonce = ?", value).toArray().length > 0) return false;
		sql.exec("INSERT INTO nonces (nonce, until) VALUES (?, ?)", value, now + ttlMs);
		return true;
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

	/**
	 * Gives back the token of a request that turned out to cost nothing (a feed 304): the cell's TAT
	 * moves back one interval, never before now (a bucket cannot hold more than its burst).
	 */
	refund(policy: BucketPolicy): void {
		const { now, interval, cell, stored } = this.cellOf(policy);
		this.store(cell, Math.max(now, stored - interval));
	}

	/** Each cell's TAT, read from storage once per instance; storage keeps it across evictions. */
	private readonly tats = new Map<string, number>();

	/** The policy's cell, its interval and stored TAT (now for a new cell), all in microseconds. */
	private cellOf(policy: BucketPolicy) {
		const now = Date.now() * 1000;
		const interval = Math.max(1, Math.round(1_000_000 / policy.perSecond));
		const cell = `tat-us:${policy.name}`;
		let stored = this.tats.get(cell);
		if (stored === undefined) {
			stored = this.ctx.storage.kv.get<number>(cell) ?? now;
			this.tats.set(cell, stored);
		}
		return { now, interval, cell, stored };
	}

	/**
	 * Admission is decided in memory (one call at a time), so the reply need not wait for the
	 * write to be durable: a crash in that instant forgets at most the last few requests.
	 */
	private store(cell: string, tat: number) {
		this.tats.set(cell, tat);
		this.ctx.storage.put(cell, tat, { allowUnconfirmed: true }).catch(() => undefined);
	}

	/**
	 * GCRA in whole microseconds: integer arithmetic, so adding an interval such as 1/3 s never
	 * drifts and exactly `burst` requests pass at once (rounding the interval to a microsecond
	 * changes the rate by at most one part in a million at 1/s).
	 */
	admit(policy: BucketPolicy, want = 1): Admission {
		const { now, interval, cell, stored } = this.cellOf(policy);
		const tolerance = (policy.burst - 1) * interval;
		const tat = Math.max(stored, now);
		const seconds = (us: number) => Math.ceil(us / 1_000_000);
		if (tat - now > tolerance) {
			return {
				allowed: false,
				granted: 0,
				remaining: 0,
				resetSeconds: seconds(tat - now),
				retryAfterSeconds: Math.max(1, seconds(tat - tolerance - now)),
			};
		}
		// Up to `want` tokens (a lease for the calling isolate), as many as the bucket holds.
		const granted = Math.max(1, Math.min(want, Math.floor((tolerance - (tat - now)) / interval) + 1));
		const next = tat + granted * interval;
		this.store(cell, next);
		return {
			allowed: true,
			granted,
			remaining: Math.max(0, Math.floor((tolerance - (next - now)) / interval) + 1),
			resetSeconds: seconds(next - now),
			retryAfterSeconds: 0,
		};
	}
}

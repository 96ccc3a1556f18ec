import { DurableObject } from "cloudflare:workers";

export interface BucketPolicy {
	name: "read" | "write";
	burst: number;
	perSecond: number;
}

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
		ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS cells (name TEXT PRIMARY KEY, tat REAL NOT NULL)");
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

import type { Context } from "hono";
import type { Admission, BucketPolicy } from "../../durable-objects/key-state";
import { ApiError } from "../../lib/errors";
import type { AppEnv, BucketLimit, Principal, VerifiedKey } from "../../lib/types";
import { type IdempotentRequest, idempotentRequest, LOCK_TTL_MS, runIdempotently } from "./idempotency";
import { deposit, leaseSize, takeLeased } from "./lease";

const lockName = (r: IdempotentRequest) => `${r.method} ${r.path} ${r.key}`;

import { verifySignature } from "./signatures";

/** FOLIO_SIGNATURE_TOLERANCE: seconds of clock skew accepted on a signature's `created`. */
const toleranceSeconds = (env: Env) => {
	const n = Number(env.FOLIO_SIGNATURE_TOLERANCE);
	return Number.isFinite(n) && n > 0 ? n : 300;
};

export interface RateLimitState {
	policy: BucketPolicy;
	admission: Admission;
}

/** `"<burst>/<per_second>"`, as FOLIO_RATE_READ / FOLIO_RATE_WRITE hold it. */
export function parseLimit(value: string | undefined, fallback: BucketLimit): BucketLimit {
	const match = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(value ?? "");
	const burst = Number(match?.[1]);
	const perSecond = Number(match?.[2]);
	return match && burst >= 1 && perSecond > 0 ? { burst, per_second: perSecond } : fallback;
}

/** Read routes spend the `read` bucket; everything else spends `write`. */
export const bucketOf = (path: string): BucketPolicy["name"] =>
	path.startsWith("/api/v1/projects/") ? "read" : "write";

export function policyFor(env: Env, key: VerifiedKey, name: BucketPolicy["name"]): BucketPolicy {
	const defaults =
		name === "read"
			? parseLimit(env.FOLIO_RATE_READ, { burst: 200, per_second: 50 })
			: parseLimit(env.FOLIO_RATE_WRITE, { burst: 50, per_second: 10 });
	const limit = key.rateLimit?.[name] ?? defaults;
	return { name, burst: limit.burst, perSecond: limit.per_second };
}

/**
 * At most one Durable Object call per request for everything the key's state decides (none when
 * a plain request spends a token its isolate leased, see lease.ts): a signed request's
 * nonce (the signature itself is verified here first, without I/O), spending from its bucket
 * (keys only; the root token is exempt) and, for a POST or PUT with an Idempotency-Key, taking
 * that key's lock. Then `inner` (the access checks and the handler) runs, once per
 * idempotency key.
 */
export async function protect(c: Context<AppEnv>, principal: Principal, inner: () => Promise<void>) {
	const keyId = principal.kind === "key" ? principal.key.id : "root";
	const tolerance = toleranceSeconds(c.env);
	const signed = principal.kind === "key" ? await verifySignature(c, principal.key, tolerance) : null;
	const idempotent = await idempotentRequest(c, keyId);
	const limited = principal.kind === "key" && c.env.FOLIO_RATE_LIMITS !== "off";
	const policy = limited ? policyFor(c.env, principal.key, bucketOf(c.req.path)) : undefined;
	if (!policy && !idempotent && !signed) return inner();
	// A plain request (no nonce, no idempotency key) may spend a token this isolate leased.
	const plain = !signed && !idempotent;
	const cell = `${keyId}:${policy?.name}`;
	const leased = policy && plain ? takeLeased(cell) : null;
	if (policy && leased) {
		c.set("rateLimit", { policy, admission: leased });
		return inner();
	}
	const stub = c.env.KEY_STATE.get(c.env.KEY_STATE.idFromName(keyId));
	const {
		replayed,
		admission: granted,
		lock,
	} = await stub.check({
		nonce: signed ? { value: signed.nonce, ttlMs: 2 * tolerance * 1000 } : undefined,
		policy,
		want: policy && plain ? leaseSize(policy) : 1,
		lock: idempotent
			? {
					name: lockName(idempotent),
					fingerprint: idempotent.fingerprint,
					ttlMs: LOCK_TTL_MS,
				}
			: undefined,
	});
	if (replayed) {
		throw new ApiError(401, "signature_replayed", "This signature nonce was already used.", {
			headers: { "WWW-Authenticate": 'Bearer realm="folio"' },
		});
	}
	// Refused, but another request of this isolate may have leased tokens meanwhile.
	const admission = granted?.allowed
		? deposit(cell, granted)
		: plain
			? (takeLeased(cell) ?? granted)
			: granted;
	if (policy && admission) {
		c.set("rateLimit", { policy, admission });
		if (!admission.allowed) {
			throw new ApiError(
				429,
				"rate_limited",
				`The ${policy.name} limit of this key (${policy.burst} at once, ${policy.perSecond}/s) is spent; retry after ${admission.retryAfterSeconds} s.`,
				{
					type: "https://iana.org/assignments/http-problem-types#quota-exceeded",
					headers: { "Retry-After": String(admission.retryAfterSeconds) },
				},
			);
		}
	}
	if (idempotent && lock) {
		const release = () => stub.unlock(lockName(idempotent)).catch(() => undefined);
		return runIdempotently(c, idempotent, lock, inner, release);
	}
	return inner();
}

/** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window to refill it) and what is left. */
export function rateLimitHeaders({ policy, admission }: RateLimitState): Record<string, string> {
	const window = Math.ceil(policy.burst / policy.perSecond);
	return {
		"RateLimit-Policy": `"${policy.name}";q=${policy.burst};w=${window}`,
		RateLimit: `"${policy.name}";r=${admission.remaining};t=${admission.resetSeconds}`,
	};
}

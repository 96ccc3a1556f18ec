import type { Context } from "hono";
import { ApiError, unauthorized } from "../../lib/errors";
import type { AppEnv, Principal } from "../../lib/types";
import { type IdempotentRequest, idempotentRequest, LOCK_TTL_MS, runIdempotently } from "./idempotency";
import { deposit, leaseSize, takeLeased } from "./lease";
import { bucketOf, policyFor } from "./rate-limit";
import { verifySignature } from "./signatures";

const lockName = (r: IdempotentRequest) => `${r.method} ${r.path} ${r.key}`;

/** FOLIO_SIGNATURE_TOLERANCE: seconds of clock skew accepted on a signature's `created`. */
const toleranceSeconds = (env: Env) => {
	const n = Number(env.FOLIO_SIGNATURE_TOLERANCE);
	return Number.isFinite(n) && n > 0 ? n : 300;
};

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
		throw unauthorized("signature_replayed", "This signature nonce was already used.");
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
		const name = lockName(idempotent);
		const release = () => stub.unlock(name).catch(() => undefined);
		const retake = () => stub.lock({ name, fingerprint: idempotent.fingerprint, ttlMs: LOCK_TTL_MS });
		return runIdempotently(c, idempotent, lock, inner, release, retake);
	}
	return inner();
}

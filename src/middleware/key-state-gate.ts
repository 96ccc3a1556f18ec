import type { MiddlewareHandler } from "hono";
import { configOf } from "../config";
import { unauthorized } from "../lib/errors";
import type { AppEnv, BucketName } from "../lib/types";
import { idempotentRequest, lockOf } from "../modules/protection/idempotency";
import { checkKeyState, refundToken } from "../modules/protection/key-state-client";
import { policyFor, rateLimited } from "../modules/protection/rate-limit";
import { verifySignature } from "../modules/protection/signatures";

/**
 * Everything the caller's key state decides, in at most one Durable Object call (see
 * key-state-client.ts): a signed request's nonce (the signature itself is verified here first,
 * without I/O), a token from the route's bucket (keys only; the root token is exempt) and, for a
 * POST or PUT with an Idempotency-Key, that key's lock, which idempotency() then holds. Every
 * authenticated request spends from its bucket, those refused later included, so they carry the
 * rate-limit headers too.
 */
export function keyStateGate(options: {
	bucket: BucketName;
	/** A 304 gives its token back (the events feed: an idle poll costs nothing). */
	freeNotModified?: boolean;
}): MiddlewareHandler<AppEnv> {
	const { bucket, freeNotModified = false } = options;
	return async function keyStateGate(c, next) {
		const principal = c.get("principal");
		const key = principal.kind === "key" ? principal.key : null;
		const keyId = key ? key.id : "root";
		const { method, url } = c.req;
		// A request without a body (every GET) has nothing to read: reading it anyway cost a read
		// of a cached entity a sixtieth of its CPU.
		const body = c.get("bodyText") ?? (c.req.raw.body === null ? "" : await c.req.text());
		const config = configOf(c.env);
		const tolerance = config.signatureTolerance;
		const signed = key
			? await verifySignature({ method, url, headers: c.req.raw.headers, body }, key, tolerance)
			: null;
		const idempotencyKey = c.req.header("Idempotency-Key");
		const idempotent = await idempotentRequest({ method, url, idempotencyKey, body }, keyId);
		const policy = key && config.rateLimits ? policyFor(config.rate, key, bucket) : undefined;

		const { replayed, admission, lock } = await checkKeyState(c.env.KEY_STATE, keyId, {
			nonce: signed ? { value: signed.nonce, ttlMs: 2 * tolerance * 1000 } : undefined,
			policy,
			lock: idempotent ? lockOf(idempotent) : undefined,
		});
		if (replayed) throw unauthorized("signature_replayed", "This signature nonce was already used.");
		if (policy && admission) {
			c.set("rateLimit", { policy, admission });
			if (!admission.allowed) throw rateLimited(policy, admission);
		}
		if (idempotent && lock) c.set("idempotency", { request: idempotent, lock });
		await next();
		// Spent up front and refunded, rather than checked first and spent after: admission stays
		// exact (at most `burst` such requests in flight), and a 200 costs one call, not two.
		if (freeNotModified && policy && admission?.allowed && c.res.status === 304) {
			const refunded = Math.min(policy.burst, admission.remaining + 1);
			c.set("rateLimit", { policy, admission: { ...admission, remaining: refunded } });
			// Awaited, so that the next poll of this client finds the token back.
			await refundToken(c.env.KEY_STATE, keyId, policy);
		}
	};
}

import type { Context } from "hono";
import type { Admission, BucketPolicy } from "../../durable-objects/key-state";
import { ApiError } from "../../lib/errors";
import type { AppEnv, BucketLimit, VerifiedKey } from "../../lib/types";

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
 * Spends one request from the key's bucket in its Durable Object (one RPC), remembers the state
 * for the response headers, and refuses with 429 when the bucket is empty.
 */
export async function spend(c: Context<AppEnv>, key: VerifiedKey) {
	const policy = policyFor(c.env, key, bucketOf(c.req.path));
	const stub = c.env.KEY_STATE.get(c.env.KEY_STATE.idFromName(key.id));
	const admission = await stub.admit(policy);
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

/** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window to refill it) and what is left. */
export function rateLimitHeaders({ policy, admission }: RateLimitState): Record<string, string> {
	const window = Math.ceil(policy.burst / policy.perSecond);
	return {
		"RateLimit-Policy": `"${policy.name}";q=${policy.burst};w=${window}`,
		RateLimit: `"${policy.name}";r=${admission.remaining};t=${admission.resetSeconds}`,
	};
}

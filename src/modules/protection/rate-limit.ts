import type { Admission, BucketPolicy } from "../../durable-objects/key-state";
import type { BucketLimit, VerifiedKey } from "../../lib/types";

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

/** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window to refill it) and what is left. */
export function rateLimitHeaders({ policy, admission }: RateLimitState): Record<string, string> {
	const window = Math.ceil(policy.burst / policy.perSecond);
	return {
		"RateLimit-Policy": `"${policy.name}";q=${policy.burst};w=${window}`,
		RateLimit: `"${policy.name}";r=${admission.remaining};t=${admission.resetSeconds}`,
	};
}

import { ApiError } from "../../lib/errors";
import type {
	Admission,
	BucketLimit,
	BucketName,
	BucketPolicy,
	RateLimitState,
	VerifiedKey,
} from "../../lib/types";

/** `"<burst>/<per_second>"`, as FOLIO_RATE_READ / FOLIO_RATE_WRITE hold it. */
export function parseLimit(value: string | undefined, fallback: BucketLimit): BucketLimit {
	const match = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(value ?? "");
	const burst = Number(match?.[1]);
	const perSecond = Number(match?.[2]);
	return match && burst >= 1 && perSecond > 0 ? { burst, per_second: perSecond } : fallback;
}

/** The key's own limit for the bucket, else the environment's default for it. */
export function policyFor(env: Env, key: VerifiedKey, name: BucketName): BucketPolicy {
	const defaults =
		name === "read"
			? parseLimit(env.FOLIO_RATE_READ, { burst: 200, per_second: 50 })
			: parseLimit(env.FOLIO_RATE_WRITE, { burst: 50, per_second: 10 });
	const limit = key.rateLimit?.[name] ?? defaults;
	return { name, burst: limit.burst, perSecond: limit.per_second };
}

export function rateLimited(policy: BucketPolicy, admission: Admission): ApiError {
	return new ApiError(
		429,
		"rate_limited",
		`The ${policy.name} limit of this key (${policy.burst} at once, ${policy.perSecond}/s) is spent; retry after ${admission.retryAfterSeconds} s.`,
		{
			type: "https://iana.org/assignments/http-problem-types#quota-exceeded",
			headers: { "Retry-After": String(admission.retryAfterSeconds) },
		},
	);
}

/** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window to refill it) and what is left. */
export function rateLimitHeaders({ policy, admission }: RateLimitState): Record<string, string> {
	const window = Math.ceil(policy.burst / policy.perSecond);
	return {
		"RateLimit-Policy": `"${policy.name}";q=${policy.burst};w=${window}`,
		RateLimit: `"${policy.name}";r=${admission.remaining};t=${admission.resetSeconds}`,
	};
}

import { ApiError } from "../../lib/errors";
import type {
	Admission,
	BucketLimit,
	BucketName,
	BucketPolicy,
	RateLimitState,
	VerifiedKey,
} from "../../lib/types";

/** The key's own limit for the bucket, else the environment's default for it. */
export function policyFor(
	defaults: Record<BucketName, BucketLimit>,
	key: VerifiedKey,
	name: BucketName,
): BucketPolicy {
	const limit = key.rateLimit?.[name] ?? defaults[name];
	return { name, burst: limit.burst, perSecond: limit.per_second };
}

export function rateLimited(policy: BucketPolicy, admission: Admission): ApiError {
	return new ApiError(
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

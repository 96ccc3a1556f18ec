import type { Admission, BucketPolicy } from "../../lib/types";

/**
 * Tokens an isolate took from a key's bucket ahead of need, so that most requests of a busy key
 * skip the Durable Object call. Leased tokens are already spent in the object, so a lease never
 * lets more requests through than the bucket allows; what a lease does not use within LEASE_MS is
 * dropped (the isolate admits a little less, never more). Buckets under 20 are decided one
 * request at a time, which keeps small limits exact across isolates.
 */
const LEASE_MS = 1000;
const MAX_CELLS = 10_000;

interface Lease {
	tokens: number;
	/** The bucket's remaining count when the lease was granted, leased tokens excluded. */
	remaining: number;
	resetSeconds: number;
	until: number;
}

const leases = new Map<string, Lease>();

/** How many tokens to ask for: a tenth of the burst (at most 50) once the burst is 20 or more. */
export const leaseSize = (policy: BucketPolicy) =>
	policy.burst >= 20 ? Math.min(50, Math.floor(policy.burst / 10)) : 1;

/** One token from this isolate's lease on `cell`, as an admission, or null. */
export function takeLeased(cell: string): Admission | null {
	const lease = leases.get(cell);
	if (!lease || lease.tokens === 0 || lease.until <= Date.now()) return null;
	lease.tokens--;
	return {
		allowed: true,
		granted: 1,
		remaining: lease.remaining + lease.tokens,
		resetSeconds: lease.resetSeconds,
		retryAfterSeconds: 0,
	};
}

/**
 * Keeps the tokens of a grant beyond the request's own; returns the request's admission with the
 * isolate's leased tokens counted as remaining.
 */
export function deposit(cell: string, admission: Admission): Admission {
	if (admission.granted <= 1) return admission;
	const current = leases.get(cell);
	const kept = current && current.until > Date.now() ? current.tokens : 0;
	if (leases.size >= MAX_CELLS) leases.clear();
	const tokens = kept + admission.granted - 1;
	leases.set(cell, {
		tokens,
		remaining: admission.remaining,
		resetSeconds: admission.resetSeconds,
		until: Date.now() + LEASE_MS,
	});
	return { ...admission, remaining: admission.remaining + tokens };
}

/** When and how long to wait before retrying a request. */
export interface RetryOptions {
	/** Retries after the first attempt. Default 4. */
	max?: number;
	/** Backoff base: the n-th retry waits a random time up to `baseDelayMs * 2^n`. Default 500. */
	baseDelayMs?: number;
	/**
	 * Longest wait between attempts. Default 30 000. A `Retry-After` longer than this ends the retries
	 * with the error instead of blocking the caller for longer than they allowed.
	 */
	maxDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
	return { max: 4, baseDelayMs: 500, maxDelayMs: 30_000, ...options };
}

/** Rate limited or briefly unavailable: the request was not processed, so any method may repeat. */
export const RETRYABLE_STATUS = new Set([429, 503]);

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
	if (header === null) return undefined;
	const value = header.trim();
	if (/^\d+$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `retry` (0-based): the server's `Retry-After` when given, else exponential
 * backoff with full jitter (so many clients limited at once do not come back in lockstep).
 * Undefined means "do not retry": the server asked for a longer wait than the policy allows.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number): number | undefined {
	if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
	return Math.floor(Math.random() * ceiling);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}

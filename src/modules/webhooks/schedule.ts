/** Cloudflare Queues delays a message by at most 12 hours. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;
/** ±20 % so that endpoints recovering from an outage are not hit by every retry at once. */
export function withJitter(seconds: number, random = Math.random): number {
	if (seconds === 0) return 0;
	const jittered = Math.round(seconds * (0.8 + 0.4 * random()));
	return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(1, jittered));
}

/**
 * `Retry-After` as delta-seconds or an HTTP date, capped at the queue's maximum delay; null when
 * absent or unreadable (the schedule applies then).
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
	if (!value) return null;
	const trimmed = value.trim();
	let seconds: number;
	if (/^\d+$/.test(trimmed)) seconds = Number(trimmed);
	else {
		const at = Date.parse(trimmed);
		if (Number.isNaN(at)) return null;
		seconds = Math.ceil((at - now) / 1000);
	}
	return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, seconds));
}

/** Cloudflare Queues delays a message by at most 12 hours. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;
const DEFAULT_SCHEDULE = [5, 300, 1800, 7200, 18000, 36000, 36000];

/** `FOLIO_WEBHOOK_RETRY_SCHEDULE`: seconds between attempts; a malformed value falls back to the default. */
export function parseSchedule(value: string | undefined): number[] {
	if (!value?.trim()) return DEFAULT_SCHEDULE;
	const steps = value.split(",").map((s) => Number(s.trim()));
	if (steps.some((s) => !Number.isInteger(s) || s < 0)) {
		console.error(JSON.stringify({ level: "error", msg: "bad FOLIO_WEBHOOK_RETRY_SCHEDULE, using default" }));
		return DEFAULT_SCHEDULE;
	}
	return steps;
}

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

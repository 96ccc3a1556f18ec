import { ApiError } from "../../lib/errors";

/**
 * Attempts of a write that names no revision (no If-Match, no if_match, no If-None-Match) before
 * it gives up. Writers in one isolate take turns (below), so these attempts are only spent on
 * races with other isolates; each lost race means another writer landed.
 */
export const UNGUARDED_ATTEMPTS = 12;
const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 250;

/** Full jitter: a random pause up to an exponentially growing ceiling (5 ms, 10 ms, … 250 ms). */
export function raceBackoff(attempt: number): Promise<void> {
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
	return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/**
 * The answer when the bound is spent: retryable (nothing was written, and a later attempt plans
 * on a newer head), unlike 412, which tells a client its precondition failed.
 */
export const stillRacing = () =>
	new ApiError(
		"concurrent_update",
		"Other requests kept changing the entity while this one ran; nothing was written, retry it.",
		{ headers: { "Retry-After": "1" } },
	);

/** Per entity key, the promise that settles when the last writer queued on it is done. */
const tails = new Map<string, Promise<void>>();

/**
 * Runs `task` after every writer of this isolate queued earlier on any of `keys` has finished.
 * Racing on one head, all but one writer would lose and plan again; in turn, each plans on the
 * head the previous one wrote (usually from the entity cache, without a read). A writer joins
 * every queue in one synchronous step, so waits always point at earlier writers: no deadlock.
 */
export async function inTurn<T>(keys: Iterable<string>, task: () => Promise<T>): Promise<T> {
	let release = () => {};
	const done = new Promise<void>((resolve) => {
		release = resolve;
	});
	const queued = [...new Set(keys)];
	const earlier = queued.map((key) => {
		const previous = tails.get(key);
		tails.set(key, done);
		return previous;
	});
	try {
		await Promise.all(earlier);
		return await task();
	} finally {
		release();
		for (const key of queued) if (tails.get(key) === done) tails.delete(key);
	}
}

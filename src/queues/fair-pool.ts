/**
 * Runs `work` over items with at most `limit` in flight, sharing the slots fairly between keys
 * (webhook endpoints): a key gets at most ceil(limit / keys with work left), so one endpoint's
 * slow requests hold a bounded share while the others' keep flowing. Stops starting work at
 * `deadline` and skips items `skip` refuses when their turn comes; those (and only those) are
 * left undefined in the result, for the caller to hand back.
 */
export async function fairPool<T, R>(
	items: T[],
	keyOf: (item: T) => string,
	work: (item: T) => Promise<R>,
	options: { limit: number; deadline: number; skip?: (item: T) => boolean },
): Promise<(R | undefined)[]> {
	const results: (R | undefined)[] = new Array(items.length).fill(undefined);
	const waiting = items.map((_, i) => i);
	const inFlight = new Map<string, number>();
	const left = new Map<string, number>();
	for (const item of items) left.set(keyOf(item), (left.get(keyOf(item)) ?? 0) + 1);
	const add = (map: Map<string, number>, key: string, n: number) => {
		const value = (map.get(key) ?? 0) + n;
		if (value === 0) map.delete(key);
		else map.set(key, value);
	};
	let running = 0;
	return new Promise((resolve) => {
		const pump = () => {
			if (Date.now() >= options.deadline) {
				for (const i of waiting.splice(0)) add(left, keyOf(items[i] as T), -1);
			}
			while (running < options.limit && waiting.length > 0) {
				const share = Math.ceil(options.limit / Math.max(1, left.size));
				const at = waiting.findIndex((i) => {
					const item = items[i] as T;
					return options.skip?.(item) || (inFlight.get(keyOf(item)) ?? 0) < share;
				});
				if (at < 0) break;
				const i = waiting.splice(at, 1)[0] as number;
				const item = items[i] as T;
				const key = keyOf(item);
				if (options.skip?.(item)) {
					add(left, key, -1);
					continue;
				}
				running++;
				add(inFlight, key, 1);
				work(item)
					.then((result) => {
						results[i] = result;
					})
					.catch(() => undefined)
					.finally(() => {
						running--;
						add(inFlight, key, -1);
						add(left, key, -1);
						pump();
					});
			}
			if (running === 0) resolve(results);
		};
		pump();
	});
}

/**
 * The isolate's one cache: least recently used first out, bounded by a total weight (entries by
 * default, or an estimate of bytes), each entry optionally kept for a time only. Isolate memory
 * must stay small whatever the traffic (an isolate has 128 MB in all).
 */
export interface LruOptions {
	/** Most total weight held; entries weigh 1 unless set() says otherwise. */
	capacity: number;
	/** Default lifetime of an entry; none means until evicted. */
	ttlMs?: number;
}

interface Entry<V> {
	value: V;
	weight: number;
	expires: number;
}

export class Lru<V> {
	private readonly entries = new Map<string, Entry<V>>();
	private weight = 0;
	private readonly capacity: number;
	private readonly ttlMs: number;
	// Evicting a tenth at once: a Map keeps deleted slots until it rehashes and iteration steps
	// over them, so evicting one entry per insert would walk those holes on every write.
	private readonly target: number;

	constructor(options: LruOptions) {
		this.capacity = options.capacity;
		this.ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY;
		this.target = options.capacity - Math.floor(options.capacity / 10);
	}

	get(key: string): V | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (entry.expires !== Number.POSITIVE_INFINITY && entry.expires <= Date.now()) {
			this.delete(key);
			return undefined;
		}
		// Re-inserting moves the entry to the young end of the Map's insertion order.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry.value;
	}

	set(key: string, value: V, options: { weight?: number; ttlMs?: number } = {}): void {
		this.delete(key);
		const weight = options.weight ?? 1;
		const ttlMs = options.ttlMs ?? this.ttlMs;
		if (weight > this.capacity || ttlMs <= 0) return;
		const expires = ttlMs === Number.POSITIVE_INFINITY ? ttlMs : Date.now() + ttlMs;
		this.entries.set(key, { value, weight, expires });
		this.weight += weight;
		if (this.weight <= this.capacity) return;
		for (const [oldest, entry] of this.entries) {
			if (this.weight <= this.target) break;
			this.entries.delete(oldest);
			this.weight -= entry.weight;
		}
	}

	delete(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		this.entries.delete(key);
		this.weight -= entry.weight;
	}

	/** Drops every entry whose value matches: for invalidations not keyed like the cache. */
	deleteWhere(matches: (value: V) => boolean): void {
		for (const [key, entry] of this.entries) if (matches(entry.value)) this.delete(key);
	}

	clear(): void {
		this.entries.clear();
		this.weight = 0;
	}
}

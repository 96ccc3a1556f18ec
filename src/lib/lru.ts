/**
 * A least-recently-used map bounded by an estimate of the bytes its values hold, for isolate
 * memory that must stay small whatever the traffic (an isolate has 128 MB in all).
 */
export class ByteLru<V> {
	private readonly entries = new Map<string, { value: V; bytes: number }>();
	private bytes = 0;

	constructor(private readonly maxBytes: number) {}

	get(key: string): V | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		// Re-inserting moves the entry to the young end of the Map's insertion order.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry.value;
	}

	set(key: string, value: V, bytes: number): void {
		this.delete(key);
		if (bytes > this.maxBytes) return;
		this.entries.set(key, { value, bytes });
		this.bytes += bytes;
		if (this.bytes <= this.maxBytes) return;
		// Evict down to 90 %: a Map keeps deleted slots until it rehashes and iteration steps over
		// them, so evicting one entry per insert would walk those holes on every write.
		const target = this.maxBytes * 0.9;
		for (const [oldest, entry] of this.entries) {
			if (this.bytes <= target) break;
			this.entries.delete(oldest);
			this.bytes -= entry.bytes;
		}
	}

	delete(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		this.entries.delete(key);
		this.bytes -= entry.bytes;
	}

	clear(): void {
		this.entries.clear();
		this.bytes = 0;
	}
}

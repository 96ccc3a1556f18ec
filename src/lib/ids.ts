const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Uniform random base62 string (rejection sampling keeps every character equally likely). */
export function randomBase62(length: number): string {
	let out = "";
	while (out.length < length) {
		// 248 of 256 byte values are kept (62 × 4), so 1.25× the length almost always suffices.
		const bytes = crypto.getRandomValues(new Uint8Array(length + (length >> 2) + 4));
		for (let i = 0; i < bytes.length && out.length < length; i++) {
			const b = bytes[i] as number;
			if (b < 248) out += BASE62[b % 62];
		}
	}
	return out;
}

export function toBase62(value: number, width: number): string {
	let n = value;
	let out = "";
	while (n > 0) {
		out = BASE62[n % 62] + out;
		n = Math.floor(n / 62);
	}
	return out.padStart(width, "0");
}

/** Ids sort by creation time: 8 hex chars of seconds, then randomness. */
export function newId(prefix: string): string {
	const seconds = Math.floor(Date.now() / 1000)
		.toString(16)
		.padStart(8, "0");
	return `${prefix}_${seconds}${randomBase62(16)}`;
}

export function nowIso(): string {
	return new Date().toISOString();
}

/** An id like newId makes, generated inside SQLite for the rows an INSERT … SELECT creates. */
export const sqlId = (prefix: string) =>
	`'${prefix}_' || printf('%08x', unixepoch()) || lower(hex(randomblob(8)))`;

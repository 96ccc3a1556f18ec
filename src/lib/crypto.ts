const encoder = new TextEncoder();

export async function sha256Hex(input: string | Uint8Array): Promise<string> {
	const data = typeof input === "string" ? encoder.encode(input) : input;
	const digest = await crypto.subtle.digest("SHA-256", data);
	return toHex(new Uint8Array(digest));
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

export function toHex(bytes: Uint8Array): string {
	let out = "";
	for (const b of bytes) out += HEX[b];
	return out;
}

/**
 * Compares two strings without leaking where they differ. Both sides are hashed first so the
 * comparison also takes the same time whatever their lengths.
 */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
	const [ha, hb] = await Promise.all([
		crypto.subtle.digest("SHA-256", encoder.encode(a)),
		crypto.subtle.digest("SHA-256", encoder.encode(b)),
	]);
	return crypto.subtle.timingSafeEqual(ha, hb) && a.length === b.length;
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE 802.3), the checksum zlib and GitHub's token format use, of the UTF-8 bytes. */
export function crc32(input: string): number {
	// Every request checks a key's CRC, and keys are ASCII: their char codes are their bytes.
	let crc = 0xffffffff;
	for (let i = 0; i < input.length; i++) {
		const code = input.charCodeAt(i);
		if (code > 0x7f) return crc32Bytes(encoder.encode(input));
		crc = (CRC_TABLE[(crc ^ code) & 0xff] as number) ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function crc32Bytes(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

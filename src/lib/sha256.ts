/**
 * SHA-256 whose running state can be saved as a string and resumed later. A snapshot's content
 * hash covers a manifest built over many chunks, possibly by several consumer invocations; Web
 * Crypto only hashes a whole buffer (or one stream inside one invocation), so the state between
 * chunks is kept here and stored with the chunk cursor. FIPS 180-4, checked against
 * crypto.subtle in test/node/sha256.test.ts. The non-null assertions index fixed-size typed
 * arrays with loop counters inside their bounds (biome.json lets this file use them).
 */
const K = Uint32Array.from([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
	0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
	0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
	0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
	0xc67178f2,
]);
const INITIAL = [
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const encoder = new TextEncoder();
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
function bigEndian(words: Uint32Array): Uint8Array {
	const out = new Uint8Array(words.length * 4);
	const view = new DataView(out.buffer);
	for (let j = 0; j < words.length; j++) view.setUint32(j * 4, words[j] as number);
	return out;
}
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

export class Sha256 {
	private readonly h = Uint32Array.from(INITIAL);
	private readonly block = new Uint8Array(64);
	private blockLength = 0;
	private length = 0;
	private readonly w = new Uint32Array(64);

	update(input: string | Uint8Array): this {
		const data = typeof input === "string" ? encoder.encode(input) : input;
		this.length += data.length;
		let i = 0;
		while (i < data.length) {
			const n = Math.min(64 - this.blockLength, data.length - i);
			this.block.set(data.subarray(i, i + n), this.blockLength);
			this.blockLength += n;
			i += n;
			if (this.blockLength === 64) {
				this.compress();
				this.blockLength = 0;
			}
		}
		return this;
	}

	/** The digest of everything so far, as hex; the running state is left as it was. */
	hexDigest(): string {
		const copy = Sha256.restore(this.save());
		const bits = copy.length * 8;
		copy.update(Uint8Array.of(0x80));
		while (copy.blockLength !== 56) copy.update(Uint8Array.of(0));
		const tail = new Uint8Array(8);
		new DataView(tail.buffer).setUint32(0, Math.floor(bits / 2 ** 32));
		new DataView(tail.buffer).setUint32(4, bits >>> 0);
		copy.update(tail);
		return hex(bigEndian(copy.h));
	}

	/** `<8 state words>.<pending bytes>.<total length>`, all that is needed to resume. */
	save(): string {
		return `${hex(bigEndian(this.h))}.${hex(this.block.subarray(0, this.blockLength))}.${this.length}`;
	}

	static restore(state: string): Sha256 {
		const [words, pending, length] = state.split(".");
		if (words?.length !== 64 || pending === undefined || !/^\d+$/.test(length ?? "")) {
			throw new Error("malformed SHA-256 state");
		}
		const hash = new Sha256();
		for (let j = 0; j < 8; j++) hash.h[j] = Number.parseInt(words.slice(j * 8, j * 8 + 8), 16);
		for (let j = 0; j < pending.length / 2; j++)
			hash.block[j] = Number.parseInt(pending.slice(j * 2, j * 2 + 2), 16);
		hash.blockLength = pending.length / 2;
		hash.length = Number(length);
		return hash;
	}

	private compress() {
		const { w, h, block } = this;
		for (let t = 0; t < 16; t++) {
			w[t] = (block[t * 4]! << 24) | (block[t * 4 + 1]! << 16) | (block[t * 4 + 2]! << 8) | block[t * 4 + 3]!;
		}
		for (let t = 16; t < 64; t++) {
			const a = w[t - 15]!;
			const b = w[t - 2]!;
			const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
			const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
			w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
		}
		let [a, b, c, d, e, f, g, hh] = h as unknown as number[];
		for (let t = 0; t < 64; t++) {
			const s1 = rotr(e!, 6) ^ rotr(e!, 11) ^ rotr(e!, 25);
			const ch = (e! & f!) ^ (~e! & g!);
			const t1 = (hh! + s1 + ch + K[t]! + w[t]!) | 0;
			const s0 = rotr(a!, 2) ^ rotr(a!, 13) ^ rotr(a!, 22);
			const maj = (a! & b!) ^ (a! & c!) ^ (b! & c!);
			const t2 = (s0 + maj) | 0;
			hh = g;
			g = f;
			f = e;
			e = (d! + t1) | 0;
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) | 0;
		}
		h[0] = (h[0]! + a!) | 0;
		h[1] = (h[1]! + b!) | 0;
		h[2] = (h[2]! + c!) | 0;
		h[3] = (h[3]! + d!) | 0;
		h[4] = (h[4]! + e!) | 0;
		h[5] = (h[5]! + f!) | 0;
		h[6] = (h[6]! + g!) | 0;
		h[7] = (h[7]! + hh!) | 0;
	}
}

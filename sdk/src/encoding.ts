/** Byte helpers on web platform APIs only (no Buffer), so the SDK runs in browsers and Workers too. */
const encoder = new TextEncoder();

/** UTF-8 bytes. Typed as backed by an ArrayBuffer (which they are) so Web Crypto accepts them under every lib. */
export const utf8 = (text: string) => encoder.encode(text) as Uint8Array<ArrayBuffer>;

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = "";
	// Chunked: spreading a large array into String.fromCharCode overflows the call stack.
	for (let i = 0; i < view.length; i += 0x8000) {
		binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/** Decodes standard base64; throws on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** Hex of `byteLength` random bytes, for idempotency keys and signature nonces. */
export function randomToken(byteLength = 16): string {
	const bytes = crypto.getRandomValues(new Uint8Array(byteLength));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function hmacKey(secret: Uint8Array<ArrayBuffer>, usage: "sign" | "verify"): Promise<CryptoKey> {
	return crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

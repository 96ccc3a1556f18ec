/**
 * The one base64 codec of the worker (the SDK keeps its own: it ships alone). Bytes go through a
 * binary string because that is what btoa/atob speak; the loop, unlike a spread into
 * String.fromCharCode, has no argument-count limit.
 */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = "";
	for (const byte of view) binary += String.fromCharCode(byte);
	return btoa(binary);
}

/** Throws on text that is not base64, as atob does. */
export function fromBase64(text: string): Uint8Array {
	return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

/** RFC 4648 §5 without padding: safe in URLs and query strings. */
export const toBase64Url = (bytes: ArrayBuffer | Uint8Array) =>
	toBase64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

export const fromBase64Url = (text: string) => fromBase64(text.replaceAll("-", "+").replaceAll("_", "/"));

export const hexToBase64 = (hex: string) =>
	toBase64(Uint8Array.from(hex.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16)));

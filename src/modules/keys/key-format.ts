import { crc32 } from "../../lib/crypto";
import { randomBase62, toBase62 } from "../../lib/ids";

const PREFIX = "folio_";
const SHAPE = /^folio_[0-9A-Za-z]{32}[0-9A-Za-z]{6}$/;

/** `folio_` + 32 random base62 + a 6-char base62 CRC-32 of everything before it. */
export function generateApiKey(): string {
	const body = `${PREFIX}${randomBase62(32)}`;
	return body + toBase62(crc32(body), 6);
}

/**
 * True when the token has the key shape and its checksum matches: typos, truncated copies
 * and random guesses are refused without a database read.
 */
export function isWellFormedApiKey(token: string): boolean {
	if (!SHAPE.test(token)) return false;
	return toBase62(crc32(token.slice(0, -6)), 6) === token.slice(-6);
}

/** What lists show of a secret: the prefix and four characters, enough to tell keys apart. */
export function keyStart(token: string): string {
	return token.slice(0, PREFIX.length + 4);
}

export function generateSigningSecret(): string {
	return `fss_${randomBase62(40)}`;
}

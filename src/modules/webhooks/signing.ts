import { fromBase64, toBase64 } from "../../lib/base64";
import { randomBase62 } from "../../lib/ids";
import { Lru } from "../../lib/lru";

const encoder = new TextEncoder();

/** `whsec_` + base64 of 24 random bytes: the format Standard Webhooks libraries accept. */
export function generateWebhookSecret(): string {
	return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(24)))}`;
}

export const newSecretId = () => `whs_${randomBase62(16)}`;

function secretBytes(secret: string): Uint8Array {
	return fromBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
}

/**
 * Imported HMAC keys by secret: an import per attempt would cost more than the signature. Keys,
 * not promises, are kept: a promise pending in one invocation must not be awaited by another.
 */
const keys = new Lru<CryptoKey>({ capacity: 1000 });

async function hmacKey(secret: string): Promise<CryptoKey> {
	let key = keys.get(secret);
	if (!key) {
		key = await crypto.subtle.importKey(
			"raw",
			secretBytes(secret),
			{ name: "HMAC", hash: "SHA-256" },
			false,
			["sign"],
		);
		keys.set(secret, key);
	}
	return key;
}

/**
 * Standard Webhooks v1: `v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}`, one entry per
 * secret, space-separated, so a receiver holding either secret of a rotation verifies.
 */
export async function signatureHeader(
	secrets: string[],
	id: string,
	timestamp: number,
	body: string,
): Promise<string> {
	const content = encoder.encode(`${id}.${timestamp}.${body}`);
	const entries = await Promise.all(
		secrets.map(async (secret) => {
			const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), content));
			return `v1,${toBase64(mac)}`;
		}),
	);
	return entries.join(" ");
}

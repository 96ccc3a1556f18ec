import { randomBase62 } from "../../lib/ids";

const encoder = new TextEncoder();

/** `whsec_` + base64 of 24 random bytes: the format Standard Webhooks libraries accept. */
export function generateWebhookSecret(): string {
	return `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))}`;
}

export const newSecretId = () => `whs_${randomBase62(16)}`;

function secretBytes(secret: string): Uint8Array {
	const base64 = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
	return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
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
			const key = await crypto.subtle.importKey(
				"raw",
				secretBytes(secret),
				{ name: "HMAC", hash: "SHA-256" },
				false,
				["sign"],
			);
			const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, content));
			return `v1,${btoa(String.fromCharCode(...mac))}`;
		}),
	);
	return entries.join(" ");
}

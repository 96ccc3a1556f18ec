import { fromBase64, hmacKey, utf8 } from "./encoding.ts";
import type { WebhookEvent } from "./types.ts";

export type WebhookVerificationCode =
	| "missing_headers"
	| "invalid_timestamp"
	| "timestamp_too_old"
	| "timestamp_too_new"
	| "invalid_secret"
	| "invalid_signature"
	| "invalid_body";

/** A webhook request that must not be trusted; `code` says why. */
export class WebhookVerificationError extends Error {
	override name = "WebhookVerificationError";
	readonly code: WebhookVerificationCode;

	constructor(code: WebhookVerificationCode, message: string) {
		super(message);
		this.code = code;
	}
}

export interface VerifyWebhookOptions {
	/** Accepted distance between `webhook-timestamp` and now, both ways. Default 300. */
	toleranceSeconds?: number;
	/** For tests: the current time in milliseconds. */
	now?: number;
}

/**
 * Verifies a webhook delivery per Standard Webhooks v1 and returns the parsed event. `rawBody` must
 * be the body exactly as received (parse it only afterwards). Pass several secrets while rotating:
 * during a rotation deliveries carry a signature per secret and one match suffices.
 */
export async function verifyWebhook(
	rawBody: string,
	headers: Headers | Record<string, string | undefined>,
	secret: string | string[],
	options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
	const { toleranceSeconds = 300, now = Date.now() } = options;
	const id = header(headers, "webhook-id");
	const timestamp = header(headers, "webhook-timestamp");
	const signatures = header(headers, "webhook-signature");
	if (!id || !timestamp || !signatures) {
		throw new WebhookVerificationError(
			"missing_headers",
			"webhook-id, webhook-timestamp and webhook-signature are required.",
		);
	}
	if (!/^\d+$/.test(timestamp))
		throw new WebhookVerificationError("invalid_timestamp", "webhook-timestamp is not unix seconds.");
	// A bounded window stops an intercepted delivery from being replayed later.
	const skew = Number(timestamp) - Math.floor(now / 1000);
	if (skew < -toleranceSeconds)
		throw new WebhookVerificationError("timestamp_too_old", "webhook-timestamp is too old.");
	if (skew > toleranceSeconds)
		throw new WebhookVerificationError("timestamp_too_new", "webhook-timestamp is in the future.");

	const candidates = signatures
		.split(" ")
		.map((entry) => entry.split(","))
		.filter(([version, value]) => version === "v1" && value)
		.map(([, value]) => decode(value as string))
		.filter((bytes) => bytes !== undefined);
	const signed = utf8(`${id}.${timestamp}.${rawBody}`);
	for (const key of await Promise.all((Array.isArray(secret) ? secret : [secret]).map(importSecret))) {
		for (const candidate of candidates) {
			// subtle.verify compares in constant time.
			if (await crypto.subtle.verify("HMAC", key, candidate, signed)) return parse(rawBody);
		}
	}
	throw new WebhookVerificationError("invalid_signature", "No webhook-signature matches the secret.");
}

function header(headers: Headers | Record<string, string | undefined>, name: string): string | undefined {
	if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
	return entry?.[1];
}

function importSecret(secret: string): Promise<CryptoKey> {
	const bytes = decode(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
	if (!bytes || bytes.length === 0)
		throw new WebhookVerificationError("invalid_secret", "The secret is not `whsec_` followed by base64.");
	return hmacKey(bytes, "verify");
}

function decode(base64: string): Uint8Array<ArrayBuffer> | undefined {
	try {
		return fromBase64(base64);
	} catch {
		return undefined;
	}
}

function parse(rawBody: string): WebhookEvent {
	try {
		return JSON.parse(rawBody) as WebhookEvent;
	} catch {
		throw new WebhookVerificationError("invalid_body", "The signed body is not JSON.");
	}
}

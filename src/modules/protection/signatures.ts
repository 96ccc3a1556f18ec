import {
	type Dictionary,
	type InnerList,
	isInnerList,
	parseDictionary,
	serializeInnerList,
} from "structured-headers";
import { toBase64 } from "../../lib/base64";
import { unauthorized } from "../../lib/errors";
import type { VerifiedKey } from "../../lib/types";

/**
 * RFC 9421 HTTP Message Signatures as docs/signing.md has them: label `folio`, `hmac-sha256` with the
 * key's signing secret, covering `@method`, `@target-uri` and (with a body) `content-digest`
 * (RFC 9530), with parameters `created`, `keyid` and `nonce`. Structured fields are parsed and
 * serialised by `structured-headers` (RFC 8941).
 */
const LABEL = "folio";
const encoder = new TextEncoder();

const refuse = unauthorized;

export interface VerifiedSignature {
	nonce: string;
}

/** What a signature covers: the request as received, its body as text. */
export interface SignedMessage {
	method: string;
	url: string;
	headers: Headers;
	body: string;
}

function parse(header: string, name: string): Dictionary {
	try {
		return parseDictionary(header);
	} catch {
		throw refuse("signature_invalid", `${name} is not a valid structured-field dictionary.`);
	}
}

/** RFC 9530: the body must match every digest the client sent that we know (sha-256, sha-512). */
async function checkDigest(header: string | undefined, body: string) {
	if (!header) throw refuse("digest_mismatch", "A request with a body must send Content-Digest (sha-256).");
	const digests = parse(header, "Content-Digest");
	let checked = 0;
	for (const [alg, algorithm] of [
		["sha-256", "SHA-256"],
		["sha-512", "SHA-512"],
	] as const) {
		const member = digests.get(alg);
		if (!member) continue;
		const [value] = member;
		if (!(value instanceof ArrayBuffer))
			throw refuse("digest_mismatch", `Content-Digest ${alg} must be a byte sequence.`);
		const actual = await crypto.subtle.digest(algorithm, encoder.encode(body));
		if (toBase64(actual) !== toBase64(value))
			throw refuse("digest_mismatch", "Content-Digest does not match the body.");
		checked++;
	}
	if (checked === 0) throw refuse("digest_mismatch", "Content-Digest must include sha-256 (or sha-512).");
}

/**
 * Verifies the request's `folio` signature, when it has one or the key requires one. Returns the
 * nonce to remember (the caller records it in the key's Durable Object), or null for an unsigned
 * request (signatures under other labels only) from a key that does not require signing.
 */
export async function verifySignature(
	message: SignedMessage,
	key: VerifiedKey,
	toleranceSeconds: number,
): Promise<VerifiedSignature | null> {
	const header = (name: string) => message.headers.get(name) ?? undefined;
	const inputHeader = header("Signature-Input");
	const signatureHeader = header("Signature");
	const input = inputHeader ? parse(inputHeader, "Signature-Input").get(LABEL) : undefined;
	const signature = signatureHeader ? parse(signatureHeader, "Signature").get(LABEL) : undefined;
	// RFC 9421 lets a message carry several signatures (a proxy may add its own); a verifier
	// looks only at the label it knows. Without `folio` in either header the request is unsigned.
	if (!input && !signature) {
		if (!key.requireSignature) return null;
		throw refuse(
			"signature_missing",
			"This key requires requests signed per RFC 9421 with the label `folio`.",
		);
	}
	if (!input || !signature) {
		throw refuse("signature_invalid", "Signature-Input and Signature must both carry the label `folio`.");
	}
	if (!key.signingSecret) throw refuse("signature_invalid", "This key has no signing secret.");
	if (!isInnerList(input))
		throw refuse("signature_invalid", "Signature-Input `folio` must be an inner list.");
	const [components, params] = input as InnerList;
	const names = components.map(([name]) => name);
	const { body } = message;
	const required = ["@method", "@target-uri", ...(body.length > 0 ? ["content-digest"] : [])];
	if (!names.every((n): n is string => typeof n === "string") || !required.every((n) => names.includes(n))) {
		throw refuse("signature_invalid", `The signature must cover ${required.map((n) => `"${n}"`).join(" ")}.`);
	}
	const created = params.get("created");
	const keyid = params.get("keyid");
	const nonce = params.get("nonce");
	const alg = params.get("alg");
	if (
		typeof created !== "number" ||
		!Number.isInteger(created) ||
		typeof nonce !== "string" ||
		nonce === ""
	) {
		throw refuse("signature_invalid", "Signature parameters `created` (integer) and `nonce` are required.");
	}
	if (keyid !== key.id)
		throw refuse("signature_invalid", "Signature parameter `keyid` must be this key's id.");
	if (alg !== undefined && alg !== "hmac-sha256")
		throw refuse("signature_invalid", "Only hmac-sha256 is accepted.");
	if (Math.abs(Date.now() / 1000 - created) > toleranceSeconds) {
		throw refuse("signature_expired", `Signature \`created\` is more than ${toleranceSeconds} s from now.`);
	}
	if (body.length > 0 || names.includes("content-digest")) await checkDigest(header("Content-Digest"), body);

	const lines = names.map((name) => {
		const value =
			name === "@method"
				? message.method
				: name === "@target-uri"
					? message.url
					: name.startsWith("@")
						? undefined
						: header(name);
		if (value === undefined) throw refuse("signature_invalid", `Cannot sign component "${name}".`);
		return `"${name}": ${value.trim()}`;
	});
	lines.push(`"@signature-params": ${serializeInnerList(input as InnerList)}`);
	const [value] = signature;
	if (!(value instanceof ArrayBuffer))
		throw refuse("signature_invalid", "Signature `folio` must be a byte sequence.");
	const hmac = await crypto.subtle.importKey(
		"raw",
		encoder.encode(key.signingSecret),
		{ name: "HMAC", hash: "SHA-256" },
		false,
		["verify"],
	);
	// subtle.verify compares in constant time.
	if (!(await crypto.subtle.verify("HMAC", hmac, value, encoder.encode(lines.join("\n"))))) {
		throw refuse("signature_invalid", "The signature does not verify.");
	}
	return { nonce };
}

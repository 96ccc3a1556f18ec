import { hmacKey, randomToken, toBase64, utf8 } from "./encoding.ts";

/** A key's RFC 9421 signing credentials, as returned when the key was created. */
export interface SigningCredentials {
	/** The API key's id (`keyid`). */
	keyId: string;
	/** The key's `signing_secret`; its UTF-8 bytes are the HMAC key. */
	secret: string;
}

/**
 * RFC 9421 signature headers for one attempt, as docs/signing.md and the server's verifier have them:
 * label `folio`, hmac-sha256 over `@method`, `@target-uri` and (only with a body) an RFC 9530
 * `content-digest`, with `created`, `keyid`, `nonce` and `alg`. The server refuses a reused nonce and
 * a stale `created`, so every attempt, retries included, must be signed afresh.
 */
export async function signatureHeaders(
	credentials: SigningCredentials,
	method: string,
	url: string,
	body: string | undefined,
	now = Date.now(),
): Promise<Record<string, string>> {
	const headers: Record<string, string> = {};
	const components = ['"@method"', '"@target-uri"'];
	const lines = [`"@method": ${method.toUpperCase()}`, `"@target-uri": ${url}`];
	if (body !== undefined && body.length > 0) {
		const digest = `sha-256=:${toBase64(await crypto.subtle.digest("SHA-256", utf8(body)))}:`;
		headers["Content-Digest"] = digest;
		components.push('"content-digest"');
		lines.push(`"content-digest": ${digest}`);
	}
	const created = Math.floor(now / 1000);
	const params = `(${components.join(" ")});created=${created};keyid=${quote(credentials.keyId)};nonce="${randomToken()}";alg="hmac-sha256"`;
	lines.push(`"@signature-params": ${params}`);
	const key = await hmacKey(utf8(credentials.secret), "sign");
	const signature = await crypto.subtle.sign("HMAC", key, utf8(lines.join("\n")));
	headers["Signature-Input"] = `folio=${params}`;
	headers.Signature = `folio=:${toBase64(signature)}:`;
	return headers;
}

/** An RFC 8941 sf-string: the verifier re-serialises the parameters, so escaping must match. */
function quote(value: string): string {
	if (!/^[\x20-\x7e]*$/.test(value)) throw new TypeError("The signing key id must be printable ASCII.");
	return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

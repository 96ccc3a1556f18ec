// Prints RFC 9421 signature headers for a Folio request, as curl -H flags:
//
//   node scripts/sign.mjs --key-id key_… --secret fsig_… --method PUT \
//     --url http://localhost:8787/api/v1/admin/projects/demo/schemas/article --data '{"json_schema":{}}'
//
// Signs ("@method" "@target-uri" "content-digest") with hmac-sha256 under the label `folio`,
// with `created` (now), `keyid` and a random `nonce`; content-digest (RFC 9530, sha-256) only when
// there is a body. No dependencies: Node's Web Crypto.
import { parseArgs } from "node:util";

const { values } = parseArgs({
	options: {
		"key-id": { type: "string" },
		secret: { type: "string" },
		method: { type: "string", default: "GET" },
		url: { type: "string" },
		data: { type: "string" },
		help: { type: "boolean", short: "h" },
	},
});
if (values.help || !values["key-id"] || !values.secret || !values.url) {
	console.error(
		"usage: node scripts/sign.mjs --key-id ID --secret SECRET --url URL [--method M] [--data BODY]",
	);
	process.exit(values.help ? 0 : 2);
}

const encoder = new TextEncoder();
const b64 = (bytes) => Buffer.from(bytes).toString("base64");
const method = values.method.toUpperCase();
const components = ['"@method"', '"@target-uri"'];
const lines = [`"@method": ${method}`, `"@target-uri": ${values.url}`];
const headers = [];
if (values.data !== undefined) {
	const digest = `sha-256=:${b64(await crypto.subtle.digest("SHA-256", encoder.encode(values.data)))}:`;
	components.push('"content-digest"');
	lines.push(`"content-digest": ${digest}`);
	headers.push(["Content-Digest", digest]);
}
const created = Math.floor(Date.now() / 1000);
const nonce = crypto.randomUUID();
const params = `(${components.join(" ")});created=${created};keyid="${values["key-id"]}";nonce="${nonce}";alg="hmac-sha256"`;
lines.push(`"@signature-params": ${params}`);
const key = await crypto.subtle.importKey(
	"raw",
	encoder.encode(values.secret),
	{ name: "HMAC", hash: "SHA-256" },
	false,
	["sign"],
);
const signature = b64(await crypto.subtle.sign("HMAC", key, encoder.encode(lines.join("\n"))));
headers.push(["Signature-Input", `folio=${params}`], ["Signature", `folio=:${signature}:`]);
console.log(headers.map(([name, value]) => `-H '${name}: ${value}'`).join(" "));

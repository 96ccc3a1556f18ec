import { parseArgs } from "node:util";
import { signatureHeaders } from "../signing.ts";
import { EXIT, type Io, required } from "./common.ts";

export const SIGN_HELP = `folio sign --key-id ID --secret SECRET --url URL [--method M] [--data BODY]

Prints RFC 9421 signature headers (Signature-Input, Signature and, with a body, Content-Digest)
as curl -H flags, for a key created with a signing secret. A signature is good for one request
within FOLIO_SIGNATURE_TOLERANCE seconds (nonces are single-use).

  eval curl -s -X PUT "$URL" -H "'Authorization: Bearer $FOLIO_KEY'" -H "'Content-Type: application/json'" \\
    $(folio sign --key-id "$KEY_ID" --secret "$SECRET" --method PUT --url "$URL" --data "$BODY") -d "'$BODY'"

Exit codes: 0 printed; 2 usage error.`;

const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

export async function runSign(argv: string[], io: Io): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			"key-id": { type: "string" },
			secret: { type: "string" },
			method: { type: "string", default: "GET" },
			url: { type: "string" },
			data: { type: "string" },
			help: { type: "boolean", short: "h" },
		},
	});
	if (values.help) {
		io.stdout(`${SIGN_HELP}\n`);
		return EXIT.ok;
	}
	const headers = await signatureHeaders(
		{ keyId: required(values["key-id"], "--key-id"), secret: required(values.secret, "--secret") },
		values.method,
		required(values.url, "--url"),
		values.data,
	);
	io.stdout(
		`${Object.entries(headers)
			.map(([name, value]) => `-H ${quote(`${name}: ${value}`)}`)
			.join(" ")}\n`,
	);
	return EXIT.ok;
}

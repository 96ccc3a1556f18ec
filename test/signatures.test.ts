// Requests signed by an independent RFC 9421 implementation (http-message-signatures, which runs
// here with nodejs_compat enabled for the test runtime only) and sent through the worker.
import { httpbis } from "http-message-signatures";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, call, createKey, createProject, expectProblem } from "./helpers";

let project: string;
let signed: { id: string; key: string; signing_secret: string };
let optional: { id: string; key: string; signing_secret: string };
const encoder = new TextEncoder();
/** The library signs and returns Node Buffers (nodejs_compat provides them). */
const NodeBuffer = (globalThis as unknown as { Buffer: { from(bytes: Uint8Array): Uint8Array } }).Buffer;
const schemasPath = () => `/api/v1/admin/projects/${project}/schemas`;

async function hmac(secret: string, data: Uint8Array) {
	const key = await crypto.subtle.importKey(
		"raw",
		encoder.encode(secret),
		{ name: "HMAC", hash: "SHA-256" },
		false,
		["sign"],
	);
	return new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
}

const b64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

interface SignOptions {
	method: string;
	path: string;
	body?: string;
	created?: Date;
	nonce?: string;
	key?: typeof signed;
	digestOf?: string;
}

/** Headers for a request signed with the library, plus our Authorization and Content-Type. */
async function sign(o: SignOptions) {
	const key = o.key ?? signed;
	const headers: Record<string, string> = { Authorization: `Bearer ${key.key}` };
	const fields = ["@method", "@target-uri"];
	if (o.body !== undefined) {
		headers["Content-Type"] = "application/json";
		const digest = await crypto.subtle.digest("SHA-256", encoder.encode(o.digestOf ?? o.body));
		headers["Content-Digest"] = `sha-256=:${b64(digest)}:`;
		fields.push("content-digest");
	}
	const message = await httpbis.signMessage(
		{
			key: {
				id: key.id,
				alg: "hmac-sha256",
				sign: async (data: Uint8Array) => NodeBuffer.from(await hmac(key.signing_secret, data)) as never,
			},
			name: "folio",
			fields,
			params: ["created", "keyid", "nonce"],
			paramValues: { created: o.created ?? new Date(), nonce: o.nonce ?? crypto.randomUUID() },
		},
		{ method: o.method, url: `${BASE}${o.path}`, headers },
	);
	return message.headers as Record<string, string>;
}

const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
	call(method, path, { token: null, headers, raw: body });

beforeAll(async () => {
	project = await createProject();
	const make = async (requireSignature: boolean) => {
		const created = await createKey(project, {
			scopes: ["schema.manage"],
			with_signing_secret: true,
			require_signature: requireSignature,
		});
		return created as typeof signed;
	};
	signed = await make(true);
	optional = await make(false);
});

describe("RFC 9421 request signatures", () => {
	it("accept requests signed by an independent implementation, with and without a body", async () => {
		const get = await send("GET", schemasPath(), await sign({ method: "GET", path: schemasPath() }));
		expect(get.status, get.text).toBe(200);
		const body = JSON.stringify({ json_schema: { type: "object" } });
		const path = `${schemasPath()}/signed`;
		const put = await send("PUT", path, await sign({ method: "PUT", path, body }), body);
		expect(put.status, put.text).toBe(201);
		const query = `${schemasPath()}?limit=1`;
		expect((await send("GET", query, await sign({ method: "GET", path: query }))).status).toBe(200);
	});

	it("refuse unsigned requests from a key that requires signing, and verify signatures from others", async () => {
		expectProblem(await call("GET", schemasPath(), { token: signed.key }), 401, "signature_missing");
		expect((await call("GET", schemasPath(), { token: optional.key })).status).toBe(200);
		const ok = await send(
			"GET",
			schemasPath(),
			await sign({ method: "GET", path: schemasPath(), key: optional }),
		);
		expect(ok.status).toBe(200);
		const forged = await sign({
			method: "GET",
			path: schemasPath(),
			key: { ...optional, signing_secret: "wrong" },
		});
		expectProblem(await send("GET", schemasPath(), forged), 401, "signature_invalid");
	});

	it("refuse a tampered method, path, query or body", async () => {
		const path = schemasPath();
		const headers = await sign({ method: "GET", path });
		expectProblem(
			await send("GET", `/api/v1/admin/projects/${project}/schemas/x`, headers),
			401,
			"signature_invalid",
		);
		expectProblem(
			await send("GET", `${path}?limit=2`, await sign({ method: "GET", path: `${path}?limit=1` })),
			401,
			"signature_invalid",
		);
		const body = JSON.stringify({ json_schema: { type: "object" } });
		const putPath = `${path}/tampered`;
		const entities = `/api/v1/admin/projects/${project}/entities`;
		expectProblem(
			await send("POST", entities, await sign({ method: "GET", path: entities })),
			401,
			"signature_invalid",
		);
		const other = JSON.stringify({ json_schema: { type: "string" } });
		expectProblem(
			await send("PUT", putPath, await sign({ method: "PUT", path: putPath, body }), other),
			401,
			"digest_mismatch",
		);
		// The digest recomputed for the new body, the signature still over the old digest.
		const resigned = await sign({ method: "PUT", path: putPath, body });
		const digest = await crypto.subtle.digest("SHA-256", encoder.encode(other));
		expectProblem(
			await send("PUT", putPath, { ...resigned, "Content-Digest": `sha-256=:${b64(digest)}:` }, other),
			401,
			"signature_invalid",
		);
	});

	it("sign a POST without a body even when it says application/json", async () => {
		const path = `/api/v1/admin/projects/${project}/snapshots/regenerate`;
		const snapshots = (await createKey(project, {
			scopes: ["snapshot.manage"],
			require_signature: true,
		})) as typeof signed;
		const headers = await sign({ method: "POST", path, key: snapshots });
		const res = await send("POST", path, { ...headers, "Content-Type": "application/json" });
		expect(res.status, res.text).toBe(202);
	});

	it("refuse a stale created and a replayed nonce", async () => {
		const path = schemasPath();
		const stale = await sign({ method: "GET", path, created: new Date(Date.now() - 301_000) });
		expectProblem(await send("GET", path, stale), 401, "signature_expired");
		const headers = await sign({ method: "GET", path, nonce: "once-only" });
		expect((await send("GET", path, headers)).status).toBe(200);
		expectProblem(await send("GET", path, headers), 401, "signature_replayed");
	});

	it("ignore signatures under other labels: alone they leave a request unsigned", async () => {
		const path = schemasPath();
		const other = {
			"Signature-Input": 'other=("@method");created=1767225600;keyid="someone-else"',
			Signature: "other=:AAAA:",
		};
		const unsigned = await call("GET", path, { token: optional.key, headers: other });
		expect(unsigned.status, unsigned.text).toBe(200);
		const required = await call("GET", path, { token: signed.key, headers: other });
		expectProblem(required, 401, "signature_missing");
		expect(required.headers.get("WWW-Authenticate")).toBe('Bearer realm="folio"');
		// Next to a valid folio signature, another label changes nothing.
		const headers = await sign({ method: "GET", path });
		const both = await send("GET", path, {
			...headers,
			"Signature-Input": `${other["Signature-Input"]}, ${headers["Signature-Input"]}`,
			Signature: `${other.Signature}, ${headers.Signature}`,
		});
		expect(both.status, both.text).toBe(200);
		// Half a folio signature is still an invalid one.
		const half = await call("GET", path, {
			token: optional.key,
			headers: { "Signature-Input": headers["Signature-Input"] as string },
		});
		expectProblem(half, 401, "signature_invalid");
	});

	it("challenge signature failures without invalid_token: the bearer key itself is fine", async () => {
		const path = schemasPath();
		const stale = await sign({ method: "GET", path, created: new Date(Date.now() - 301_000) });
		const res = await send("GET", path, stale);
		expectProblem(res, 401, "signature_expired");
		expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="folio"');
	});

	it("refuse a keyid that is not the key's own", async () => {
		const path = schemasPath();
		const headers = await sign({ method: "GET", path, key: { ...signed, id: optional.id } });
		expectProblem(await send("GET", path, headers), 401, "signature_invalid");
	});
});

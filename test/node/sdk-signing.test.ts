// The SDK's RFC 9421 signatures, checked by the server's own verifier (no worker needed: it reads only
// the request), so the SDK and the API cannot drift apart.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/lib/errors";
import type { AppEnv, VerifiedKey } from "../../src/lib/types";
import { verifySignature } from "../../src/modules/protection/signatures";
import { client, fakeFetch, json, networkError } from "./sdk-helpers";

const key: VerifiedKey = {
	id: "key_abc123",
	projectId: "demo",
	scopes: ["content.write"],
	schemas: null,
	rateLimit: null,
	requireSignature: true,
	signingSecret: "fsig_s3cret-value",
	expiresAt: null,
};
const signing = { keyId: key.id, secret: key.signingSecret as string };

/** Answers 200 `{ nonce }` when the server accepts the signature, else 401 with the refusal's code. */
const verifier = new Hono<AppEnv>().all("*", async (c) => {
	try {
		const { method, url } = c.req;
		const message = { method, url, headers: c.req.raw.headers, body: await c.req.text() };
		const verified = await verifySignature(message, key, 300);
		return c.json({ nonce: verified?.nonce ?? null });
	} catch (error) {
		if (error instanceof ApiError) return c.json({ code: error.code }, 401);
		throw error;
	}
});

const serverFetch = (request: Request) => verifier.fetch(request);

describe("SDK request signing", () => {
	it("is accepted by the server's verifier, with a body, without one, and with a query", async () => {
		const { fetch, requests } = fakeFetch(serverFetch);
		const folio = client(fetch, { signing });
		await folio.request("PUT", "/api/v1/admin/projects/demo/entities/a", {
			body: { data: { title: "Ünïcode ✓" } },
		});
		await folio.request("GET", "/api/v1/admin/projects/demo/entities/a");
		await folio.request("GET", "/api/v1/admin/projects/demo/entities", {
			query: { limit: 5, cursor: "x y" },
		});
		await folio.request("POST", "/api/v1/admin/projects/demo/webhooks/wh_1/test");
		expect(requests[0]?.headers.get("Content-Digest")).toMatch(/^sha-256=:[A-Za-z0-9+/]+=*:$/);
		expect(requests[1]?.headers.get("Content-Digest")).toBeNull();
		expect(requests[0]?.headers.get("Signature-Input")).toMatch(
			/^folio=\("@method" "@target-uri" "content-digest"\);created=\d+;keyid="key_abc123";nonce="[0-9a-f]+";alg="hmac-sha256"$/,
		);
	});

	it("is refused when signed with another secret", async () => {
		const { fetch } = fakeFetch(serverFetch);
		const folio = client(fetch, { signing: { ...signing, secret: "wrong" } });
		await expect(folio.request("GET", "/api/v1/admin/projects/demo/entities")).rejects.toMatchObject({
			status: 401,
			problem: { code: "signature_invalid" },
		});
	});

	it("is computed afresh for every attempt, so a retry never replays a nonce", async () => {
		const { fetch, requests } = fakeFetch(
			() => json({}, 503),
			networkError,
			(request) => serverFetch(request),
		);
		const res = await client(fetch, { signing }).request("POST", "/api/v1/admin/projects/demo/batch", {
			body: { operations: [] },
		});
		const { nonce } = (await res.json()) as { nonce: string };
		const nonces = requests.map((r) => /nonce="([^"]+)"/.exec(r.headers.get("Signature-Input") ?? "")?.[1]);
		expect(new Set(nonces).size).toBe(3);
		expect(nonces[2]).toBe(nonce);
		// The idempotency key, unlike the signature, stays the same.
		expect(new Set(requests.map((r) => r.headers.get("Idempotency-Key"))).size).toBe(1);
	});
});

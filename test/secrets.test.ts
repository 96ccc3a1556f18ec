// Secrets are shown once: no API key, signing secret, webhook secret or root token appears in any
// log line, in any response after the one that created it, or in any error. The test runs a tour
// of the API that touches every secret (and fails with each), capturing every log line.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { call, createProject, ROOT, recordingBatch } from "./helpers";
import { mockOutboundFetch, receiver, seedDelivery } from "./webhook-helpers";

const logs: string[] = [];
const responses: { label: string; text: string; headers: string }[] = [];
let project: string;

async function record(label: string, method: string, path: string, options: Parameters<typeof call>[2] = {}) {
	const res = await call(method, path, options);
	responses.push({ label, text: res.text, headers: JSON.stringify([...res.headers]) });
	return res;
}

beforeAll(async () => {
	mockOutboundFetch();
	for (const level of ["log", "error", "warn", "info", "debug"] as const) {
		vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
			logs.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
		});
	}
	project = await createProject();
});

describe("secrets", () => {
	it("appear only in the response that created them, and in no log line", async () => {
		const admin = `/api/v1/admin/projects/${project}`;
		const secrets: Record<string, string> = { root: ROOT };

		// Creation responses carry their secret once; they are the only responses not scanned.
		const created = await call("POST", `${admin}/keys`, {
			body: {
				name: "signer",
				scopes: ["content.write", "webhook.manage", "schema.manage"],
				with_signing_secret: true,
			},
			headers: { "Idempotency-Key": "secret-key-1" },
		});
		secrets.key = created.json.key;
		secrets.signing = created.json.signing_secret;
		const strict = await call("POST", `${admin}/keys`, {
			body: { name: "strict", scopes: ["content.write"], require_signature: true },
		});
		secrets.strictKey = strict.json.key;
		secrets.strictSigning = strict.json.signing_secret;
		const rolled = await call("POST", `${admin}/keys/${created.json.id}/roll`, { body: {} });
		secrets.rolled = rolled.json.key;
		const hook = await call("POST", `${admin}/webhooks`, {
			token: secrets.rolled,
			body: { url: receiver(() => new Response("ok")), events: ["*"] },
		});
		secrets.webhook = hook.json.secret;
		const rotated = await call("POST", `${admin}/webhooks/${hook.json.id}/rotate-secret`, {
			token: secrets.rolled,
		});
		secrets.webhookRotated = rotated.json.secret;
		for (const [name, value] of Object.entries(secrets)) expect(value, name).toEqual(expect.any(String));

		// A tour: successes, refusals and failures with every secret in play.
		await record("retry of a key creation", "POST", `${admin}/keys`, {
			body: {
				name: "signer",
				scopes: ["content.write", "webhook.manage", "schema.manage"],
				with_signing_secret: true,
			},
			headers: { "Idempotency-Key": "secret-key-1" },
		});
		await record("keys list", "GET", `${admin}/keys`);
		await record("schema with the old key", "PUT", `${admin}/schemas/note`, {
			token: secrets.key,
			body: { json_schema: { type: "object" } },
		});
		await record("entity with the rolled key", "PUT", `${admin}/entities/e1`, {
			token: secrets.rolled,
			body: { schema: "note", data: { title: "t" }, mode: "commit", message: "m" },
		});
		await record("unsigned request for a key that requires signatures", "GET", `${admin}/entities/e1`, {
			token: secrets.strictKey,
		});
		await record("forged signature", "PUT", `${admin}/entities/e2`, {
			token: secrets.strictKey,
			body: { schema: "note", data: {} },
			headers: {
				"Signature-Input": `folio=("@method" "@target-uri");created=${Math.floor(Date.now() / 1000)};keyid="${strict.json.id}";nonce="n1"`,
				Signature: "folio=:AAAA:",
			},
		});
		await record("a key with one character changed", "GET", `${admin}/keys`, {
			token: `${created.json.key.slice(0, -1)}${created.json.key.endsWith("A") ? "B" : "A"}`,
		});
		await record("the root token misspelt", "GET", "/api/v1/admin/projects", { token: `${ROOT}x` });
		await record("validation error", "PUT", `${admin}/entities/e3`, {
			token: secrets.rolled,
			body: { schema: "note", data: "not an object", secret: secrets.signing },
		});
		await record("webhook read", "GET", `${admin}/webhooks/${hook.json.id}`, { token: secrets.rolled });
		await record("webhook list", "GET", `${admin}/webhooks`, { token: secrets.rolled });
		const rotatedAgain = await call("POST", `${admin}/webhooks/${hook.json.id}/rotate-secret`, {
			token: secrets.rolled,
			headers: { "Idempotency-Key": "rotate-1" },
		});
		secrets.webhookRotatedAgain = rotatedAgain.json.secret;
		await record("rotate replayed", "POST", `${admin}/webhooks/${hook.json.id}/rotate-secret`, {
			token: secrets.rolled,
			headers: { "Idempotency-Key": "rotate-1" },
		});

		// A delivery attempt, whose log line and stored attempt must not carry the secrets either.
		const { deliveryId } = await seedDelivery(project, hook.json.id);
		const { batch } = recordingBatch("folio-deliveries", [
			{ id: "m", attempts: 1, body: { v: 1, kind: "delivery", delivery_id: deliveryId } },
		]);
		await consumeDeliveries(batch, env);
		await record("delivery log", "GET", `${admin}/webhooks/${hook.json.id}/deliveries`, {
			token: secrets.rolled,
		});
		await record("revoke", "DELETE", `${admin}/keys/${created.json.id}`);
		await record("revoked key", "GET", `${admin}/keys`, { token: secrets.rolled });
		await record("notifications", "GET", `${admin}/notifications`);

		expect(responses.length).toBeGreaterThanOrEqual(15);
		expect(logs.length).toBeGreaterThan(10);
		for (const [name, secret] of Object.entries(secrets)) {
			if (!secret) continue;
			for (const line of logs) expect(line.includes(secret), `${name} in log line ${line}`).toBe(false);
			for (const r of responses) {
				expect(r.text.includes(secret), `${name} in response "${r.label}"`).toBe(false);
				expect(r.headers.includes(secret), `${name} in headers of "${r.label}"`).toBe(false);
			}
		}
		// The refusals really happened (the tour is not all successes).
		expect(responses.map((r) => JSON.parse(r.text || "{}").code).filter(Boolean)).toEqual(
			expect.arrayContaining([
				"idempotency_not_replayable",
				"signature_missing",
				"signature_invalid",
				"invalid_api_key",
			]),
		);
	});
});

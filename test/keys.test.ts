import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEY_CACHE_TTL_MS } from "../src/modules/keys/key-cache";
import { generateApiKey, isWellFormedApiKey } from "../src/modules/keys/key-format";
import { api, expectStatus } from "./api";
import { call, createKey, createProject, expectProblem } from "./helpers";

afterEach(() => vi.useRealTimers());

const schemasOf = (project: string) => `/api/v1/admin/projects/${project}/schemas`;

describe("projects", () => {
	const projects = (query: { limit?: number; cursor?: string } = {}, token?: string | null) =>
		api.get("/api/v1/admin/projects", { query, token });

	it("creates and lists projects; a duplicate id is 409", async () => {
		const id = await createProject();
		expectProblem(
			await api.post("/api/v1/admin/projects", { body: { id, name: "again" } }),
			409,
			"project_exists",
		);
		const list = expectStatus(await projects({ limit: 500 }), 200);
		expect(list.data.map((p) => p.id)).toContain(id);
	});

	it("pages through projects with a cursor", async () => {
		for (let i = 0; i < 3; i++) await createProject();
		const first = expectStatus(await projects({ limit: 2 }), 200);
		expect(first.data).toHaveLength(2);
		const second = expectStatus(await projects({ limit: 2, cursor: first.next_cursor ?? undefined }), 200);
		expect((second.data[0]?.id ?? "") > (first.data[1]?.id ?? "")).toBe(true);
	});

	it("refuses project routes to API keys and to strangers", async () => {
		const project = await createProject();
		const { key } = await createKey(project, { scopes: ["content.write", "schema.manage"] });
		expectProblem(await projects({}, key), 403, "root_required");
		expectProblem(await projects({}, null), 401, "unauthenticated");
		expectProblem(await projects({}, "nope"), 401, "invalid_api_key");
	});
});

describe("key format", () => {
	it("is folio_ + 32 base62 + a 6-char CRC32 checksum", () => {
		const key = generateApiKey();
		expect(key).toMatch(/^folio_[0-9A-Za-z]{38}$/);
		expect(isWellFormedApiKey(key)).toBe(true);
		const flipped = key.slice(0, 10) + (key[10] === "a" ? "b" : "a") + key.slice(11);
		expect(isWellFormedApiKey(flipped)).toBe(false);
		expect(isWellFormedApiKey(`stripe_${key.slice(6)}`)).toBe(false);
	});

	it("refuses a bad checksum or a wrong prefix before reading D1", async () => {
		const project = await createProject();
		const { key } = await createKey(project, { scopes: ["schema.manage"] });
		const badChecksum = key.slice(0, -1) + (key.endsWith("0") ? "1" : "0");
		const wrongPrefix = `folia_${key.slice(6)}`;
		// With the key table gone, any D1 read would fail with a 500: a 401 proves none happened.
		await env.DB.exec("ALTER TABLE api_key_secrets RENAME TO secrets_away");
		try {
			for (const token of [badChecksum, wrongPrefix]) {
				expectProblem(await call("GET", schemasOf(project), { token }), 401, "invalid_api_key");
			}
		} finally {
			await env.DB.exec("ALTER TABLE secrets_away RENAME TO api_key_secrets");
		}
	});
});

describe("key lifecycle", () => {
	it("shows the secret once and stores only its SHA-256", async () => {
		const project = await createProject();
		const created = await createKey(project, { scopes: ["schema.manage"], with_signing_secret: true });
		expect(created.signing_secret).toMatch(/^fss_/);
		const list = await call("GET", `/api/v1/admin/projects/${project}/keys`);
		expect(list.text).not.toContain(created.key);
		expect(list.text).not.toContain(created.signing_secret);
		expect(list.json.data[0]).toMatchObject({
			id: created.id,
			start: created.key.slice(0, 10),
			has_signing_secret: true,
		});
		const stored = await env.DB.prepare("SELECT hash FROM api_key_secrets WHERE key_id = ?")
			.bind(created.id)
			.all();
		expect(JSON.stringify(stored.results)).not.toContain(created.key);
		expect(stored.results[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it("accepts a valid key and refuses a revoked one at once", async () => {
		const project = await createProject();
		const { id, key } = await createKey(project, { scopes: ["schema.manage"] });
		expect((await call("GET", schemasOf(project), { token: key })).status).toBe(200);
		const revoked = await call("DELETE", `/api/v1/admin/projects/${project}/keys/${id}`);
		expect(revoked.json.revoked_at).toEqual(expect.any(String));
		expectProblem(await call("GET", schemasOf(project), { token: key }), 401, "invalid_api_key");
		expectProblem(
			await call("POST", `/api/v1/admin/projects/${project}/keys/${id}/roll`),
			409,
			"key_revoked",
		);
	});

	it("lets a revocation made elsewhere take effect within the cache TTL (under 60 s)", async () => {
		expect(KEY_CACHE_TTL_MS).toBeLessThanOrEqual(60_000);
		const project = await createProject();
		const { id, key } = await createKey(project, { scopes: ["schema.manage"] });
		expect((await call("GET", schemasOf(project), { token: key })).status).toBe(200);
		// Another isolate revokes: this one only learns through D1.
		await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?")
			.bind(new Date().toISOString(), id)
			.run();
		expect((await call("GET", schemasOf(project), { token: key })).status).toBe(200);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + KEY_CACHE_TTL_MS + 1);
		expectProblem(await call("GET", schemasOf(project), { token: key }), 401, "invalid_api_key");
	});

	it("refuses an expired key", async () => {
		const project = await createProject();
		const expiresAt = new Date(Date.now() + 5_000).toISOString();
		const { key } = await createKey(project, { scopes: ["schema.manage"], expires_at: expiresAt });
		expect((await call("GET", schemasOf(project), { token: key })).status).toBe(200);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.parse(expiresAt) + 1);
		expectProblem(await call("GET", schemasOf(project), { token: key }), 401, "invalid_api_key");
	});

	it("refuses an expires_at in the past at creation", async () => {
		const project = await createProject();
		const res = await call("POST", `/api/v1/admin/projects/${project}/keys`, {
			body: { name: "old", scopes: ["content.read"], expires_at: "2000-01-01T00:00:00Z" },
		});
		expect(expectProblem(res, 422, "validation_failed").errors[0].pointer).toBe("/expires_at");
	});

	it("rolls a key: the old secret works until the roll's end, the new one at once", async () => {
		const project = await createProject();
		const { id, key: old } = await createKey(project, { scopes: ["schema.manage"] });
		const rolled = await call("POST", `/api/v1/admin/projects/${project}/keys/${id}/roll`);
		expect(rolled.status).toBe(200);
		expect(Date.parse(rolled.json.previous_expires_at) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
		const fresh = rolled.json.key as string;
		expect(fresh).not.toBe(old);
		expect((await call("GET", schemasOf(project), { token: old })).status).toBe(200);
		expect((await call("GET", schemasOf(project), { token: fresh })).status).toBe(200);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.parse(rolled.json.previous_expires_at) + 1);
		expectProblem(await call("GET", schemasOf(project), { token: old }), 401, "invalid_api_key");
		expect((await call("GET", schemasOf(project), { token: fresh })).status).toBe(200);
	});

	it("ends the old secret at once when the roll says so", async () => {
		const project = await createProject();
		const { id, key: old } = await createKey(project, { scopes: ["schema.manage"] });
		const now = new Date().toISOString();
		const rolled = await call("POST", `/api/v1/admin/projects/${project}/keys/${id}/roll`, {
			body: { expires_at: now },
		});
		expectProblem(await call("GET", schemasOf(project), { token: old }), 401, "invalid_api_key");
		expect((await call("GET", schemasOf(project), { token: rolled.json.key })).status).toBe(200);
	});

	it("answers 404 for a key of another project or an unknown key", async () => {
		const a = await createProject();
		const b = await createProject();
		const { id } = await createKey(a);
		expectProblem(await call("DELETE", `/api/v1/admin/projects/${b}/keys/${id}`), 404, "not_found");
		expectProblem(await call("DELETE", `/api/v1/admin/projects/${a}/keys/key_nope`), 404, "not_found");
		expectProblem(await call("GET", `/api/v1/admin/projects/nope/keys`), 404, "project_not_found");
	});

	it("validates scopes, rate limits and the signature settings", async () => {
		const project = await createProject();
		const res = await call("POST", `/api/v1/admin/projects/${project}/keys`, {
			body: {
				name: "x",
				scopes: ["content.read", "admin"],
				rate_limit: { write: { burst: 0, per_second: 1 } },
				require_signature: true,
				with_signing_secret: false,
			},
		});
		const pointers = expectProblem(res, 422, "validation_failed").errors.map(
			(e: { pointer: string }) => e.pointer,
		);
		expect(pointers).toEqual(expect.arrayContaining(["/scopes/1", "/rate_limit/write/burst"]));
	});
});

import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { api } from "./api";
import { call, createKey, createProject, expectProblem } from "./helpers";

let project: string;
let key: string;
const entities = () => `/api/v1/admin/projects/${project}/entities`;
const create = (slug: string, title: string, idempotencyKey?: string, environment?: Env) =>
	api.post("/api/v1/admin/projects/{project}/entities", {
		path: { project },
		token: key,
		body: { schema: "note", slug, data: { title } },
		headers: idempotencyKey === undefined ? {} : { "Idempotency-Key": idempotencyKey },
		env: environment,
	});

/**
 * An environment whose D1 holds the first batch it is sent (the request is then past its
 * idempotency lock, writing) until the test lets it succeed or fail.
 */
function slowFirstWrite() {
	let arrived = () => {};
	const reached = new Promise<void>((resolve) => {
		arrived = resolve;
	});
	let finish = (_failed: boolean) => {};
	const outcome = new Promise<boolean>((resolve) => {
		finish = resolve;
	});
	let held = false;
	const hold = <T extends D1Database | D1DatabaseSession>(d1: T): T =>
		new Proxy(d1, {
			get(target, prop) {
				if (prop === "batch") {
					return async (statements: D1PreparedStatement[]) => {
						if (!held) {
							held = true;
							arrived();
							if (await outcome) throw new Error("D1 is unavailable");
						}
						return target.batch(statements);
					};
				}
				// Requests run their queries in D1 sessions: those are held the same way.
				if (prop === "withSession") {
					return (constraint?: string) => hold((target as D1Database).withSession(constraint));
				}
				const value = Reflect.get(target, prop);
				return typeof value === "function" ? value.bind(target) : value;
			},
		});
	const DB = hold(env.DB);
	return { env: { ...env, DB }, reached, succeed: () => finish(false), fail: () => finish(true) };
}

/** An environment that reports when its request has had its first answer from the key's Durable Object. */
function heardFromKeyState() {
	let hear = () => {};
	const heard = new Promise<void>((resolve) => {
		hear = resolve;
	});
	const watched = (stub: object) =>
		new Proxy(stub, {
			get(target, prop) {
				const value = Reflect.get(target, prop);
				if (typeof value !== "function" || prop === "then") return value;
				return async (...args: unknown[]) => {
					// Called on the stub itself: an RPC method applied to another receiver throws.
					const answer = await (target as any)[prop](...args);
					hear();
					return answer;
				};
			},
		});
	const KEY_STATE = new Proxy(env.KEY_STATE, {
		get(target, prop) {
			const value = Reflect.get(target, prop);
			if (typeof value !== "function") return value;
			if (prop === "get" || prop === "getByName")
				return (...args: unknown[]) => watched(value.apply(target, args));
			return value.bind(target);
		},
	});
	return { env: { ...env, KEY_STATE }, heard };
}

async function revisions(slug: string) {
	const row = await env.DB.prepare(
		"SELECT count(*) AS n FROM entity_revisions WHERE project_id = ? AND slug = ?",
	)
		.bind(project, slug)
		.first<{ n: number }>();
	return row?.n;
}

beforeAll(async () => {
	project = await createProject();
	key = (await createKey(project, { scopes: ["content.write", "schema.manage"] })).key;
	const res = await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		token: key,
		body: { json_schema: { type: "object", properties: { title: { type: "string" } } } },
	});
	expect(res.status).toBe(201);
});

describe("Idempotency-Key", () => {
	it("replays the stored response to a retry, marked Idempotency-Replayed", async () => {
		const first = await create("once", "a", "k-once");
		expect(first.status).toBe(201);
		expect(first.headers.get("Idempotency-Replayed")).toBeNull();
		const again = await create("once", "a", "k-once");
		expect(again.status).toBe(201);
		expect(again.headers.get("Idempotency-Replayed")).toBe("true");
		expect(again.text).toBe(first.text);
		expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
		expect(again.headers.get("ETag")).toBe(first.headers.get("ETag"));
		expect(await revisions("once")).toBe(1);
		// Without the key the same request is a new one, and is refused as such.
		expectProblem(await create("once", "a"), 409, "slug_taken");
	});

	it("turns 20 concurrent identical requests into one entity and equal bodies", async () => {
		const results = await Promise.all(Array.from({ length: 20 }, () => create("burst", "b", "k-burst")));
		expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 201));
		expect(new Set(results.map((r) => r.text)).size).toBe(1);
		expect(results.filter((r) => r.headers.get("Idempotency-Replayed") === "true")).toHaveLength(19);
		expect(await revisions("burst")).toBe(1);
	});

	it("refuses the key with another body (422) or an invalid key (400), and keeps no refusal", async () => {
		expect((await create("reuse", "a", "k-reuse")).status).toBe(201);
		expectProblem(await create("reuse", "different", "k-reuse"), 422, "idempotency_key_reused");
		expectProblem(await create("x", "a", ""), 400, "idempotency_key_invalid");
		expectProblem(await create("x", "a", "bad\u0001key"), 400, "idempotency_key_invalid");
		expectProblem(await create("x", "a", "k".repeat(256)), 400, "idempotency_key_invalid");

		const invalid = await call("POST", entities(), {
			token: key,
			body: { schema: "note", slug: "Not A Slug", data: {} },
			headers: { "Idempotency-Key": "k-invalid" },
		});
		expectProblem(invalid, 422, "validation_failed");
		const records = () =>
			env.DB.prepare(
				"SELECT count(*) AS n FROM idempotency_records WHERE idempotency_key = 'k-invalid'",
			).first("n");
		expect(await records()).toBe(0);
		// The key is free again: the corrected request runs under it.
		const corrected = await call("POST", entities(), {
			token: key,
			body: { schema: "note", slug: "now-valid", data: {} },
			headers: { "Idempotency-Key": "k-invalid" },
		});
		expect(corrected.status).toBe(201);
		expect(corrected.headers.get("Idempotency-Replayed")).toBeNull();
	});

	it("scopes keys by method and path, and lets a different key (or the root token) reuse the value", async () => {
		expect((await create("scoped", "a", "k-shared")).status).toBe(201);
		const put = await call("PUT", `${entities()}/scoped-put`, {
			token: key,
			body: { schema: "note", data: { title: "p" } },
			headers: { "Idempotency-Key": "k-shared" },
		});
		expect(put.status).toBe(201);
		expect(put.headers.get("Idempotency-Replayed")).toBeNull();
		const other = (await createKey(project, { scopes: ["content.write"] })).key;
		const byOther = await call("POST", entities(), {
			token: other,
			body: { schema: "note", slug: "scoped-2", data: { title: "a" } },
			headers: { "Idempotency-Key": "k-shared" },
		});
		expect(byOther.status).toBe(201);
	});

	it("lets a waiting duplicate run once the first failed and freed the key", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		const slow = slowFirstWrite();
		const first = create("freed", "f", "k-freed", slow.env);
		await slow.reached;
		const waiting = heardFromKeyState();
		const second = create("freed", "f", "k-freed", waiting.env);
		// The duplicate found the key held; only now does the first request fail (500) and free it.
		await waiting.heard;
		slow.fail();
		expect((await first).status).toBe(500);
		const res = await second;
		expect(res.status).toBe(201);
		expect(res.headers.get("Idempotency-Replayed")).toBeNull();
		expect(await revisions("freed")).toBe(1);
	});

	it("answers 409 while the first request holds the key, then replays the first one's answer", async () => {
		const slow = slowFirstWrite();
		const first = create("stuck", "s", "k-stuck", slow.env);
		await slow.reached;
		const impatient = { ...env, FOLIO_IDEMPOTENCY_WAIT_MS: "100" };
		expectProblem(await create("stuck", "s", "k-stuck", impatient), 409, "idempotency_in_flight");
		expect(await revisions("stuck")).toBe(0);
		slow.succeed();
		const answered = await first;
		expect(answered.status).toBe(201);
		const replayed = await create("stuck", "s", "k-stuck");
		expect(replayed.headers.get("Idempotency-Replayed")).toBe("true");
		expect(replayed.text).toBe(answered.text);
		expect(await revisions("stuck")).toBe(1);
	});

	it("never stores a response holding a secret: a retry learns the first one succeeded", async () => {
		const body = { name: "idem", scopes: ["content.read"] };
		const headers = { "Idempotency-Key": "k-secret" };
		const first = await call("POST", `/api/v1/admin/projects/${project}/keys`, { body, headers });
		expect(first.status).toBe(201);
		const again = await call("POST", `/api/v1/admin/projects/${project}/keys`, { body, headers });
		expectProblem(again, 409, "idempotency_not_replayable");
		expect(again.text).not.toContain(first.json.key);
		const stored = await env.DB.prepare(
			"SELECT body FROM idempotency_records WHERE idempotency_key = 'k-secret'",
		).first<{
			body: string;
		}>();
		expect(stored?.body).not.toContain(first.json.key);
	});

	it("frees the key after a 5xx, so an immediate retry runs", async () => {
		const headers = { "Idempotency-Key": "k-500" };
		const body = { schema: "note", slug: "after-500", data: { title: "x" } };
		vi.spyOn(console, "error").mockImplementation(() => {});
		await env.DB.exec("ALTER TABLE entity_revisions RENAME TO entity_revisions_away");
		try {
			expect((await call("POST", entities(), { token: key, body, headers })).status).toBe(500);
		} finally {
			await env.DB.exec("ALTER TABLE entity_revisions_away RENAME TO entity_revisions");
		}
		const retry = await call("POST", entities(), { token: key, body, headers });
		expect(retry.status).toBe(201);
		expect(retry.headers.get("Idempotency-Replayed")).toBeNull();
	});

	it("forgets stored responses after 24 hours (cron purge)", async () => {
		const insert = (key: string, at: string) =>
			env.DB.prepare(
				`INSERT INTO idempotency_records (key_id, method, path, idempotency_key, fingerprint, status, headers, body, created_at)
				VALUES ('key_purge', 'POST', '/p', ?, 'f', 201, '{}', '', ?)`,
			)
				.bind(key, at)
				.run();
		await insert("old", new Date(Date.now() - 25 * 3600_000).toISOString());
		await insert("fresh", new Date().toISOString());
		const ctx = createExecutionContext();
		await worker.scheduled(createScheduledController(), env, ctx);
		await waitOnExecutionContext(ctx);
		const { results } = await env.DB.prepare(
			"SELECT idempotency_key FROM idempotency_records WHERE key_id = 'key_purge'",
		).all();
		expect(results).toEqual([{ idempotency_key: "fresh" }]);
	});
});

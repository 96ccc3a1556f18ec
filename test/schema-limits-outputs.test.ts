import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eventVisibleSql, eventVisibleTo } from "../src/modules/events/event-visibility";
import { call, createKey, createProject, expectProblem } from "./helpers";
import { mockOutboundFetch, receiver, requestsTo } from "./webhook-helpers";

// Schema-limited keys outside the entity routes: the read API, exports and webhook endpoints
// of a key limited to schema `b` carry nothing of schema `a`.
let project: string;
const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
const read = (path: string) => `/api/v1/projects/${project}/snapshots${path}`;

async function until<T>(get: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
	let value: T | undefined;
	await vi.waitFor(
		async () => {
			value = await get();
			expect(done(value)).toBe(true);
		},
		{ timeout: 10_000, interval: 100 },
	);
	return value as T;
}

async function commit(slug: string, schema: string) {
	const res = await call("PUT", admin(`/entities/${slug}`), {
		body: { schema, mode: "commit", message: "m", data: { secret: `${schema}-${slug}` } },
	});
	expect(res.status, res.text).toBe(201);
}

async function publish() {
	const res = await call("POST", admin("/snapshots/regenerate"));
	expect(res.status).toBe(202);
	await until(
		() => call("GET", admin(`/snapshots/${res.json.id}`)),
		(r) => r.json.status === "published",
	);
	return res.json.id as string;
}

/** Every outbox event of the project fanned out: endpoints created later get none of them. */
const allHandled = () =>
	until(
		async () =>
			(
				await env.DB.prepare(
					"SELECT count(*) AS n FROM outbox_events WHERE project_id = ? AND handled_at IS NULL",
				)
					.bind(project)
					.first<{ n: number }>()
			)?.n,
		(n) => n === 0,
	);

beforeAll(async () => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	for (const schema of ["a", "b"]) {
		const res = await call("PUT", admin(`/schemas/${schema}`), { body: { json_schema: { type: "object" } } });
		expect(res.status).toBe(201);
	}
	for (const slug of ["r1", "r2", "r3"]) await commit(slug, "a");
	for (const slug of ["r4", "r5"]) await commit(slug, "b");
	await allHandled();
});

describe("schema-limited keys outside the entity routes", () => {
	it("(c) the read API answers a barred entity as if absent, and leaves it out of pages", async () => {
		const snapshot = await publish();
		const onlyB = (await createKey(project, { scopes: ["content.read"], schemas: ["b"] })).key;
		const barred = await call("GET", read(`/${snapshot}/entities/r1`), { token: onlyB });
		const missing = await call("GET", read(`/${snapshot}/entities/nothing`), { token: onlyB });
		const b1 = expectProblem(barred, 404, "entity_not_found");
		const b2 = expectProblem(missing, 404, "entity_not_found");
		expect(b1.detail.replace("r1", "?")).toBe(b2.detail.replace("nothing", "?"));
		expect({ ...b1, detail: "", request_id: "" }).toEqual({ ...b2, detail: "", request_id: "" });
		expect(barred.text).not.toContain("a-r1");
		const latest = await call("GET", read("/latest/entities/r2"), { token: onlyB });
		expectProblem(latest, 404, "entity_not_found");
		expect((await call("GET", read("/latest/entities/r4"), { token: onlyB })).json.data).toEqual({
			secret: "b-r4",
		});
		const page = await call("GET", read("/latest/entities?limit=1"), { token: onlyB });
		expect(page.json.data.map((e: any) => e.slug)).toEqual(["r4"]);
		const next = await call("GET", read(`/latest/entities?limit=1&cursor=${page.json.next_cursor}`), {
			token: onlyB,
		});
		expect(next.json).toMatchObject({ data: [{ slug: "r5" }], next_cursor: null });
	});

	it("(d) an export started by a limited key holds only its schemas and records the filter", async () => {
		await publish();
		const onlyB = (await createKey(project, { scopes: ["export.run"], schemas: ["b"] })).key;
		const started = await call("POST", admin("/exports"), { token: onlyB });
		expect(started.status, started.text).toBe(202);
		expect(started.json.schemas).toEqual(["b"]);
		const done = await until(
			() => call("GET", admin(`/exports/${started.json.id}`), { token: onlyB }),
			(r) => r.json.status === "completed" || r.json.status === "failed",
		);
		expect(done.json).toMatchObject({ status: "completed", entity_count: 2, schemas: ["b"] });
		const file = await call("GET", admin(`/exports/${started.json.id}/download`), { token: onlyB });
		const lines = file.text
			.trim()
			.split("\n")
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => [l.slug, l.schema])).toEqual([
			["r4", "b"],
			["r5", "b"],
		]);
		const full = await call("POST", admin("/exports"));
		expect(full.json.schemas).toBeNull();
		// Let it finish here: its export.completed would otherwise reach the endpoints of the next test.
		await until(
			() => call("GET", admin(`/exports/${full.json.id}`)),
			(r) => r.json.status === "completed",
		);
	});

	it("(e) a webhook endpoint created by a limited key gets only entity events of its schemas", async () => {
		const onlyB = (await createKey(project, { scopes: ["webhook.manage"], schemas: ["b"] })).key;
		const url = receiver(() => new Response(null, { status: 204 }));
		const created = await call("POST", admin("/webhooks"), { token: onlyB, body: { url, events: ["*"] } });
		expect(created.status, created.text).toBe(201);
		expect(created.json.schemas).toEqual(["b"]);
		expect((await call("GET", admin(`/webhooks/${created.json.id}`))).json.schemas).toEqual(["b"]);
		const everything = await call("POST", admin("/webhooks"), {
			body: { url: receiver(() => new Response()), events: ["*"] },
		});
		expect(everything.json.schemas).toBeNull();

		await commit("w-a", "a");
		await commit("w-b", "b");
		expect((await call("DELETE", admin("/entities/w-a"))).status).toBe(200);
		expect((await call("DELETE", admin("/entities/w-b"))).status).toBe(200);
		await publish();
		await allHandled();
		const { results } = await env.DB.prepare(
			`SELECT d.event_type || coalesce(':' || json_extract(e.payload, '$.data.entity.slug'), '') AS what
			FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id WHERE d.endpoint_id = ?`,
		)
			.bind(created.json.id)
			.all<{ what: string }>();
		expect(results.map((r) => r.what).sort()).toEqual([
			"entity.committed:w-b",
			"entity.deleted:w-b",
			"snapshot.published",
		]);
		await until(
			async () => requestsTo(url).length,
			(n) => n === 3,
		);
		expect(requestsTo(url).some((r) => r.body.includes("a-w-a"))).toBe(false);
	});

	it("hides exports and webhook endpoints made under a wider limit from a limited key", async () => {
		await publish();
		const onlyB = (await createKey(project, { scopes: ["export.run", "webhook.manage"], schemas: ["b"] }))
			.key;
		const full = await call("POST", admin("/exports"));
		const mine = await call("POST", admin("/exports"), { token: onlyB });
		for (const path of [`/exports/${full.json.id}`, `/exports/${full.json.id}/download`]) {
			const res = await call("GET", admin(path), { token: onlyB });
			expect(expectProblem(res, 404, "not_found").detail).toBe(`Export ${full.json.id} does not exist.`);
		}
		const exports = await call("GET", admin("/exports?limit=500"), { token: onlyB });
		expect(exports.json.data.map((e: any) => e.id)).toContain(mine.json.id);
		expect(exports.json.data.every((e: any) => e.schemas?.every((s: string) => s === "b"))).toBe(true);
		expect((await call("GET", admin(`/exports/${mine.json.id}`))).status).toBe(200);

		const everything = await call("POST", admin("/webhooks"), {
			body: { url: receiver(() => new Response()), events: ["*"] },
		});
		const own = await call("POST", admin("/webhooks"), {
			token: onlyB,
			body: { url: receiver(() => new Response()), events: ["*"] },
		});
		const id = everything.json.id;
		const hijack = { url: receiver(() => new Response()) };
		expectProblem(await call("GET", admin(`/webhooks/${id}`), { token: onlyB }), 404, "not_found");
		expectProblem(
			await call("PATCH", admin(`/webhooks/${id}`), { token: onlyB, body: hijack }),
			404,
			"not_found",
		);
		expectProblem(await call("POST", admin(`/webhooks/${id}/test`), { token: onlyB }), 404, "not_found");
		expectProblem(await call("GET", admin(`/webhooks/${id}/deliveries`), { token: onlyB }), 404, "not_found");
		expect((await call("GET", admin(`/webhooks/${id}`))).json.url).toBe(everything.json.url);
		const test = await call("POST", admin(`/webhooks/${id}/test`));
		expect(test.status).toBe(202);
		expectProblem(
			await call("POST", admin(`/deliveries/${test.json.id}/redeliver`), { token: onlyB }),
			404,
			"not_found",
		);
		const hooks = await call("GET", admin("/webhooks?limit=500"), { token: onlyB });
		expect(hooks.json.data.map((w: any) => w.id)).toContain(own.json.id);
		expect(hooks.json.data.every((w: any) => w.schemas?.every((s: string) => s === "b"))).toBe(true);
		expect(
			(await call("PATCH", admin(`/webhooks/${own.json.id}`), { token: onlyB, body: hijack })).status,
		).toBe(200);
	});

	it("applies one event rule in TypeScript and in SQL", async () => {
		const events = [
			{ type: "entity.committed", data: { entity: { slug: "x", schema: "a" } } },
			{ type: "entity.deleted", data: { entity: { slug: "x", schema: "b" } } },
			{ type: "snapshot.published", data: { snapshot: { id: "s" } } },
			{ type: "export.completed", data: { export: { id: "e" } } },
			{ type: "webhook.test", data: { webhook: { id: "w" } } },
		];
		for (const allowed of [null, ["b"], ["a", "b"], []]) {
			const { results } = await env.DB.prepare(
				`WITH e AS (SELECT key, value ->> '$.type' AS type, value AS payload FROM json_each(?1))
				SELECT type FROM e WHERE ${eventVisibleSql("e", "?2")} ORDER BY key`,
			)
				.bind(JSON.stringify(events), allowed ? JSON.stringify(allowed) : null)
				.all<{ type: string }>();
			const expected = events.filter((e) => eventVisibleTo(e, allowed)).map((e) => e.type);
			expect(results.map((r) => r.type)).toEqual(expected);
		}
		expect(eventVisibleTo(events[0] as (typeof events)[0], ["b"])).toBe(false);
		expect(eventVisibleTo(events[2] as (typeof events)[0], [])).toBe(true);
	});
});

import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { EVENTS, eventPayload, payloadProblems } from "../src/modules/events/event-payloads";
import { compileSchema, validate } from "../src/modules/schemas/engine";
import { call, createProject } from "./helpers";
import { createWebhook, mockOutboundFetch, receiver } from "./webhook-helpers";

let project: string;
const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;

/** Every object in a schema closed to properties it does not list: a field the document lacks fails. */
function closed(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(closed);
	if (typeof schema !== "object" || schema === null) return schema;
	const copy = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
	return "properties" in copy ? { ...copy, additionalProperties: false } : copy;
}

async function until<T>(read: () => Promise<T | undefined>): Promise<T> {
	return vi.waitFor(
		async () => {
			const value = await read();
			expect(value).toBeDefined();
			return value as T;
		},
		{ timeout: 10_000, interval: 100 },
	);
}

beforeAll(async () => {
	mockOutboundFetch();
	project = await createProject();
	for (const [id, json_schema] of [
		["note", { type: "object" }],
		["list", { type: "array" }],
	] as const) {
		const res = await call("PUT", admin(`/schemas/${id}`), { body: { json_schema } });
		expect(res.status).toBe(201);
	}
});

describe("event payloads", () => {
	it("match the OpenAPI document's schema of their type, for every type", async () => {
		const put = (slug: string, schema: string, data: unknown) =>
			call("PUT", admin(`/entities/${slug}`), { body: { schema, data, mode: "commit", message: "m" } });
		expect((await put("an-object", "note", { title: "t", n: 1 })).status).toBe(201);
		// Entity data is any JSON value its schema allows, not only an object.
		expect((await put("an-array", "list", [1, "two", null])).status).toBe(201);
		expect((await call("DELETE", admin("/entities/an-object"), { body: { message: "gone" } })).status).toBe(
			200,
		);
		const snapshot = (await call("POST", admin("/snapshots/regenerate"))).json.id as string;
		await until(async () => {
			const s = (await call("GET", admin(`/snapshots/${snapshot}`))).json;
			return s.status === "published" ? s : undefined;
		});
		const exported = (await call("POST", admin("/exports"), { body: { snapshot } })).json.id as string;
		await until(async () => {
			const e = (await call("GET", admin(`/exports/${exported}`))).json;
			return e.status === "completed" ? e : undefined;
		});
		const hook = await createWebhook(
			project,
			receiver(() => new Response(null, { status: 204 })),
		);
		expect((await call("POST", admin(`/webhooks/${hook.id}/test`))).status).toBe(202);

		const { results } = await env.DB.prepare(
			"SELECT type, payload FROM outbox_events WHERE project_id = ? ORDER BY created_at",
		)
			.bind(project)
			.all<{ type: string; payload: string }>();
		const document = (await call("GET", "/api/v1/openapi.json", { token: null })).json;
		const seen = new Set<string>();
		for (const row of results) {
			const payload = JSON.parse(row.payload);
			const schema = document.webhooks[row.type].post.requestBody.content["application/json"].schema;
			const compiled = compileSchema(closed(schema));
			if (!compiled.ok) throw new Error(`the ${row.type} schema does not compile`);
			expect(validate(compiled.root, compiled.tracksEvaluated, payload), row.type).toEqual({ valid: true });
			expect(payloadProblems(payload), row.type).toEqual([]);
			seen.add(row.type);
		}
		expect([...seen].sort()).toEqual(Object.keys(EVENTS).sort());
	});

	it("name what departs from the documented schema: a missing field, a wrong type, a field too many", () => {
		const envelope = { id: "evt_1", timestamp: "2026-12-01T00:00:00.000Z", project: "p" };
		const good = eventPayload("webhook.test", envelope, { webhook: { id: "wh_1", url: "https://x.test/" } });
		expect(payloadProblems(good)).toEqual([]);
		const bad = {
			...good,
			extra: true,
			data: { webhook: { id: 7 } },
		};
		const problems = payloadProblems(bad);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^\/data\/webhook\/id: /),
				expect.stringMatching(/^\/data\/webhook\/url: /),
				expect.stringMatching(/^\/: Unrecognized key/),
			]),
		);
	});

	it("log a payload that does not match as an error, naming its paths and not its data", () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const envelope = { id: "evt_2", timestamp: "2026-12-01T00:00:00.000Z", project: "p" };
		const snapshot = { id: "snap_1", entity_count: 1.5, content_hash: "h", published_at: envelope.timestamp };
		const payload = eventPayload("snapshot.published", envelope, { snapshot, reason: "build" });
		// Still built (and so written): the write it belongs to is committing.
		expect(payload).toEqual({ ...envelope, type: "snapshot.published", data: { snapshot, reason: "build" } });
		const lines = errors.mock.calls.map((args) => JSON.parse(String(args[0])));
		expect(lines).toContainEqual({
			level: "error",
			msg: "event payload does not match its documented schema",
			type: "snapshot.published",
			id: "evt_2",
			problems: [expect.stringMatching(/^\/data\/snapshot\/entity_count: /)],
		});
		errors.mockRestore();
	});
});

import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../src/db/client";
import { purgeEvents } from "../src/modules/events/retention";
import { api, expectStatus } from "./api";
import { call, createKey, createProject, expectProblem } from "./helpers";

// The events feed (GET …/events, …/events/{id}): what it returns, to whom, and its refusals.
let project: string;
const FEED = "/api/v1/admin/projects/{project}/events" as const;
const ONE = "/api/v1/admin/projects/{project}/events/{id}" as const;
type FeedQuery = { cursor?: string; types?: string; limit?: number; wait?: number };

const feed = (query: FeedQuery = {}, token?: string | null, headers?: Record<string, string>) =>
	api.get(FEED, { path: { project }, query, token, headers });

async function commit(slug: string, schema = "a", p = project) {
	const res = await api.put("/api/v1/admin/projects/{project}/entities/{slug}", {
		path: { project: p, slug },
		body: { schema, data: { title: slug }, mode: "commit", message: "m" },
	});
	expect(res.status, res.text).toBeLessThan(300);
}

async function setUp(p: string) {
	for (const schema of ["a", "b"]) {
		await api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
			path: { project: p, schema },
			body: { json_schema: { type: "object" } },
		});
	}
}

const slugs = (page: { data: { data: unknown }[] }) =>
	page.data.map((e) => (e.data as { entity: { slug: string } }).entity.slug);

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	await setUp(project);
	for (const slug of ["one", "two", "three"]) await commit(slug);
	await commit("barred", "b");
});

describe("the events feed", () => {
	it("lists every event oldest first, each the body its webhook delivery carries", async () => {
		const page = expectStatus(await feed(), 200);
		expect(slugs(page)).toEqual(["one", "two", "three", "barred"]);
		const stored = await env.DB.prepare("SELECT payload FROM outbox_events WHERE id = ?")
			.bind(page.data[0]?.id)
			.first<{ payload: string }>();
		expect(page.data[0]).toEqual(JSON.parse(stored?.payload ?? "null"));
		expect(page.data[0]).toMatchObject({
			type: "entity.committed",
			project,
			id: expect.stringMatching(/^evt_/),
		});
		const one = expectStatus(await api.get(ONE, { path: { project, id: page.data[1]?.id ?? "" } }), 200);
		expect(one).toEqual(page.data[1]);
	});

	it("pages with a next_cursor that is never null, and answers the same cursor when nothing is new", async () => {
		const first = expectStatus(await feed({ limit: 2 }), 200);
		expect(slugs(first)).toEqual(["one", "two"]);
		const rest = expectStatus(await feed({ cursor: first.next_cursor, limit: 500 }), 200);
		expect(slugs(rest)).toEqual(["three", "barred"]);
		const idle = expectStatus(await feed({ cursor: rest.next_cursor }), 200);
		expect(idle).toEqual({ data: [], next_cursor: rest.next_cursor });
	});

	it("starts after the newest event for cursor=now, with a real cursor that misses nothing after it", async () => {
		const now = expectStatus(await feed({ cursor: "now" }), 200);
		expect(now.data).toEqual([]);
		expect(now.next_cursor).not.toBe("now");
		await commit("after-now");
		expect(slugs(expectStatus(await feed({ cursor: now.next_cursor }), 200))).toEqual(["after-now"]);
	});

	it("filters by types and moves the cursor past what the filter leaves out", async () => {
		const now = expectStatus(await feed({ cursor: "now" }), 200);
		await commit("gone-soon");
		expectStatus(
			await api.delete("/api/v1/admin/projects/{project}/entities/{slug}", {
				path: { project, slug: "gone-soon" },
			}),
			200,
		);
		const deleted = expectStatus(await feed({ cursor: now.next_cursor, types: "entity.deleted" }), 200);
		expect(deleted.data.map((e) => e.type)).toEqual(["entity.deleted"]);
		const none = expectStatus(await feed({ cursor: now.next_cursor, types: "export.completed" }), 200);
		expect(none.data).toEqual([]);
		expect(none.next_cursor).toBe(deleted.next_cursor);
	});

	it("shows a schema-limited key only entity events of its schemas, and 404s a barred one by id", async () => {
		const { key } = await createKey(project, { scopes: ["events.read"], schemas: ["a"] });
		const page = expectStatus(await feed({}, key), 200);
		expect(page.data.every((e) => (e.data as { entity?: { schema: string } }).entity?.schema === "a")).toBe(
			true,
		);
		expect(slugs(page)).not.toContain("barred");
		const all = expectStatus(await feed(), 200);
		const barred = all.data.find((e) => slugs({ data: [e] })[0] === "barred");
		const hidden = await api.get(ONE, { path: { project, id: barred?.id ?? "" }, token: key });
		expectProblem(hidden, 404, "event_not_found");
		// Its cursor still ends where the unlimited one does: nothing is skipped, nothing re-read.
		expect(page.next_cursor).toBe(all.next_cursor);
	});

	it("shows snapshot events to every events.read key, schema-limited ones too", async () => {
		const p = await createProject();
		await setUp(p);
		await commit("x", "b", p);
		await env.DB.prepare(
			`INSERT INTO outbox_events (id, project_id, type, payload, created_at, seq)
			VALUES ('evt_snap1', ?1, 'snapshot.published', json_object('id', 'evt_snap1', 'type', 'snapshot.published',
				'timestamp', '2026-01-01T00:00:00.000Z', 'project', ?1, 'data', json_object('snapshot', json_object('id', 'snp_1',
				'entity_count', 1, 'content_hash', 'h', 'published_at', '2026-01-01T00:00:00.000Z'), 'reason', 'build')),
				'2026-01-01T00:00:00.000Z',
				(SELECT max(seq) + 1 FROM outbox_events WHERE project_id = ?1))`,
		)
			.bind(p)
			.run();
		const { key } = await createKey(p, { scopes: ["events.read"], schemas: ["a"] });
		const page = expectStatus(await api.get(FEED, { path: { project: p }, token: key }), 200);
		expect(page.data.map((e) => e.type)).toEqual(["snapshot.published"]);
	});
});

describe("the events feed refuses", () => {
	it("a key without events.read, and a key of another project", async () => {
		const { key } = await createKey(project, { scopes: ["content.write"] });
		expectProblem(await feed({}, key), 403, "missing_scope");
		const other = await createProject();
		const { key: foreign } = await createKey(other, { scopes: ["events.read"] });
		expectProblem(await feed({}, foreign), 403, "forbidden_project");
		expectProblem(await feed({}, null), 401, "unauthenticated");
	});

	it("an unknown event id, a malformed cursor, an unknown type and a bad limit or wait", async () => {
		expectProblem(await api.get(ONE, { path: { project, id: "evt_nothing" } }), 404, "event_not_found");
		// Not an event id at all: the path parameter is refused before any lookup.
		expectProblem(
			await call("GET", `/api/v1/admin/projects/${project}/events/evt-1;drop`),
			422,
			"validation_failed",
		);
		expectProblem(await feed({ cursor: "not-a-cursor" }), 400, "invalid_cursor");
		expectProblem(await feed({ cursor: btoa('["slug"]') }), 400, "invalid_cursor");
		expectProblem(await feed({ cursor: btoa("[999999]").replaceAll("=", "") }), 400, "invalid_cursor");
		const types = expectProblem(
			await feed({ types: "entity.committed,entity.exploded" }),
			422,
			"validation_failed",
		);
		expect(types.errors[0]).toMatchObject({ parameter: "types" });
		expectProblem(await feed({ types: "webhook.test" }), 422, "validation_failed");
		expectProblem(await feed({ limit: 501 }), 422, "validation_failed");
		expectProblem(await feed({ wait: 26 }), 422, "validation_failed");
		expectProblem(
			await call("GET", `/api/v1/admin/projects/${project}/events?wait=0`),
			422,
			"validation_failed",
		);
	});

	it("a cursor whose next events are past retention, with 410 cursor_expired", async () => {
		const p = await createProject();
		await setUp(p);
		const start = expectStatus(await api.get(FEED, { path: { project: p } }), 200).next_cursor;
		for (const slug of ["old1", "old2", "new"]) await commit(slug, "a", p);
		const afterFirst = expectStatus(await api.get(FEED, { path: { project: p }, query: { limit: 1 } }), 200);
		const long = new Date(Date.now() - 40 * 86_400_000).toISOString();
		await env.DB.prepare("UPDATE outbox_events SET created_at = ?2, handled_at = ?2 WHERE project_id = ?1")
			.bind(p, long)
			.run();
		// Every event is old, but the newest stays: it carries the project's sequence on.
		expect(await purgeEvents(createDb(env.DB), 30)).toBeGreaterThanOrEqual(2);
		const kept = expectStatus(await api.get(FEED, { path: { project: p } }), 200);
		expect(slugs(kept)).toEqual(["new"]);
		expectProblem(
			await api.get(FEED, { path: { project: p }, query: { cursor: start } }),
			410,
			"cursor_expired",
		);
		const expired = await api.get(FEED, { path: { project: p }, query: { cursor: afterFirst.next_cursor } });
		expectProblem(expired, 410, "cursor_expired");
		const fine = await api.get(FEED, { path: { project: p }, query: { cursor: kept.next_cursor } });
		expect(expectStatus(fine, 200).data).toEqual([]);
		await commit("later", "a", p);
		expect(
			slugs(
				expectStatus(await api.get(FEED, { path: { project: p }, query: { cursor: kept.next_cursor } }), 200),
			),
		).toEqual(["later"]);
	});

	it("keeps an old event whose webhook delivery is still pending, and everything after it", async () => {
		const p = await createProject();
		await setUp(p);
		for (const slug of ["e1", "e2", "e3"]) await commit(slug, "a", p);
		const long = new Date(Date.now() - 40 * 86_400_000).toISOString();
		await env.DB.prepare("UPDATE outbox_events SET created_at = ?2, handled_at = ?2 WHERE project_id = ?1")
			.bind(p, long)
			.run();
		const first = expectStatus(await api.get(FEED, { path: { project: p }, query: { limit: 1 } }), 200);
		await env.DB.prepare(
			`INSERT INTO webhook_deliveries (id, project_id, endpoint_id, event_id, event_type, state, attempts, final_attempt, created_at, updated_at)
			VALUES ('msg_pending1', ?1, 'wh_x', ?2, 'entity.committed', 'pending', 1, 8, ?3, ?3)`,
		)
			.bind(p, first.data[0]?.id, long)
			.run();
		await purgeEvents(createDb(env.DB), 30);
		expect(slugs(expectStatus(await api.get(FEED, { path: { project: p } }), 200))).toEqual([
			"e1",
			"e2",
			"e3",
		]);
	});

	it("a key over its read limit with 429", async () => {
		const { key } = await createKey(project, {
			scopes: ["events.read"],
			rate_limit: { read: { burst: 2, per_second: 0.01 } },
		});
		expectStatus(await feed({}, key), 200);
		expectStatus(await feed({}, key), 200);
		expectProblem(await feed({}, key), 429, "rate_limited");
		// One event by id spends from the same bucket.
		const { key: single } = await createKey(project, {
			scopes: ["events.read"],
			rate_limit: { read: { burst: 1, per_second: 0.01 } },
		});
		const [first] = expectStatus(await feed({ limit: 1 }), 200).data;
		const one = { path: { project, id: String(first?.id) }, token: single };
		expectStatus(await api.get(ONE, one), 200);
		expectProblem(await api.get(ONE, one), 429, "rate_limited");
	});

	it("another project's event under this project's URL is 404, as is an unknown project", async () => {
		const other = await createProject();
		await setUp(other);
		await commit("theirs", "a", other);
		const [theirs] = expectStatus(await api.get(FEED, { path: { project: other }, query: {} }), 200).data;
		expect(theirs?.id).toMatch(/^evt_/);
		expectProblem(await api.get(ONE, { path: { project, id: String(theirs?.id) } }), 404, "event_not_found");
		expectProblem(
			await api.get(FEED, { path: { project: "no-such-project" }, query: {} }),
			404,
			"project_not_found",
		);
		const tooLong = { "If-None-Match": `"${"x".repeat(1001)}"` };
		expectProblem(await feed({}, undefined, tooLong), 422, "validation_failed");
	});
});

import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../src/db/client";
import { CHANGES_SQL } from "../src/modules/read/snapshot-changes";
import { buildSnapshot, CHUNK_SELECT } from "../src/modules/snapshots/snapshot-build";
import { requestSnapshot } from "../src/modules/snapshots/snapshots.service";
import { call, createKey, createProject, expectProblem, publishSnapshot } from "./helpers";

const open = { json_schema: { type: "object" } };

async function setUp() {
	const project = await createProject();
	for (const schema of ["note", "post"]) {
		const res = await call("PUT", `/api/v1/admin/projects/${project}/schemas/${schema}`, { body: open });
		expect(res.status).toBe(201);
	}
	const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
	const read = (path: string) => `/api/v1/projects/${project}/snapshots${path}`;
	const commit = async (slug: string, data: unknown, schema = "note") => {
		const res = await call("PUT", admin(`/entities/${slug}`), {
			body: { schema, mode: "commit", message: "m", data },
		});
		expect(res.status, res.text).toBeLessThan(300);
	};
	const remove = async (slug: string) =>
		expect((await call("DELETE", admin(`/entities/${slug}`))).status).toBe(200);
	const build = () => publishSnapshot(project);
	/** Every change from `since` to `ref`, following cursors. */
	const changes = async (ref: string, since: string, query = "", token?: string) => {
		const out: any[] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const res = await call(
				"GET",
				read(`/${ref}/changes?since=${since}${query}${cursor ? `&cursor=${cursor}` : ""}`),
				{
					token,
				},
			);
			expect(res.status, res.text).toBe(200);
			out.push(...res.json.data);
			cursor = res.json.next_cursor;
			pages++;
		} while (cursor);
		return { items: out, pages };
	};
	return { project, admin, read, commit, remove, build, changes };
}

const item = (
	slug: string,
	change: string,
	schema: string,
	revision: number | null,
	previous: number | null,
) => ({
	slug,
	change,
	schema,
	revision,
	previous_revision: previous,
});

describe("snapshot changes", () => {
	let w: Awaited<ReturnType<typeof setUp>>;
	let s1: string;
	let s2: string;
	beforeAll(async () => {
		w = await setUp();
		for (const slug of ["a", "b", "c", "d", "g", "recreated", "same"]) await w.commit(slug, { v: slug });
		await w.commit("e", { v: "e" }, "post");
		s1 = await w.build();
		await call("PUT", w.admin("/entities/a"), { body: { schema: "note", data: { v: "draft" } } }); // a draft only
		await w.commit("b", { v: "b2" }); // b: 2
		await w.commit("same", { v: "same" }); // same: 2, identical data
		await w.remove("c"); // c: 2 (delete)
		await w.commit("d", { v: "d" }, "post"); // d: 2, same data, another schema
		await w.commit("f", { v: "f" }); // f: 1, new
		await w.remove("g");
		await w.commit("g", { v: "g" }); // g: 3, deleted and recreated with the same data
		await w.remove("recreated");
		await w.commit("recreated", { v: "new" }); // recreated: 3, new data
		await w.commit("tmp", { v: "tmp" });
		await w.remove("tmp"); // created and deleted between the builds
		s2 = await w.build();
	});

	it("lists added, changed and removed in slug order, and not identical re-commits, drafts or a create+delete", async () => {
		const { items } = await w.changes(s2, s1);
		expect(items).toEqual([
			item("b", "changed", "note", 2, 1),
			item("c", "removed", "note", null, 1),
			item("d", "changed", "post", 2, 1),
			item("f", "added", "note", 1, null),
			item("recreated", "changed", "note", 3, 1),
		]);
	});

	it("gives the reverse changes when since is the newer snapshot, and nothing between a snapshot and itself", async () => {
		const { items } = await w.changes(s1, s2);
		expect(items).toEqual([
			item("b", "changed", "note", 1, 2),
			item("c", "added", "note", 1, null),
			item("d", "changed", "note", 1, 2),
			item("f", "removed", "note", null, 1),
			item("recreated", "changed", "note", 1, 3),
		]);
		expect((await w.changes(s2, s2)).items).toEqual([]);
	});

	it("pages with limit=1 over the candidates to the same list, and include=data adds the new data", async () => {
		const whole = await w.changes(s2, s1);
		const paged = await w.changes(s2, s1, "&limit=1");
		expect(paged.items).toEqual(whole.items);
		// Ten candidates (a's draft is none): some pages are empty, one per candidate slug and the end.
		expect(paged.pages).toBeGreaterThanOrEqual(whole.items.length);
		const withData = await w.changes(s2, s1, "&include=data&limit=2");
		expect(withData.items).toEqual([
			{ ...item("b", "changed", "note", 2, 1), data: { v: "b2" } },
			item("c", "removed", "note", null, 1),
			{ ...item("d", "changed", "post", 2, 1), data: { v: "d" } },
			{ ...item("f", "added", "note", 1, null), data: { v: "f" } },
			{ ...item("recreated", "changed", "note", 3, 1), data: { v: "new" } },
		]);
	});

	it("caches a page between two ids forever and one through latest briefly, with ETag and 304", async () => {
		const byId = await call("GET", w.read(`/${s2}/changes?since=${s1}`));
		expect(byId.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
		const etag = byId.headers.get("ETag") as string;
		expect(etag).toMatch(/^"snap_/);
		const again = await call("GET", w.read(`/${s2}/changes?since=${s1}`), {
			headers: { "If-None-Match": etag },
		});
		expect([again.status, again.text, again.headers.get("ETag")]).toEqual([304, "", etag]);
		const other = await call("GET", w.read(`/${s2}/changes?since=${s1}&include=data`));
		expect(other.headers.get("ETag")).not.toBe(etag);
		const latest = await call("GET", w.read(`/latest/changes?since=${s1}`));
		expect(latest.headers.get("Cache-Control")).toBe("public, max-age=5");
		expect(latest.json).toEqual(byId.json);
	});

	it("shows a schema-limited key the two snapshots as it reads them", async () => {
		const { key } = await createKey(w.project, { scopes: ["content.read"], schemas: ["note"] });
		const { items } = await w.changes(s2, s1, "", key);
		// d moved from note to post: gone for this key. e (post) never appears.
		expect(items).toEqual([
			item("b", "changed", "note", 2, 1),
			item("c", "removed", "note", null, 1),
			item("d", "removed", "note", null, 1),
			item("f", "added", "note", 1, null),
			item("recreated", "changed", "note", 3, 1),
		]);
		const posts = (await createKey(w.project, { scopes: ["content.read"], schemas: ["post"] })).key;
		expect((await w.changes(s1, s2, "&include=data", posts)).items).toEqual([
			item("d", "removed", "post", null, 2),
		]);
	});

	it("refuses a missing, malformed, unknown or foreign since, and a foreign or unknown target", async () => {
		const other = await setUp();
		await other.commit("x", { v: 1 });
		const foreign = await other.build();
		const get = (path: string, token?: string) => call("GET", w.read(path), { token });
		expectProblem(await get(`/${s2}/changes`), 422, "validation_failed");
		expectProblem(await get(`/${s2}/changes?since=latest`), 422, "validation_failed");
		expectProblem(await get(`/${s2}/changes?since=nope`), 422, "validation_failed");
		expectProblem(await get(`/${s2}/changes?since=${s1}&include=everything`), 422, "validation_failed");
		expectProblem(await get(`/${s2}/changes?since=${s1}&cursor=zzz`), 400, "invalid_cursor");
		expectProblem(await get(`/${s2}/changes?since=${foreign}`), 404, "snapshot_not_found");
		expectProblem(await get(`/${foreign}/changes?since=${s1}`), 404, "snapshot_not_found");
		expectProblem(await get(`/${s2.slice(0, -1)}X/changes?since=${s1}`), 404, "snapshot_not_found");
		const { snapshot } = await requestSnapshot(createDb(env.DB), w.project, "test");
		expectProblem(await get(`/${s2}/changes?since=${snapshot.id}`), 404, "snapshot_not_found");
		expect(await buildSnapshot(env, snapshot.id)).toBe("published");

		const empty = await createProject();
		expectProblem(
			await call("GET", `/api/v1/projects/${empty}/snapshots/latest/changes?since=${s1}`),
			404,
			"snapshot_not_found",
		);
	});

	it("answers 401, 403 and 429 like every read route", async () => {
		const path = w.read(`/${s2}/changes?since=${s1}`);
		expectProblem(await call("GET", path, { token: null }), 401, "unauthenticated");
		const writer = (await createKey(w.project, { scopes: ["schema.manage"] })).key;
		expectProblem(await call("GET", path, { token: writer }), 403, "missing_scope");
		const other = await createProject();
		const stranger = (await createKey(other, { scopes: ["content.read"] })).key;
		expectProblem(await call("GET", path, { token: stranger }), 403, "forbidden_project");
		const tiny = (
			await createKey(w.project, {
				scopes: ["content.read"],
				rate_limit: { read: { burst: 1, per_second: 0.01 } },
			})
		).key;
		expect((await call("GET", path, { token: tiny })).status).toBe(200);
		const limited = await call("GET", path, { token: tiny });
		expectProblem(limited, 429, "rate_limited");
		expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
	});
});

describe("snapshot changes between builds out of seq order", () => {
	it("are right for a build that started first and published last, both ways", async () => {
		const w = await setUp();
		for (const slug of ["a", "b", "c"]) await w.commit(slug, { v: 1 });
		const db = createDb(env.DB);
		const early = (await requestSnapshot(db, w.project, "test")).snapshot.id;
		const handOver = {
			DB: env.DB,
			JOBS: env.JOBS,
			EVENTS_HUB: env.EVENTS_HUB,
			BUILDS: { send: async () => {}, sendBatch: async () => {} } as unknown as Queue,
		};
		// The early build fixes its watermark and writes one chunk, then waits.
		expect(await buildSnapshot(handOver, early, { chunkSize: 1, budgetMs: 0 })).toBe("continues");
		await w.commit("b", { v: 2 });
		await w.remove("c");
		await w.commit("d", { v: 1 });
		const late = (await requestSnapshot(db, w.project, "test")).snapshot.id;
		expect(await buildSnapshot(env, late)).toBe("published");
		expect(await buildSnapshot(env, early)).toBe("published");
		// latest stayed with the newer content.
		expect((await call("GET", w.read("/latest"))).json.id).toBe(late);
		expect((await w.changes(late, early)).items).toEqual([
			item("b", "changed", "note", 2, 1),
			item("c", "removed", "note", null, 1),
			item("d", "added", "note", 1, null),
		]);
		expect((await w.changes(early, late)).items).toEqual([
			item("b", "changed", "note", 1, 2),
			item("c", "added", "note", 1, null),
			item("d", "removed", "note", null, 1),
		]);
	});
});

describe("the changes query", () => {
	it("reads revisions between two watermarks from the (project_id, seq) index and both manifests by key, scanning no table", async () => {
		const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${CHANGES_SQL}`)
			.bind("p", 1, 2, "", 50, "snap_a", "snap_b", null, 1)
			.all<{ detail: string }>();
		const plan = results.map((r) => r.detail);
		expect(plan).toContainEqual(
			expect.stringMatching(
				/^SEARCH entity_revisions USING COVERING INDEX entity_revisions_project_seq_idx \(project_id=\? AND seq>\? AND seq<\?\)/,
			),
		);
		// Tables are only ever searched by key; the scans left are of the page's own CTEs.
		expect(plan.filter((line) => /^SCAN (entity_revisions|snapshot_entries|f|t|fr|tr)\b/.test(line))).toEqual(
			[],
		);
		expect(plan.filter((line) => /^SEARCH (f|t) /.test(line))).toEqual([
			expect.stringContaining("(snapshot_id=? AND slug=?)"),
			expect.stringContaining("(snapshot_id=? AND slug=?)"),
		]);
	});

	it("leaves the build's chunk query on each entity's own revisions, not the project's seq range", async () => {
		const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${CHUNK_SELECT}`)
			.bind("p", "", 1, 1000)
			.all<{ detail: string }>();
		const plan = results.map((r) => r.detail);
		expect(plan.filter((line) => line.includes("entity_revisions_project_seq_idx"))).toEqual([]);
		expect(plan).toContainEqual(expect.stringMatching(/^SEARCH x USING .*\(project_id=\? AND slug=\?/));
	});
});

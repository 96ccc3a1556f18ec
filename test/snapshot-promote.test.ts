import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../src/db/client";
import { buildSnapshot } from "../src/modules/snapshots/snapshot-build";
import { requestSnapshot } from "../src/modules/snapshots/snapshots.service";
import { call, createKey, createProject, expectProblem, publishSnapshot } from "./helpers";

async function setUp() {
	const project = await createProject();
	const schema = await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		body: { json_schema: { type: "object" } },
	});
	expect(schema.status).toBe(201);
	const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
	const commit = async (slug: string, v: number) => {
		const res = await call("PUT", admin(`/entities/${slug}`), {
			body: { schema: "note", mode: "commit", message: "m", data: { v } },
		});
		expect(res.status, res.text).toBeLessThan(300);
	};
	const build = () => publishSnapshot(project);
	const latest = async () => (await call("GET", `/api/v1/projects/${project}/snapshots/latest`)).json.id;
	const promote = (
		id: string,
		options: { query?: string; headers?: Record<string, string>; token?: string } = {},
	) => call("POST", admin(`/snapshots/${id}/promote${options.query ?? ""}`), options);
	return { project, admin, commit, build, latest, promote };
}

/** The reasons of this project's `snapshot.published` events, oldest first, with their snapshot ids. */
async function published(project: string) {
	const { results } = await env.DB.prepare(
		`SELECT json_extract(payload, '$.data.snapshot.id') AS id, json_extract(payload, '$.data.reason') AS reason
		FROM outbox_events WHERE project_id = ? AND type = 'snapshot.published' ORDER BY created_at, rowid`,
	)
		.bind(project)
		.all<{ id: string; reason: string }>();
	return results.map((r) => [r.id, r.reason]);
}

describe("promote", () => {
	let w: Awaited<ReturnType<typeof setUp>>;
	let s1: string;
	let s2: string;
	beforeAll(async () => {
		w = await setUp();
		await w.commit("a", 1);
		s1 = await w.build();
		await w.commit("a", 2);
		s2 = await w.build();
	});

	it("moves latest back to an older snapshot at once, and every read of latest follows it", async () => {
		expect(await w.latest()).toBe(s2);
		const res = await w.promote(s1, { headers: { "If-Match": `"${s2}"` } });
		expect(res.status, res.text).toBe(200);
		expect(res.json).toMatchObject({ id: s1, status: "published" });
		expect(res.headers.get("ETag")).toBe(`"${s1}"`);
		expect(await w.latest()).toBe(s1);
		const entity = await call("GET", `/api/v1/projects/${w.project}/snapshots/latest/entities/a`);
		expect(entity.json.data).toEqual({ v: 1 });
		const exported = await call("POST", w.admin("/exports"), { body: { snapshot: "latest" } });
		expect(exported.json.snapshot_id).toBe(s1);
		expect(await published(w.project)).toEqual([
			[s1, "build"],
			[s2, "build"],
			[s1, "promote"],
		]);
		// Forward again, then the current one once more: no move, so no event.
		expect((await w.promote(s2)).status).toBe(200);
		expect((await w.promote(s2)).status).toBe(200);
		expect(await w.latest()).toBe(s2);
		expect((await published(w.project)).slice(3)).toEqual([[s2, "promote"]]);
	});

	it("with dry_run checks everything, moves nothing and writes no event", async () => {
		const before = await published(w.project);
		const dry = await w.promote(s1, {
			query: "?dry_run=true",
			headers: { "If-Match": `"${await w.latest()}"` },
		});
		expect(dry.status, dry.text).toBe(200);
		expect(dry.json).toMatchObject({
			dry_run: true,
			valid: true,
			snapshot: { id: s1 },
			current_latest_id: s2,
		});
		expect(await w.latest()).toBe(s2);
		expect(await published(w.project)).toEqual(before);
		const stale = await w.promote(s1, { query: "?dry_run=true", headers: { "If-Match": `"${s1}"` } });
		expectProblem(stale, 412, "version_conflict");
	});

	it("refuses a stale If-Match with 412 and the current latest, and an unquoted one with 422", async () => {
		const stale = await w.promote(s1, { headers: { "If-Match": `"${s1}"` } });
		const problem = expectProblem(stale, 412, "version_conflict");
		expect(problem.current_latest_id).toBe(s2);
		expectProblem(await w.promote(s1, { headers: { "If-Match": s2 } }), 422, "validation_failed");
		expect(await w.latest()).toBe(s2);
	});

	it("refuses a snapshot not published (409), unknown or of another project (404), a malformed id (422)", async () => {
		const { snapshot } = await requestSnapshot(createDb(env.DB), w.project, "test");
		expectProblem(await w.promote(snapshot.id), 409, "snapshot_not_published");
		expect(await buildSnapshot(env, snapshot.id)).toBe("published");
		expectProblem(await w.promote(`${s1.slice(0, -1)}X`), 404, "snapshot_not_found");
		const other = await setUp();
		await other.commit("x", 1);
		expectProblem(await w.promote(await other.build()), 404, "snapshot_not_found");
		expectProblem(await w.promote("latest"), 422, "validation_failed");
		expect(await w.latest()).toBe(snapshot.id);
	});

	it("answers 401, 403 and 429", async () => {
		expectProblem(await w.promote(s1, { token: null as unknown as string }), 401, "unauthenticated");
		const reader = (await createKey(w.project, { scopes: ["content.read"] })).key;
		expectProblem(await w.promote(s1, { token: reader }), 403, "missing_scope");
		const stranger = (await createKey(await createProject(), { scopes: ["snapshot.manage"] })).key;
		expectProblem(await w.promote(s1, { token: stranger }), 403, "forbidden_project");
		const tiny = (
			await createKey(w.project, {
				scopes: ["snapshot.manage"],
				rate_limit: { write: { burst: 1, per_second: 0.01 } },
			})
		).key;
		expect((await w.promote(s1, { token: tiny, query: "?dry_run=true" })).status).toBe(200);
		expectProblem(await w.promote(s1, { token: tiny }), 429, "rate_limited");
	});
});

describe("builds after a promote", () => {
	it("a regenerate afterwards becomes latest; a build that started before publishes without moving latest", async () => {
		const w = await setUp();
		await w.commit("a", 1);
		const s1 = await w.build();
		await w.commit("a", 2);
		const s2 = await w.build();
		// A build under way (watermark fixed, one chunk written) when the rollback happens.
		await w.commit("b", 1);
		const running = (await requestSnapshot(createDb(env.DB), w.project, "test")).snapshot.id;
		const handOver = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue;
		const step = { DB: env.DB, JOBS: env.JOBS, EVENTS_HUB: env.EVENTS_HUB, BUILDS: handOver };
		expect(await buildSnapshot(step, running, { chunkSize: 1, budgetMs: 0 })).toBe("continues");
		expect((await w.promote(s1)).status).toBe(200);
		expect(await buildSnapshot(env, running)).toBe("published");
		expect(await w.latest()).toBe(s1);

		const s3 = await w.build();
		expect(await w.latest()).toBe(s3);
		const entity = await call("GET", `/api/v1/projects/${w.project}/snapshots/latest/entities/a`);
		expect(entity.json.data).toEqual({ v: 2 });
		expect(await published(w.project)).toEqual([
			[s1, "build"],
			[s2, "build"],
			[s1, "promote"],
			[running, "build"],
			[s3, "build"],
		]);
	});
});

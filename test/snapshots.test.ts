import {
	createExecutionContext,
	createMessageBatch,
	createScheduledController,
	waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../src/db/client";
import worker from "../src/index";
import { SWEEP_AFTER_MS } from "../src/modules/events/outbox";
import { buildSnapshot } from "../src/modules/snapshots/snapshot-build";
import { requestSnapshot } from "../src/modules/snapshots/snapshots.service";
import { call, createKey, createProject, expectProblem, recordingBatch } from "./helpers";

const note = { json_schema: { type: "object", properties: { title: { type: "string" } } } };

/** A project with schemas `note` and `post`, and a key that may do everything in it. */
async function setUp() {
	const project = await createProject();
	const { key } = await createKey(project, {
		scopes: ["content.write", "schema.manage", "snapshot.manage"],
	});
	for (const schema of ["note", "post"]) {
		const res = await call("PUT", `/api/v1/admin/projects/${project}/schemas/${schema}`, {
			token: key,
			body: note,
		});
		expect(res.status).toBe(201);
	}
	const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
	const read = (path: string) => `/api/v1/projects/${project}/snapshots${path}`;
	const commit = async (slug: string, title: string, schema = "note") => {
		const res = await call("PUT", admin(`/entities/${slug}`), {
			token: key,
			body: { schema, mode: "commit", message: title, data: { title } },
		});
		expect(res.status, res.text).toBeLessThan(300);
		return res.json.revision as number;
	};
	const draft = (slug: string, title: string) =>
		call("PUT", admin(`/entities/${slug}`), { token: key, body: { schema: "note", data: { title } } });
	const regenerate = async () => {
		const res = await call("POST", admin("/snapshots/regenerate"), { token: key });
		expect(res.status, res.text).toBe(202);
		expect(res.headers.get("Location")).toBe(admin(`/snapshots/${res.json.id}`));
		return res.json.id as string;
	};
	const published = async (id: string) => {
		let snapshot: any;
		await vi.waitFor(
			async () => {
				snapshot = (await call("GET", admin(`/snapshots/${id}`), { token: key })).json;
				expect(snapshot.status).toBe("published");
			},
			{ timeout: 10_000, interval: 100 },
		);
		return snapshot;
	};
	/** Every entity of a snapshot, following cursors with a small page. */
	const all = async (ref: string) => {
		const out: any[] = [];
		let cursor: string | null = null;
		do {
			const q: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
			const res = await call("GET", read(`/${ref}/entities${q}`), { token: key });
			expect(res.status, res.text).toBe(200);
			out.push(...res.json.data);
			cursor = res.json.next_cursor;
		} while (cursor);
		return out;
	};
	return { project, key, admin, read, commit, draft, regenerate, published, all };
}

type World = Awaited<ReturnType<typeof setUp>>;

/** A queue that only records what is sent, so a test drives builds itself. */
function recordingQueue() {
	const sent: unknown[] = [];
	const queue = {
		send: async (body: unknown) => void sent.push(body),
		sendBatch: async (messages: { body: unknown }[]) => void sent.push(...messages.map((m) => m.body)),
	} as unknown as Queue;
	return { sent, queue };
}

async function manifest(snapshotId: string) {
	const { results } = await env.DB.prepare(
		"SELECT slug, revision FROM snapshot_entries WHERE snapshot_id = ? ORDER BY slug",
	)
		.bind(snapshotId)
		.all<{ slug: string; revision: number }>();
	return results;
}

async function publishedEvents(snapshotId: string) {
	const { results } = await env.DB.prepare(
		"SELECT payload FROM outbox_events WHERE type = 'snapshot.published' AND json_extract(payload, '$.data.snapshot.id') = ?",
	)
		.bind(snapshotId)
		.all<{ payload: string }>();
	return results.map((r) => JSON.parse(r.payload));
}

describe("building and publishing", () => {
	let w: World;
	beforeAll(async () => {
		w = await setUp();
		for (const slug of ["a", "b", "c", "d", "e", "f", "g"]) await w.commit(slug, `title ${slug}`);
		await w.draft("draft-only", "never published");
		await w.commit("modified", "committed text");
		await w.draft("modified", "draft text on top");
		await w.commit("gone", "to be deleted");
		expect((await call("DELETE", w.admin("/entities/gone"), { token: w.key })).status).toBe(200);
	});

	it("publishes committed, non-deleted entities across several chunks and moves latest", async () => {
		const dry = await call("POST", w.admin("/snapshots/regenerate?dry_run=true"), { token: w.key });
		expect(dry.status).toBe(200);
		expect(dry.json).toEqual({ dry_run: true, valid: true, entity_count: 8 });
		expect(dry.headers.get("Content-Type")).toBe("application/vnd.folio.dry-run+json");

		const id = await w.regenerate();
		const snapshot = await w.published(id);
		expect(snapshot).toMatchObject({
			id,
			entity_count: 8,
			content_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
		});

		const entities = await w.all("latest");
		expect(entities.map((e) => e.slug)).toEqual(["a", "b", "c", "d", "e", "f", "g", "modified"]);
		expect(entities.find((e) => e.slug === "modified")).toMatchObject({
			schema: "note",
			data: { title: "committed text" },
		});
		expect(await w.all(id)).toEqual(entities);

		const latest = await call("GET", w.read("/latest"), { token: w.key });
		expect(latest.json).toEqual({
			id,
			entity_count: 8,
			content_hash: snapshot.content_hash,
			published_at: snapshot.published_at,
		});
		const [event] = await publishedEvents(id);
		expect(event).toMatchObject({
			type: "snapshot.published",
			project: w.project,
			data: { snapshot: { id, entity_count: 8, content_hash: snapshot.content_hash } },
		});
	});

	it("serves one entity with ETag and Cache-Control, and 304 for a matching If-None-Match", async () => {
		const id = (await call("GET", w.read("/latest"), { token: w.key })).json.id;
		const byId = await call("GET", w.read(`/${id}/entities/a`), { token: w.key });
		expect(byId.status).toBe(200);
		expect(byId.json).toEqual({ slug: "a", schema: "note", revision: 1, data: { title: "title a" } });
		expect(byId.headers.get("ETag")).toBe('"1"');
		expect(byId.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");

		const viaLatest = await call("GET", w.read("/latest/entities/a"), { token: w.key });
		expect(viaLatest.headers.get("Cache-Control")).toBe("public, max-age=5");

		for (const path of [`/${id}/entities/a`, "/latest/entities/a", `/${id}/entities?limit=2`, "/latest"]) {
			const first = await call("GET", w.read(path), { token: w.key });
			const etag = first.headers.get("ETag") as string;
			const again = await call("GET", w.read(path), {
				token: w.key,
				headers: { "If-None-Match": `W/${etag}, "x"` },
			});
			expect({ path, status: again.status, body: again.text }).toEqual({ path, status: 304, body: "" });
			expect(again.headers.get("ETag")).toBe(etag);
			const stale = await call("GET", w.read(path), {
				token: w.key,
				headers: { "If-None-Match": '"other"' },
			});
			expect(stale.status).toBe(200);
		}
	});

	it("never shows drafts or later commits, and filters by schema", async () => {
		const before = (await call("GET", w.read("/latest"), { token: w.key })).json.id;
		await w.commit("a", "changed after the build");
		await w.commit("new-post", "a post", "post");
		expectProblem(
			await call("GET", w.read(`/${before}/entities/draft-only`), { token: w.key }),
			404,
			"entity_not_found",
		);
		expectProblem(
			await call("GET", w.read(`/${before}/entities/gone`), { token: w.key }),
			404,
			"entity_not_found",
		);
		expect((await call("GET", w.read(`/${before}/entities/a`), { token: w.key })).json.data).toEqual({
			title: "title a",
		});

		const next = await w.published(await w.regenerate());
		expect((await call("GET", w.read("/latest/entities/a"), { token: w.key })).json).toMatchObject({
			revision: 2,
			data: { title: "changed after the build" },
		});
		const posts = await call("GET", w.read("/latest/entities?schema=post"), { token: w.key });
		expect(posts.json.data.map((e: any) => e.slug)).toEqual(["new-post"]);
		expect(next.content_hash).not.toBe(
			(await call("GET", w.admin(`/snapshots/${before}`), { token: w.key })).json.content_hash,
		);
	});

	it("gives identical content the same hash, whatever the revision numbers or the project", async () => {
		const again = await w.published(await w.regenerate());
		const snapshots = (await call("GET", w.admin("/snapshots"), { token: w.key })).json.data;
		expect(snapshots[0].id).toBe(again.id);
		expect(snapshots[1].content_hash).toBe(again.content_hash);

		// Another project, reaching the same content by another path (more revisions, other order).
		const twin = await setUp();
		await twin.commit("new-post", "draft of a post", "post");
		await twin.commit("new-post", "a post", "post");
		for (const slug of ["modified", "g", "f", "e", "d", "c", "b"]) {
			await twin.commit(slug, slug === "modified" ? "committed text" : `title ${slug}`);
		}
		await twin.commit("a", "changed after the build");
		const copy = await twin.published(await twin.regenerate());
		expect(copy.content_hash).toBe(again.content_hash);
	});
});

describe("regenerate requests", () => {
	it("share the rebuild that is queued and not started", async () => {
		const w = await setUp();
		await w.commit("only", "one");
		const { snapshot } = await requestSnapshot(createDb(env.DB), w.project, "test");
		const calls = await Promise.all(
			Array.from({ length: 5 }, () =>
				call("POST", w.admin("/snapshots/regenerate"), { token: w.key, body: {} }),
			),
		);
		expect(calls.map((c) => [c.status, c.json.id, c.json.status])).toEqual(
			Array.from({ length: 5 }, () => [202, snapshot.id, "queued"]),
		);
		const count = await env.DB.prepare("SELECT count(*) AS n FROM snapshots WHERE project_id = ?")
			.bind(w.project)
			.first<{ n: number }>();
		expect(count?.n).toBe(1);
		// Nothing sent a message for it (the service was called directly), so build it here.
		expect(await buildSnapshot(env, snapshot.id)).toBe("published");
		const after = await w.regenerate();
		expect(after).not.toBe(snapshot.id);
		await w.published(after);
	});

	it("are sent again by the cron sweep when the job message was lost", async () => {
		const w = await setUp();
		const { snapshot } = await requestSnapshot(createDb(env.DB), w.project, "test");
		const builds = recordingQueue();
		const sweep = async () => {
			const ctx = createExecutionContext();
			await worker.scheduled(createScheduledController(), { ...env, BUILDS: builds.queue }, ctx);
			await waitOnExecutionContext(ctx);
		};
		await sweep();
		expect(builds.sent).not.toContainEqual(expect.objectContaining({ snapshot_id: snapshot.id }));
		vi.useFakeTimers({ toFake: ["Date"] });
		try {
			vi.setSystemTime(Date.now() + SWEEP_AFTER_MS + 1000);
			await sweep();
		} finally {
			vi.useRealTimers();
		}
		expect(builds.sent).toContainEqual({ v: 1, kind: "snapshot", snapshot_id: snapshot.id });
		expect(await buildSnapshot(env, snapshot.id)).toBe("published");
	});

	it("refuse what they cannot do, and changes nothing", async () => {
		const w = await setUp();
		const reader = (await createKey(w.project, { scopes: ["content.read"] })).key;
		expectProblem(
			await call("POST", w.admin("/snapshots/regenerate"), { token: reader }),
			403,
			"missing_scope",
		);
		const regenerate = w.admin("/snapshots/regenerate");
		const json = { "Content-Type": "application/json" };
		expectProblem(
			await call("POST", regenerate, { token: w.key, raw: "{", headers: json }),
			400,
			"malformed_json",
		);
		expectProblem(
			await call("POST", regenerate, { token: w.key, raw: "m", headers: { "Content-Type": "text/plain" } }),
			415,
			"unsupported_media_type",
		);
		expectProblem(
			await call("POST", w.admin("/snapshots/regenerate"), { token: w.key, body: { message: 7 } }),
			422,
			"validation_failed",
		);
		expectProblem(
			await call("POST", w.admin("/snapshots/regenerate"), { token: w.key, body: { extra: true } }),
			422,
			"validation_failed",
		);
		expectProblem(
			await call("GET", w.admin("/snapshots/snap_00000000AAAAAAAAAAAAAAAA"), { token: w.key }),
			404,
			"snapshot_not_found",
		);
		expectProblem(await call("GET", w.admin("/snapshots/nope"), { token: w.key }), 422, "validation_failed");
		expectProblem(await call("GET", w.read("/latest"), { token: reader }), 404, "snapshot_not_found");
		expectProblem(
			await call("GET", w.read("/latest/entities/x"), { token: reader }),
			404,
			"snapshot_not_found",
		);
		expectProblem(
			await call("GET", w.read("/snap_00000000AAAAAAAAAAAAAAAA/entities"), { token: reader }),
			404,
			"snapshot_not_found",
		);
		const count = await env.DB.prepare("SELECT count(*) AS n FROM snapshots WHERE project_id = ?")
			.bind(w.project)
			.first<{ n: number }>();
		expect(count?.n).toBe(0);
	});
});

describe("read access", () => {
	it("lets read and write keys read, limits schema-bound keys, and keeps read keys out of admin routes", async () => {
		const w = await setUp();
		await w.commit("n1", "note");
		await w.commit("p1", "post", "post");
		await w.published(await w.regenerate());
		const reader = (await createKey(w.project, { scopes: ["content.read"] })).key;
		const writer = (await createKey(w.project, { scopes: ["content.write"] })).key;
		const postsOnly = (await createKey(w.project, { scopes: ["content.read"], schemas: ["post"] })).key;
		for (const token of [reader, writer]) {
			expect((await call("GET", w.read("/latest/entities/n1"), { token })).status).toBe(200);
		}
		expectProblem(await call("GET", w.admin("/snapshots"), { token: reader }), 403, "missing_scope");
		expectProblem(
			await call("GET", w.read("/latest/entities/n1"), { token: postsOnly }),
			404,
			"entity_not_found",
		);
		const list = await call("GET", w.read("/latest/entities"), { token: postsOnly });
		expect(list.json.data.map((e: any) => e.slug)).toEqual(["p1"]);
		expect(list.headers.get("Vary")).toBe("Authorization");
		const other = await createProject();
		expectProblem(
			await call("GET", `/api/v1/projects/${other}/snapshots/latest`, { token: reader }),
			403,
			"forbidden_project",
		);
	});
});

describe("read API refusals", () => {
	it("answers malformed references, queries and cursors with 422 or 400, and a foreign key with 401", async () => {
		const w = await setUp();
		await w.commit("n1", "note");
		await w.published(await w.regenerate());
		const reader = (await createKey(w.project, { scopes: ["content.read"] })).key;
		const get = (path: string, token: string | null = reader) => call("GET", w.read(path), { token });
		const invalid = expectProblem(await get("/not-a-snapshot/entities"), 422, "validation_failed");
		expect(invalid.errors[0].parameter).toBe("snapshot");
		expectProblem(await get("/latest/entities/Not%20A%20Slug"), 422, "validation_failed");
		expectProblem(await get("/latest/entities?limit=0"), 422, "validation_failed");
		expectProblem(await get("/latest/entities?schema=BAD!"), 422, "validation_failed");
		expectProblem(await get("/latest/entities?cursor=%%%"), 400, "invalid_cursor");
		expectProblem(await get("/latest/entities/n1", null), 401, "unauthenticated");
		expectProblem(await get("/latest/entities/n1", "folio_notakey"), 401, "invalid_api_key");
	});
});

describe("a build interrupted, repeated or failing", () => {
	it("resumes where it stopped, never publishes part of a snapshot, and ignores commits made meanwhile", async () => {
		const w = await setUp();
		for (const slug of ["a", "b", "c", "d", "e", "f", "g", "h"]) await w.commit(slug, slug);
		const { snapshot } = await requestSnapshot(createDb(env.DB), w.project, "test");
		const builds = recordingQueue();
		const step = { DB: env.DB, JOBS: env.JOBS, EVENTS_HUB: env.EVENTS_HUB, BUILDS: builds.queue };

		// One chunk, then the invocation hands over (as it does when its time budget runs out).
		expect(await buildSnapshot(step, snapshot.id, { chunkSize: 3, budgetMs: 0 })).toBe("continues");
		expect(builds.sent).toEqual([{ v: 1, kind: "snapshot", snapshot_id: snapshot.id }]);
		expect(await manifest(snapshot.id)).toHaveLength(3);
		expectProblem(await call("GET", w.read("/latest"), { token: w.key }), 404, "snapshot_not_found");
		expectProblem(
			await call("GET", w.read(`/${snapshot.id}/entities`), { token: w.key }),
			404,
			"snapshot_not_found",
		);

		// Written after the build started: not part of it.
		await w.commit("g", "later");
		await w.commit("zz", "created later");

		// The same message delivered twice at once: both invocations work on the one build.
		const outcomes = await Promise.all([
			buildSnapshot(step, snapshot.id, { chunkSize: 3 }),
			buildSnapshot(step, snapshot.id, { chunkSize: 3 }),
		]);
		expect(outcomes.sort()).toEqual(["not-building", "published"]);
		const rows = await manifest(snapshot.id);
		expect(rows.map((r) => r.slug)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
		expect(rows.find((r) => r.slug === "g")?.revision).toBe(1);
		expect(await publishedEvents(snapshot.id)).toHaveLength(1);
		const done = (await call("GET", w.admin(`/snapshots/${snapshot.id}`), { token: w.key })).json;
		expect(done).toMatchObject({ status: "published", entity_count: 8 });

		// The same content built in one go hashes the same.
		await w.commit("g", "g");
		expect((await call("DELETE", w.admin("/entities/zz"), { token: w.key })).status).toBe(200);
		const whole = await w.published(await w.regenerate());
		expect(whole.content_hash).toBe(done.content_hash);
		expect(await buildSnapshot(step, snapshot.id)).toBe("not-building");
	});

	it("retries a failing build with backoff, then marks it failed with a notification", async () => {
		const w = await setUp();
		await w.commit("x", "x");
		const { snapshot } = await requestSnapshot(createDb(env.DB), w.project, "test");
		const run = async (attempts: number) => {
			const { batch, acked, retried } = recordingBatch("folio-builds", [
				{ id: `m${attempts}`, attempts, body: { v: 1, kind: "snapshot", snapshot_id: snapshot.id } },
			]);
			await worker.queue(batch, env, createExecutionContext());
			return { acked, retried };
		};
		vi.spyOn(console, "error").mockImplementation(() => {});
		await env.DB.exec("ALTER TABLE snapshot_entries RENAME TO snapshot_entries_away");
		try {
			expect(await run(1)).toEqual({ acked: [], retried: [{ id: "m1", delaySeconds: 5 }] });
			expect(await run(3)).toEqual({ acked: [], retried: [{ id: "m3", delaySeconds: 20 }] });
			expect((await call("GET", w.admin(`/snapshots/${snapshot.id}`), { token: w.key })).json.status).toBe(
				"building",
			);
			expect(await run(6)).toEqual({ acked: ["m6"], retried: [] });
		} finally {
			await env.DB.exec("ALTER TABLE snapshot_entries_away RENAME TO snapshot_entries");
		}
		const failed = (await call("GET", w.admin(`/snapshots/${snapshot.id}`), { token: w.key })).json;
		expect(failed).toMatchObject({ status: "failed", error: expect.stringContaining("snapshot_entries") });
		const { results } = await env.DB.prepare("SELECT type, subject FROM notifications WHERE project_id = ?")
			.bind(w.project)
			.all();
		expect(results).toEqual([{ type: "snapshot.failed", subject: snapshot.id }]);
		// A dead letter for the same build changes nothing more.
		const batch = createMessageBatch("folio-builds-dlq", [
			{
				id: "d1",
				timestamp: new Date(),
				attempts: 1,
				body: { v: 1, kind: "snapshot", snapshot_id: snapshot.id },
			},
		]);
		await worker.queue(batch, env, createExecutionContext());
		expect(
			(
				await env.DB.prepare("SELECT count(*) AS n FROM notifications WHERE project_id = ?")
					.bind(w.project)
					.first()
			)?.n,
		).toBe(1);
		expectProblem(await call("GET", w.read("/latest"), { token: w.key }), 404, "snapshot_not_found");
	});
});

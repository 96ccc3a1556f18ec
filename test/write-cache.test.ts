// The isolate's entity cache lets a write skip its read; these tests change D1 behind its back
// (as another isolate, a schema change elsewhere or a restored database would) and check that
// every write still lands on D1's real state and leaves no stray row.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createKey, createProject, expectProblem } from "./helpers";

let project: string;
let key: string;
const url = (path = "") => `/api/v1/admin/projects/${project}/entities${path}`;
const as = (body?: unknown, headers?: Record<string, string>) => ({ token: key, body, headers });
const schema = (required: string[]) => ({
	json_schema: { type: "object", required, properties: { title: { type: "string" } } },
});

/** Another isolate's update: a new revision and the head moved to it, straight in D1. */
async function writeElsewhere(slug: string, title: string) {
	const head = await env.DB.prepare("SELECT revision FROM entities WHERE project_id = ? AND slug = ?")
		.bind(project, slug)
		.first<{ revision: number }>();
	const next = (head?.revision ?? 0) + 1;
	await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, message, author, created_at)
			 VALUES (?, ?, ?, 'commit', 'note', 1, ?, 'elsewhere', 'other', ?)`,
		).bind(project, slug, next, JSON.stringify({ title }), new Date().toISOString()),
		env.DB.prepare(
			"UPDATE entities SET revision = ?, committed_revision = ?, draft_revision = NULL, status = 'committed' WHERE project_id = ? AND slug = ?",
		).bind(next, next, project, slug),
	]);
	return next;
}

async function revisionsOf(slug: string) {
	const { results } = await env.DB.prepare(
		"SELECT revision FROM entity_revisions WHERE project_id = ? AND slug = ? ORDER BY revision",
	)
		.bind(project, slug)
		.all<{ revision: number }>();
	return results.map((r) => r.revision);
}

const commit = (title: string) => as({ schema: "note", mode: "commit", message: title, data: { title } });

beforeAll(async () => {
	project = await createProject();
	key = (await createKey(project, { scopes: ["content.write", "schema.manage"] })).key;
	expect((await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, as(schema([])))).status).toBe(
		201,
	);
});

describe("writes planned from the isolate's cache", () => {
	it("build on a revision written elsewhere instead of overwriting it", async () => {
		expect((await call("PUT", url("/moved"), commit("mine"))).json.revision).toBe(1);
		expect(await writeElsewhere("moved", "theirs")).toBe(2);

		const res = await call("PUT", url("/moved"), commit("mine again"));
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({ revision: 3, committed: { data: { title: "mine again" } } });
		expect(await revisionsOf("moved")).toEqual([1, 2, 3]);
	});

	it("refuse with D1's revision when If-Match names the one the cache remembers", async () => {
		await call("PUT", url("/guarded"), commit("v1"));
		await writeElsewhere("guarded", "theirs");
		const res = await call("PUT", url("/guarded"), { ...commit("late"), headers: { "If-Match": '"1"' } });
		expect(expectProblem(res, 412, "version_conflict").current_revision).toBe(2);
		expect(await revisionsOf("guarded")).toEqual([1, 2]);
	});

	it("validate against a schema version published elsewhere", async () => {
		await call("PUT", url("/strict"), commit("ok"));
		// Version 2 of the schema, published by another isolate, requires `summary`.
		await env.DB.batch([
			env.DB.prepare(
				"INSERT INTO schema_versions (project_id, schema_id, version, title, json_schema, created_at) VALUES (?, 'note', 2, NULL, ?, ?)",
			).bind(project, JSON.stringify(schema(["summary"]).json_schema), new Date().toISOString()),
			env.DB.prepare("UPDATE schemas SET version = 2 WHERE project_id = ? AND id = 'note'").bind(project),
		]);
		try {
			const res = await call("PUT", url("/strict"), commit("no summary"));
			expect(expectProblem(res, 422, "validation_failed").errors[0].pointer).toBe("/data");
			expect(await revisionsOf("strict")).toEqual([1]);
		} finally {
			await env.DB.batch([
				env.DB.prepare("UPDATE schemas SET version = 1 WHERE project_id = ? AND id = 'note'").bind(project),
				env.DB.prepare("DELETE FROM schema_versions WHERE project_id = ? AND version = 2").bind(project),
			]);
		}
	});

	it("start over when the entity vanished from D1 (a restored database) and leave no stray row", async () => {
		await call("PUT", url("/restored"), commit("before"));
		await call("PUT", url("/restored"), commit("before, again"));
		await env.DB.batch([
			env.DB.prepare("DELETE FROM entity_revisions WHERE project_id = ? AND slug = 'restored'").bind(project),
			env.DB.prepare("DELETE FROM entities WHERE project_id = ? AND slug = 'restored'").bind(project),
		]);
		const res = await call("PUT", url("/restored"), commit("after"));
		expect(res.status).toBe(201);
		expect(res.json.revision).toBe(1);
		expect(await revisionsOf("restored")).toEqual([1]);
	});

	it("do not refuse a creation because of a deletion the cache has not seen", async () => {
		await call("POST", url(), as({ schema: "note", slug: "reborn", data: { title: "a" } }));
		// Deleted elsewhere: a tombstone revision and head.
		await env.DB.batch([
			env.DB.prepare(
				`INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, message, author, created_at)
				 VALUES (?, 'reborn', 2, 'delete', 'note', 1, NULL, NULL, 'other', ?)`,
			).bind(project, new Date().toISOString()),
			env.DB.prepare(
				"UPDATE entities SET revision = 2, draft_revision = NULL, committed_revision = NULL, status = 'deleted' WHERE project_id = ? AND slug = 'reborn'",
			).bind(project),
		]);
		const res = await call("POST", url(), as({ schema: "note", slug: "reborn", data: { title: "b" } }));
		expect(res.status).toBe(201);
		expect(res.json).toMatchObject({ revision: 3, status: "draft" });
	});
});

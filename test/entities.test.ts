import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, type BodyFor, expectStatus } from "./api";
import { call, createKey, createProject, expectProblem, rowCounts } from "./helpers";

let project: string;
let key: string;
const article = {
	type: "object",
	required: ["title"],
	additionalProperties: false,
	properties: { title: { type: "string", minLength: 1 }, body: { type: "string" } },
};

const url = (path = "") => `/api/v1/admin/projects/${project}/entities${path}`;
const as = (body?: unknown, headers?: Record<string, string>) => ({ token: key, body, headers });
/** Typed calls name the entity by its path parameters; `as` above serves the untyped ones. */
const one = (slug: string, headers?: Record<string, string>) => ({
	path: { project, slug },
	token: key,
	headers,
});
const list = (query: {
	schema?: string;
	status?: "draft" | "committed" | "modified";
	limit?: number;
	cursor?: string;
}) => api.get("/api/v1/admin/projects/{project}/entities", { path: { project }, token: key, query });

async function events(slug: string) {
	const { results } = await env.DB.prepare(
		"SELECT type, payload FROM outbox_events WHERE project_id = ? AND json_extract(payload, '$.data.entity.slug') = ? ORDER BY created_at",
	)
		.bind(project, slug)
		.all<{ type: string; payload: string }>();
	return results.map((r) => ({ type: r.type, payload: JSON.parse(r.payload) }));
}

beforeAll(async () => {
	project = await createProject();
	key = (await createKey(project, { scopes: ["content.write", "schema.manage"] })).key;
	const res = await api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
		path: { project, schema: "article" },
		token: key,
		body: { json_schema: article },
	});
	expectStatus(res, 201);
});

describe("drafts and commits", () => {
	it("creates a draft with Location and ETag, then commits it with an event", async () => {
		const created = await api.post("/api/v1/admin/projects/{project}/entities", {
			path: { project },
			token: key,
			body: { schema: "article", slug: "hello", data: { title: "Hi" } },
		});
		expect(expectStatus(created, 201)).toMatchObject({
			slug: "hello",
			status: "draft",
			revision: 1,
			committed: null,
			draft: { data: { title: "Hi" } },
		});
		expect(created.headers.get("Location")).toBe(url("/hello"));
		expect(created.headers.get("ETag")).toBe('"1"');
		expect(await events("hello")).toEqual([]);

		const committed = await api.post("/api/v1/admin/projects/{project}/entities/{slug}/commit", {
			...one("hello"),
			body: { message: "First" },
		});
		expect(expectStatus(committed, 200)).toMatchObject({
			status: "committed",
			revision: 2,
			draft: null,
			committed: { revision: 2, message: "First", data: { title: "Hi" } },
		});
		const [event] = await events("hello");
		expect(event?.type).toBe("entity.committed");
		expect(event?.payload).toMatchObject({
			type: "entity.committed",
			project,
			data: { entity: { slug: "hello", revision: 2, message: "First", data: { title: "Hi" } } },
		});

		const fetched = await api.get("/api/v1/admin/projects/{project}/entities/{slug}", one("hello"));
		expect(fetched.headers.get("ETag")).toBe('"2"');
		const notModified = await api.get(
			"/api/v1/admin/projects/{project}/entities/{slug}",
			one("hello", { "If-None-Match": '"2"' }),
		);
		expectStatus(notModified, 304);
	});

	it("generates a slug when none is given, one the entity is then found by", async () => {
		const created = await api.post("/api/v1/admin/projects/{project}/entities", {
			path: { project },
			token: key,
			body: { schema: "article", data: { title: "x" } },
		});
		const { slug } = expectStatus(created, 201);
		expect(slug).toMatch(/^[a-z0-9][a-z0-9._-]{0,127}$/);
		expect(created.headers.get("Location")).toBe(url(`/${slug}`));
		const found = await api.get("/api/v1/admin/projects/{project}/entities/{slug}", one(slug));
		expect(expectStatus(found, 200)).toMatchObject({ slug, draft: { data: { title: "x" } } });
	});

	it("PUT creates (201), updates a committed entity as a draft (modified), and commits at once", async () => {
		const put = (body: BodyFor<"/api/v1/admin/projects/{project}/entities/{slug}", "put">) =>
			api.put("/api/v1/admin/projects/{project}/entities/{slug}", { ...one("put-me"), body });
		expectStatus(await put({ schema: "article", data: { title: "v1" }, mode: "commit", message: "m1" }), 201);
		const draft = await put({ data: { title: "v2" } });
		expect(expectStatus(draft, 200)).toMatchObject({
			status: "modified",
			revision: 2,
			committed: { data: { title: "v1" } },
			draft: { data: { title: "v2" } },
		});
		const commit = await put({ data: { title: "v3" }, mode: "commit", message: "m3" });
		expect(expectStatus(commit, 200)).toMatchObject({
			status: "committed",
			revision: 3,
			draft: null,
			committed: { data: { title: "v3" } },
		});
		expect((await events("put-me")).map((e) => e.payload.data.entity.revision)).toEqual([1, 3]);
		const history = (query: { limit?: number; cursor?: string }) =>
			api.get("/api/v1/admin/projects/{project}/entities/{slug}/revisions", { ...one("put-me"), query });
		const revisions = expectStatus(await history({}), 200);
		expect(revisions.data.map((r) => [r.revision, r.kind])).toEqual([
			[3, "commit"],
			[2, "draft"],
			[1, "commit"],
		]);
		const page = expectStatus(await history({ limit: 2 }), 200);
		const rest = expectStatus(await history({ limit: 2, cursor: page.next_cursor ?? undefined }), 200);
		expect(rest.data.map((r) => r.revision)).toEqual([1]);
	});

	it("requires a message for mode commit, and a schema to create", async () => {
		const noMessage = await call(
			"PUT",
			url("/m"),
			as({ schema: "article", data: { title: "x" }, mode: "commit" }),
		);
		expect(expectProblem(noMessage, 422, "validation_failed").errors[0].pointer).toBe("/message");
		const noSchema = await call("PUT", url("/m"), as({ data: { title: "x" } }));
		expect(expectProblem(noSchema, 422, "validation_failed").errors[0].pointer).toBe("/schema");
	});

	it("lists with schema and status filters and pages by slug", async () => {
		for (const slug of ["list-a", "list-b", "list-c"]) {
			const body = { schema: "article", data: { title: slug }, mode: "commit" as const, message: "m" };
			expectStatus(
				await api.put("/api/v1/admin/projects/{project}/entities/{slug}", { ...one(slug), body }),
				201,
			);
		}
		const committed = expectStatus(await list({ status: "committed", limit: 500 }), 200);
		expect(committed.data.map((e) => e.slug)).toEqual(expect.arrayContaining(["list-a", "list-b", "list-c"]));
		expect(committed.data.every((e) => e.status === "committed")).toBe(true);
		const first = expectStatus(await list({ schema: "article", limit: 1 }), 200);
		const second = expectStatus(
			await list({ schema: "article", limit: 1, cursor: first.next_cursor ?? undefined }),
			200,
		);
		expect((second.data[0]?.slug ?? "") > (first.data[0]?.slug ?? "")).toBe(true);
		expect(expectStatus(await list({ schema: "none" }), 200).data).toEqual([]);
		expectProblem(await call("GET", url("?status=gone"), as()), 422, "validation_failed");
	});
});

describe("refusals", () => {
	it("refuses an unknown schema with 422 pointing at /schema", async () => {
		const res = await call("POST", url(), as({ schema: "nope", data: {} }));
		expect(expectProblem(res, 422, "unknown_schema").errors).toEqual([
			expect.objectContaining({ pointer: "/schema" }),
		]);
	});

	it("refuses invalid data with pointers into the body and writes nothing", async () => {
		const before = await rowCounts();
		const res = await call(
			"POST",
			url(),
			as({ schema: "article", slug: "bad", data: { title: "", extra: 1 } }),
		);
		const problem = expectProblem(res, 422, "validation_failed");
		expect(problem.errors.map((e: any) => e.pointer).sort()).toEqual(["/data/extra", "/data/title"]);
		expect(await rowCounts()).toEqual(before);
	});

	it("refuses a taken slug with 409 slug_taken", async () => {
		await call("POST", url(), as({ schema: "article", slug: "taken", data: { title: "x" } }));
		const again = await call("POST", url(), as({ schema: "article", slug: "taken", data: { title: "y" } }));
		expectProblem(again, 409, "slug_taken");
	});

	it("refuses a commit without a draft with 409 nothing_to_commit, and unknown entities with 404", async () => {
		await call(
			"PUT",
			url("/clean"),
			as({ schema: "article", data: { title: "x" }, mode: "commit", message: "m" }),
		);
		expectProblem(
			await call("POST", url("/clean/commit"), as({ message: "again" })),
			409,
			"nothing_to_commit",
		);
		expectProblem(await call("POST", url("/ghost/commit"), as({ message: "m" })), 404, "entity_not_found");
		expectProblem(await call("GET", url("/ghost"), as()), 404, "entity_not_found");
		expectProblem(await call("DELETE", url("/ghost"), as()), 404, "entity_not_found");
		expectProblem(await call("GET", url("/ghost/revisions"), as()), 404, "entity_not_found");
	});

	it("refuses a cursor it did not issue with 400 and a bad limit with 422", async () => {
		// Damaged copies of real cursors: the tests need not know how a cursor is made.
		const { next_cursor: cursor } = expectStatus(await list({ limit: 1 }), 200);
		expect(cursor).toEqual(expect.any(String));
		for (const damaged of [`${cursor}~`, cursor?.slice(0, -2), cursor?.slice(1)]) {
			expectProblem(await list({ limit: 1, cursor: damaged }), 400, "invalid_cursor");
		}
		const revisions = (cursor?: string) =>
			api.get("/api/v1/admin/projects/{project}/entities/{slug}/revisions", {
				...one("put-me"),
				query: { limit: 1, cursor },
			});
		const history = expectStatus(await revisions(), 200);
		expectProblem(await revisions(history.next_cursor?.slice(0, -2)), 400, "invalid_cursor");
		expectProblem(await call("GET", url("?limit=501"), as()), 422, "validation_failed");
	});

	it("refuses a bad slug with 422 naming the parameter", async () => {
		const res = await call("PUT", url("/Bad%20Slug"), as({ schema: "article", data: { title: "x" } }));
		expect(expectProblem(res, 422, "validation_failed").errors[0]).toMatchObject({ parameter: "slug" });
	});

	it("enforces If-Match with 412 and the current revision, and If-None-Match: * as create-only", async () => {
		await call("PUT", url("/guarded"), as({ schema: "article", data: { title: "a" } }));
		const stale = await call("PUT", url("/guarded"), as({ data: { title: "b" } }, { "If-Match": '"7"' }));
		expect(expectProblem(stale, 412, "version_conflict").current_revision).toBe(1);
		const fresh = await call("PUT", url("/guarded"), as({ data: { title: "b" } }, { "If-Match": '"1"' }));
		expect(fresh.status).toBe(200);
		const createOnly = await call(
			"PUT",
			url("/guarded"),
			as({ data: { title: "c" } }, { "If-None-Match": "*" }),
		);
		expect(expectProblem(createOnly, 412, "version_conflict").current_revision).toBe(2);
		expect(
			(
				await call(
					"PUT",
					url("/brand-new"),
					as({ schema: "article", data: { title: "c" } }, { "If-None-Match": "*" }),
				)
			).status,
		).toBe(201);
		expectProblem(
			await call("POST", url("/guarded/commit"), as({ message: "m" }, { "If-Match": '"1"' })),
			412,
			"version_conflict",
		);
		expectProblem(
			await call("DELETE", url("/guarded"), as(undefined, { "If-Match": '"1"' })),
			412,
			"version_conflict",
		);
		expect((await call("DELETE", url("/guarded"), as(undefined, { "If-Match": '"2"' }))).status).toBe(200);
	});

	it("lets exactly one of two concurrent updates with the same If-Match win", async () => {
		await call(
			"PUT",
			url("/race"),
			as({ schema: "article", data: { title: "0" }, mode: "commit", message: "m" }),
		);
		const attempt = (title: string) =>
			call(
				"PUT",
				url("/race"),
				as({ data: { title }, mode: "commit", message: title }, { "If-Match": '"1"' }),
			);
		const results = await Promise.all([attempt("a"), attempt("b")]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
		const loser = results.find((r) => r.status === 412);
		expect(loser?.json).toMatchObject({ code: "version_conflict", current_revision: 2 });
		expect((await events("race")).length).toBe(2);
	});

	it("serialises concurrent updates without If-Match: none is lost", async () => {
		await call("PUT", url("/busy"), as({ schema: "article", data: { title: "0" } }));
		const results = await Promise.all(
			[1, 2, 3].map((n) =>
				call("PUT", url("/busy"), as({ data: { title: String(n) }, mode: "commit", message: "m" })),
			),
		);
		expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
		expect((await call("GET", url("/busy"), as())).json.revision).toBe(4);
	});
});

describe("deletion", () => {
	it("commits a tombstone with an event; the deleted entity refuses commit and delete; PUT revives it", async () => {
		await call(
			"PUT",
			url("/doomed"),
			as({ schema: "article", data: { title: "x" }, mode: "commit", message: "m" }),
		);
		const deleted = await call("DELETE", url("/doomed"), as({ message: "bye" }));
		expect(deleted.json).toMatchObject({ status: "deleted", revision: 2, committed: null, draft: null });
		expect((await events("doomed")).map((e) => e.type)).toEqual(["entity.committed", "entity.deleted"]);
		expectProblem(await call("DELETE", url("/doomed"), as()), 409, "entity_deleted");
		expectProblem(await call("POST", url("/doomed/commit"), as({ message: "m" })), 404, "entity_not_found");
		expectProblem(
			await call("PUT", url("/doomed"), as({ data: { title: "y" } }, { "If-Match": "*" })),
			412,
			"version_conflict",
		);
		const revived = await call("PUT", url("/doomed"), as({ data: { title: "back" } }));
		expect(revived.status).toBe(201);
		expect(revived.json).toMatchObject({ status: "draft", revision: 3, committed: null });
	});
});

describe("schema-limited keys", () => {
	it("cannot touch entities of other schemas (403)", async () => {
		await call(
			"PUT",
			`/api/v1/admin/projects/${project}/schemas/page`,
			as({ json_schema: { type: "object" } }),
		);
		const limited = (await createKey(project, { scopes: ["content.write"], schemas: ["page"] })).key;
		const opts = (body?: unknown) => ({ token: limited, body });
		expect((await call("PUT", url("/a-page"), opts({ schema: "page", data: {} }))).status).toBe(201);
		expectProblem(
			await call("POST", url(), opts({ schema: "article", data: { title: "x" } })),
			403,
			"schema_forbidden",
		);
		expectProblem(await call("GET", url("/hello"), opts()), 403, "schema_forbidden");
		expectProblem(
			await call("PUT", url("/a-page"), opts({ schema: "article", data: { title: "x" } })),
			403,
			"schema_forbidden",
		);
		const list = await call("GET", url("?limit=500"), opts());
		expect(list.json.data.every((e: any) => e.schema === "page")).toBe(true);
	});
});

import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createKey, createProject, expectProblem, rowCounts } from "./helpers";

let project: string;
let key: string;
const url = (path: string) => `/api/v1/admin/projects/${project}${path}`;
const as = (body?: unknown, headers?: Record<string, string>) => ({ token: key, body, headers });

beforeAll(async () => {
	project = await createProject();
	key = (await createKey(project, { scopes: ["content.write", "schema.manage"] })).key;
	const schema = {
		type: "object",
		required: ["title"],
		properties: { title: { type: "string", minLength: 1 } },
	};
	expect((await call("PUT", url("/schemas/post"), as({ json_schema: schema }))).status).toBe(201);
	expect(
		(
			await call(
				"PUT",
				url("/entities/seed"),
				as({ schema: "post", data: { title: "s" }, mode: "commit", message: "m" }),
			)
		).status,
	).toBe(201);
	expect(
		(await call("PUT", url("/entities/drafty"), as({ schema: "post", data: { title: "d" } }))).status,
	).toBe(201);
});

describe("batch", () => {
	it("applies create, update, commit and delete atomically, in order, with one event per commit and delete", async () => {
		const res = await call(
			"POST",
			url("/batch"),
			as({
				operations: [
					{ op: "create", slug: "b-1", schema: "post", data: { title: "one" } },
					{ op: "commit", slug: "b-1", message: "publish one" },
					{
						op: "update",
						slug: "b-2",
						schema: "post",
						data: { title: "two" },
						mode: "commit",
						message: "two",
					},
					{ op: "update", slug: "b-2", data: { title: "two, edited" } },
					{ op: "delete", slug: "seed", if_match: 1 },
				],
			}),
		);
		expect(res.status).toBe(200);
		expect(
			res.json.results.map((r: any) => [r.index, r.op, r.entity.slug, r.entity.status, r.entity.revision]),
		).toEqual([
			[0, "create", "b-1", "draft", 1],
			[1, "commit", "b-1", "committed", 2],
			[2, "update", "b-2", "committed", 1],
			[3, "update", "b-2", "modified", 2],
			[4, "delete", "seed", "deleted", 2],
		]);
		const { results } = await env.DB.prepare(
			"SELECT type, json_extract(payload, '$.data.entity.slug') AS slug FROM outbox_events WHERE project_id = ? ORDER BY rowid",
		)
			.bind(project)
			.all();
		expect(results.slice(-3)).toEqual([
			{ type: "entity.committed", slug: "b-1" },
			{ type: "entity.committed", slug: "b-2" },
			{ type: "entity.deleted", slug: "seed" },
		]);
	});

	it("writes nothing when one operation fails validation, and names it with a pointer", async () => {
		const before = await rowCounts();
		const res = await call(
			"POST",
			url("/batch"),
			as({
				operations: [
					{ op: "create", slug: "ok-1", schema: "post", data: { title: "fine" } },
					{
						op: "update",
						slug: "ok-2",
						schema: "post",
						data: { title: "fine" },
						mode: "commit",
						message: "m",
					},
					{ op: "create", slug: "bad", schema: "post", data: { title: "" } },
				],
			}),
		);
		const problem = expectProblem(res, 422, "validation_failed");
		expect(problem.operation_index).toBe(2);
		expect(problem.errors).toEqual([expect.objectContaining({ pointer: "/operations/2/data/title" })]);
		expect(await rowCounts()).toEqual(before);
	});

	it("writes nothing when one operation fails a precondition", async () => {
		const before = await rowCounts();
		const conflict = await call(
			"POST",
			url("/batch"),
			as({
				operations: [
					{ op: "create", slug: "pc-1", schema: "post", data: { title: "x" } },
					{ op: "commit", slug: "drafty", message: "m", if_match: 99 },
				],
			}),
		);
		expect(expectProblem(conflict, 412, "version_conflict")).toMatchObject({
			operation_index: 1,
			current_revision: 1,
		});
		const nothing = await call(
			"POST",
			url("/batch"),
			as({ operations: [{ op: "commit", slug: "b-1", message: "m" }] }),
		);
		expect(expectProblem(nothing, 409, "nothing_to_commit").operation_index).toBe(0);
		const taken = await call(
			"POST",
			url("/batch"),
			as({ operations: [{ op: "create", slug: "b-1", schema: "post", data: { title: "x" } }] }),
		);
		expectProblem(taken, 409, "slug_taken");
		expect(await rowCounts()).toEqual(before);
	});

	it("refuses malformed batches with pointers: unknown op, missing fields, over 100 operations", async () => {
		const bad = await call(
			"POST",
			url("/batch"),
			as({
				operations: [
					{ op: "rename", slug: "x" },
					{ op: "commit", slug: "x" },
				],
			}),
		);
		const pointers = expectProblem(bad, 422, "validation_failed").errors.map((e: any) => e.pointer);
		expect(pointers).toEqual(expect.arrayContaining(["/operations/0/op", "/operations/1/message"]));
		const many = Array.from({ length: 101 }, (_, i) => ({
			op: "create",
			slug: `m-${i}`,
			schema: "post",
			data: { title: "x" },
		}));
		const tooMany = await call("POST", url("/batch"), as({ operations: many }));
		expect(expectProblem(tooMany, 422, "validation_failed").errors[0].pointer).toBe("/operations");
		expectProblem(await call("POST", url("/batch"), as({ operations: [] })), 422, "validation_failed");
	});

	it("writes data that nearly fills a request even when escaping doubles it past D1's value limit", async () => {
		// 400,000 quotes: about 800 KB as JSON, 1.6 MB once escaped again inside a batch's row array.
		const data = { title: "quotes", body: '"'.repeat(400_000) };
		for (const slug of ["big-1", "big-2"]) {
			expect((await call("PUT", url(`/entities/${slug}`), as({ schema: "post", data }))).status).toBe(201);
		}
		// Two commits copy both drafts: revisions and events over 3 MB in one batch.
		const res = await call(
			"POST",
			url("/batch"),
			as({
				operations: [
					{ op: "commit", slug: "big-1", message: "one" },
					{ op: "commit", slug: "big-2", message: "two" },
				],
			}),
		);
		expect(res.status, res.text.slice(0, 300)).toBe(200);
		for (const slug of ["big-1", "big-2"]) {
			const entity = await call("GET", url(`/entities/${slug}`), as());
			expect(entity.json).toMatchObject({ status: "committed", committed: { revision: 2, data } });
		}
	});

	it("accepts exactly 100 operations in one go", async () => {
		const ops = Array.from({ length: 100 }, (_, i) => ({
			op: "update",
			slug: `hundred-${i}`,
			schema: "post",
			data: { title: `t${i}` },
			mode: "commit",
			message: "bulk",
		}));
		const res = await call("POST", url("/batch"), as({ operations: ops }));
		expect(res.status).toBe(200);
		expect(res.json.results).toHaveLength(100);
	});
});

describe("dry run", () => {
	const cases: [string, string, string, unknown][] = [
		["create", "POST", "/entities", { schema: "post", slug: "dry-new", data: { title: "x" } }],
		["update", "PUT", "/entities/drafty", { data: { title: "y" }, mode: "commit", message: "m" }],
		["commit", "POST", "/entities/drafty/commit", { message: "m" }],
		["delete", "DELETE", "/entities/drafty", undefined],
		[
			"batch",
			"POST",
			"/batch",
			{
				operations: [
					{ op: "create", slug: "dry-b", schema: "post", data: { title: "x" } },
					{ op: "commit", slug: "dry-b", message: "m" },
				],
			},
		],
	];

	for (const [kind, method, path, body] of cases) {
		it(`${kind}: answers what would result and writes no row and no event`, async () => {
			const before = await rowCounts();
			const res = await call(method, url(`${path}?dry_run=true`), as(body));
			expect(res.status, res.text).toBe(200);
			expect(res.json).toMatchObject({ dry_run: true, valid: true });
			// Its own media type is what tells a generated client a dry run from the real 200.
			expect(res.headers.get("Content-Type")).toBe("application/vnd.folio.dry-run+json");
			expect(await rowCounts()).toEqual(before);
		});
	}

	it("the real call answers application/json, so the two 200s stay apart", async () => {
		const body = as({ schema: "post", data: { title: "z" } });
		expect((await call("PUT", url("/entities/plain-put"), body)).status).toBe(201);
		const res = await call("PUT", url("/entities/plain-put"), body);
		expect(res.status, res.text).toBe(200);
		expect(res.headers.get("Content-Type")).toBe("application/json");
		expect(res.json.dry_run).toBeUndefined();
	});

	it("shows the entity as it would be, and fails exactly as the real call would", async () => {
		const res = await call(
			"PUT",
			url("/entities/drafty?dry_run=true"),
			as({ data: { title: "y" }, mode: "commit", message: "m" }),
		);
		expect(res.json.entity).toMatchObject({
			slug: "drafty",
			status: "committed",
			revision: 2,
			committed: { data: { title: "y" } },
		});
		const invalid = await call(
			"POST",
			url("/entities?dry_run=true"),
			as({ schema: "post", data: { title: "" } }),
		);
		expectProblem(invalid, 422, "validation_failed");
		const stale = await call(
			"DELETE",
			url("/entities/drafty?dry_run=true"),
			as(undefined, { "If-Match": '"5"' }),
		);
		expectProblem(stale, 412, "version_conflict");
	});
});

import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "./api";
import { call, createKey, createProject, expectProblem, rowCounts } from "./helpers";

let project: string;
let key: string;
const url = (path = "") => `/api/v1/admin/projects/${project}/entities${path}`;
const as = (body?: unknown, headers?: Record<string, string>) => ({ token: key, body, headers });

beforeAll(async () => {
	project = await createProject();
	key = (await createKey(project, { scopes: ["content.write", "schema.manage"] })).key;
	const schema = await api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
		path: { project, schema: "note" },
		token: key,
		body: { json_schema: { type: "object" } },
	});
	expectStatus(schema, 201);
	// Two revisions: the entity's ETag is "2".
	expect((await call("PUT", url("/cond"), as({ schema: "note", data: { n: 1 } }))).status).toBe(201);
	expect((await call("PUT", url("/cond"), as({ data: { n: 2 } }))).status).toBe(200);
});

describe("the admin entity GET compares If-None-Match as RFC 9110 §13.1.2 says", () => {
	it.each([
		['"2"', 304],
		['W/"2"', 304],
		['"1", "2"', 304],
		['"1",W/"2"', 304],
		["*", 304],
		['"1"', 200],
		['"1", "3"', 200],
	])("If-None-Match: %s answers %i", async (header, status) => {
		const res = await call("GET", url("/cond"), as(undefined, { "If-None-Match": header }));
		expect(res.status).toBe(status);
		expect(res.headers.get("ETag")).toBe('"2"');
	});

	it("refuses an If-None-Match over the length limit, as the read API does", async () => {
		const res = await call("GET", url("/cond"), as(undefined, { "If-None-Match": `"${"9".repeat(1200)}"` }));
		expect(expectProblem(res, 422, "validation_failed").errors[0].parameter).toBe("if-none-match");
	});
});

describe("If-Match that is not a list of entity tags", () => {
	it.each([
		["PUT", "/cond", { data: { n: 3 } }],
		["POST", "/cond/commit", { message: "m" }],
		["DELETE", "/cond", undefined],
	])(
		"%s %s with If-Match: 2 (unquoted) is 422 saying tags are quoted, and writes nothing",
		async (method, path, body) => {
			const before = await rowCounts();
			const res = await call(method, url(path), as(body, { "If-Match": "2" }));
			const problem = expectProblem(res, 422, "validation_failed");
			expect(problem.errors[0]).toMatchObject({ parameter: "if-match" });
			expect(problem.errors[0].message).toContain('If-Match: "3"');
			expect(await rowCounts()).toEqual(before);
		},
	);

	it("still takes quoted tags, lists and *", async () => {
		expectProblem(
			await call("PUT", url("/cond"), as({ data: { n: 3 } }, { "If-Match": '"1", "9"' })),
			412,
			"version_conflict",
		);
		expect((await call("PUT", url("/cond"), as({ data: { n: 3 } }, { "If-Match": '"1", "2"' }))).status).toBe(
			200,
		);
		expect((await call("PUT", url("/cond"), as({ data: { n: 4 } }, { "If-Match": "*" }))).status).toBe(200);
	});
});

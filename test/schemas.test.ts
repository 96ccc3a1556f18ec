import { describe, expect, it } from "vitest";
import { api, expectStatus } from "./api";
import { call, createKey, createProject, expectProblem } from "./helpers";

const article = {
	type: "object",
	required: ["title"],
	properties: { title: { type: "string", minLength: 1 }, body: { type: "string" } },
};

describe("schemas", () => {
	it("creates a schema (201), versions each change (200), and keeps old versions", async () => {
		const project = await createProject();
		const { key } = await createKey(project, { scopes: ["schema.manage"] });
		const schema = { path: { project, schema: "article" }, token: key };
		const put = (json_schema: Record<string, unknown>) =>
			api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
				...schema,
				body: { title: "Article", json_schema },
			});
		const get = (version?: number) =>
			api.get("/api/v1/admin/projects/{project}/schemas/{schema}", { ...schema, query: { version } });
		expect(expectStatus(await put(article), 201)).toMatchObject({
			id: "article",
			version: 1,
			title: "Article",
			json_schema: article,
		});
		expect(expectStatus(await put(article), 200).version).toBe(1);

		const changed = { ...article, required: ["title", "body"] };
		expect(expectStatus(await put(changed), 200).version).toBe(2);

		expect(expectStatus(await get(), 200)).toMatchObject({ version: 2, json_schema: changed });
		expect(expectStatus(await get(1), 200)).toMatchObject({ version: 1, json_schema: article });
		expectProblem(await get(3), 404, "schema_not_found");

		const list = await api.get("/api/v1/admin/projects/{project}/schemas", { path: { project }, token: key });
		expect(expectStatus(list, 200)).toMatchObject({
			data: [{ id: "article", version: 2 }],
			next_cursor: null,
		});
	});

	it("refuses an invalid JSON Schema with pointers under /json_schema and writes nothing", async () => {
		const project = await createProject();
		const url = `/api/v1/admin/projects/${project}/schemas/broken`;
		const res = await call("PUT", url, {
			body: { json_schema: { type: "objec", properties: { n: { minLength: -1 } }, pattern: "(" } },
		});
		const problem = expectProblem(res, 422, "validation_failed");
		const pointers = problem.errors.map((e: { pointer: string }) => e.pointer).sort();
		expect(pointers).toEqual([
			"/json_schema/pattern",
			"/json_schema/properties/n/minLength",
			"/json_schema/type",
		]);
		expectProblem(await call("GET", url), 404, "schema_not_found");
	});

	it("refuses a json_schema that is not an object, and unknown fields", async () => {
		const project = await createProject();
		const url = `/api/v1/admin/projects/${project}/schemas/x`;
		const res = await call("PUT", url, { body: { json_schema: "nope", extra: true } });
		const pointers = expectProblem(res, 422, "validation_failed").errors.map(
			(e: { pointer: string }) => e.pointer,
		);
		expect(pointers.sort()).toEqual(["", "/json_schema"]);
	});

	it("answers 404 for an unknown schema and 422 for a bad schema id", async () => {
		const project = await createProject();
		expectProblem(
			await call("GET", `/api/v1/admin/projects/${project}/schemas/none`),
			404,
			"schema_not_found",
		);
		const bad = await call("PUT", `/api/v1/admin/projects/${project}/schemas/Bad%20Id`, {
			body: { json_schema: {} },
		});
		expect(expectProblem(bad, 422, "validation_failed").errors[0]).toMatchObject({ parameter: "schema" });
	});
});

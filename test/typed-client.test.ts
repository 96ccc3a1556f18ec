// The typed client (test/api.ts) that the other tests lean on: what it sends, and, through
// expect-error directives (checked by `npm run typecheck`), what its types refuse.
import { describe, expect, it } from "vitest";
import { api, expectStatus } from "./api";
import { createKey, createProject, expectProblem } from "./helpers";

describe("the typed test client", () => {
	it("fills path parameters encoded, drops unset query parameters, and sends the token asked for", async () => {
		const project = await createProject();
		const { key } = await createKey(project, { scopes: ["content.write", "schema.manage"] });
		const put = await api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
			path: { project, schema: "note" },
			token: key,
			body: { json_schema: { type: "object" } },
		});
		expect(expectStatus(put, 201).id).toBe("note");
		// A slash in a parameter stays inside it, so the route is the entity route and the slug is refused.
		const odd = await api.get("/api/v1/admin/projects/{project}/entities/{slug}", {
			path: { project, slug: "a/b" },
			token: key,
		});
		expect(expectProblem(odd, 422, "validation_failed").errors[0]).toMatchObject({ parameter: "slug" });
		const page = await api.get("/api/v1/admin/projects/{project}/entities", {
			path: { project },
			token: key,
			query: { limit: 1, cursor: undefined, schema: undefined },
		});
		expect(expectStatus(page, 200)).toEqual({ data: [], next_cursor: null });
		expectProblem(
			await api.get("/api/v1/admin/projects/{project}/entities", { path: { project }, token: null }),
			401,
			"unauthenticated",
		);
	});

	it("types the body by operation and status, and refuses what the document does not describe", async () => {
		const res = await api.get("/api/v1/health", { token: null });
		expect(expectStatus(res, 200).status).toBe("ok");
		// @ts-expect-error the document lists no 418 for this operation
		expect(() => expectStatus(res, 418)).toThrow();
		// @ts-expect-error no such route
		const unknown = () => api.get("/api/v1/nowhere");
		// @ts-expect-error the entity route needs its path parameters
		const missing = () => api.get("/api/v1/admin/projects/{project}/entities/{slug}");
		expect([typeof unknown, typeof missing]).toEqual(["function", "function"]);
	});
});

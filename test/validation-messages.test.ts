// 422 messages for request bodies and parameters are in the API's terms, not zod's
// ("expected nonoptional, received undefined", a regex source).
import { beforeAll, describe, expect, it } from "vitest";
import { call, createProject, expectProblem } from "./helpers";

let project: string;
const VALIDATOR_TEXT = /nonoptional|received undefined|Invalid input|\^\[|\$\.|Too (big|small)/;

beforeAll(async () => {
	project = await createProject();
});

async function errorsOf(res: Awaited<ReturnType<typeof call>>) {
	const problem = expectProblem(res, 422, "validation_failed");
	expect(res.text).not.toMatch(VALIDATOR_TEXT);
	return problem.errors as { pointer?: string; parameter?: string; message: string; code: string }[];
}

describe("422 messages", () => {
	it("a missing field says it is required, in the schema's own words where it has them", async () => {
		const res = await call("POST", `/api/v1/admin/projects/${project}/entities`, {
			body: { schema: "article", slug: "x" },
		});
		const errors = await errorsOf(res);
		expect(errors).toContainEqual(
			expect.objectContaining({ pointer: "/data", message: "`data` is required: the entity's JSON." }),
		);
		const key = await call("POST", `/api/v1/admin/projects/${project}/keys`, { body: { scopes: [] } });
		expect(await errorsOf(key)).toContainEqual(
			expect.objectContaining({ pointer: "/name", message: "Required." }),
		);
	});

	it("a value of the wrong type names the expected and the given type", async () => {
		const res = await call("POST", "/api/v1/admin/projects", { body: { id: 42, name: "n" } });
		const errors = await errorsOf(res);
		expect(errors).toContainEqual(
			expect.objectContaining({ pointer: "/id", message: "Expected a string, got a number." }),
		);
	});

	it("a bad slug in the path says what a slug may hold", async () => {
		const res = await call("GET", `/api/v1/admin/projects/${project}/entities/Bad%20Slug`);
		const [error] = await errorsOf(res);
		expect(error?.message).toBe(
			"Use 1 to 128 lowercase letters, digits, dots, dashes and underscores, starting with a letter or digit.",
		);
	});

	it("a string over its limit gives the limit in characters", async () => {
		const res = await call("POST", "/api/v1/admin/projects", {
			body: { id: "ok-id", name: "n".repeat(5000) },
		});
		const errors = await errorsOf(res);
		expect(errors).toContainEqual(
			expect.objectContaining({
				pointer: "/name",
				message: expect.stringMatching(/^At most \d+ characters\.$/),
			}),
		);
	});
});

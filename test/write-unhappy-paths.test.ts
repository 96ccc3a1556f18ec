import { beforeAll, describe, expect, it, vi } from "vitest";
import { call, createKey, createProject, expectProblem, publishSnapshot, rowCounts } from "./helpers";

// The unhappy paths every write route shares (a bad `dry_run`, a body that is not JSON, an
// empty write bucket), asserted route by route: each route parses its own query and body.

let project: string;
let snapshot: string;
const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	await call("PUT", admin("/schemas/note"), { body: { json_schema: { type: "object" } } });
	const made = await call("PUT", admin("/entities/kept"), {
		body: { schema: "note", data: { n: 1 }, mode: "commit", message: "m" },
	});
	expect(made.status, made.text).toBe(201);
	snapshot = await publishSnapshot(project);
});

/** Every write route that takes `dry_run`, with a body it would accept. */
const writes = () =>
	[
		["POST", admin("/entities"), { slug: "new", schema: "note", data: { n: 1 } }],
		["PUT", admin("/entities/kept"), { schema: "note", data: { n: 2 } }],
		["POST", admin("/entities/kept/commit"), { message: "m" }],
		["DELETE", admin("/entities/kept"), undefined],
		["POST", admin("/batch"), { operations: [{ op: "update", slug: "kept", data: { n: 3 } }] }],
		["POST", admin("/snapshots/regenerate"), undefined],
		["POST", admin(`/snapshots/${snapshot}/promote`), undefined],
	] as const;

describe("write routes refuse bad input and change nothing", () => {
	it("a `dry_run` that is not true or false is 422 on every route that takes it", async () => {
		for (const [method, path, body] of writes()) {
			const before = await rowCounts();
			const res = await call(method, `${path}?dry_run=yes`, { body });
			const problem = expectProblem(res, 422, "validation_failed");
			expect(problem.errors, `${method} ${path}`).toContainEqual(
				expect.objectContaining({ parameter: "dry_run" }),
			);
			expect(await rowCounts()).toEqual(before);
		}
	});

	it("a body that is not JSON is 400 malformed_json on every route with a body", async () => {
		for (const [method, path, body] of writes()) {
			if (body === undefined && method !== "DELETE") continue;
			const before = await rowCounts();
			const res = await call(method, path, {
				raw: '{"schema": "note",',
				headers: { "Content-Type": "application/json" },
			});
			expectProblem(res, 400, "malformed_json");
			expect(await rowCounts()).toEqual(before);
		}
	});

	it("an empty write bucket is 429 on every write route, before anything is written", async () => {
		for (const [method, path, body] of writes()) {
			const { key } = await createKey(project, {
				scopes: ["content.write", "snapshot.manage"],
				rate_limit: { write: { burst: 1, per_second: 0.01 } },
			});
			// Spends the one token on a write that changes nothing.
			const spent = await call("PUT", admin("/entities/kept?dry_run=true"), {
				token: key,
				body: { schema: "note", data: { n: 9 } },
			});
			expect(spent.status, spent.text).toBe(200);
			const before = await rowCounts();
			const refused = await call(method, path, { token: key, body });
			expectProblem(refused, 429, "rate_limited");
			expect(refused.headers.get("Retry-After"), `${method} ${path}`).toMatch(/^\d+$/);
			expect(await rowCounts()).toEqual(before);
		}
	});
});

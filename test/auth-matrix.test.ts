import { describe, expect, it } from "vitest";
import { SCOPES } from "../src/lib/types";
import { call, createKey, createProject, expectProblem } from "./helpers";

interface Operation {
	operationId: string;
	security?: unknown[];
	"x-folio-access"?: string;
}

/** Operations that are deliberately public. Anything else must be guarded. */
const PUBLIC = new Set(["getHealth"]);

const SAMPLE_PARAMS: Record<string, string> = { schema: "article", id: "key_0", slug: "hello" };

async function operations() {
	const doc = (await call("GET", "/api/v1/openapi.json", { token: null })).json;
	const ops: { method: string; path: string; op: Operation }[] = [];
	for (const [path, item] of Object.entries<Record<string, Operation>>(doc.paths)) {
		for (const [method, op] of Object.entries(item)) ops.push({ method: method.toUpperCase(), path, op });
	}
	return ops;
}

const fill = (path: string, project: string) =>
	path.replace(/\{(\w+)\}/g, (_, name: string) =>
		name === "project" ? project : (SAMPLE_PARAMS[name] ?? "x"),
	);

describe("auth matrix over every operation in the OpenAPI document", () => {
	it("guards every non-public operation and declares who may call it", async () => {
		const ops = await operations();
		expect(ops.length).toBeGreaterThan(5);
		for (const { op } of ops) {
			if (PUBLIC.has(op.operationId)) continue;
			expect(op.security, op.operationId).toEqual([{ bearer: [] }]);
			expect(op["x-folio-access"], op.operationId).toMatch(/^(root|[a-z]+\.[a-z]+)$/);
		}
	});

	it("answers 401 without a key, 403 without the scope, 403 for another project", async () => {
		const home = await createProject();
		const other = await createProject();
		const foreign = await createKey(other, { scopes: [...SCOPES] });
		const checked: string[] = [];
		for (const { method, path, op } of await operations()) {
			if (PUBLIC.has(op.operationId)) continue;
			const access = op["x-folio-access"] as string;
			const url = fill(path, home);
			const body = ["POST", "PUT", "PATCH"].includes(method) ? {} : undefined;
			const label = `${method} ${path}`;

			const anonymous = await call(method, url, { token: null, body });
			expect(anonymous.status, label).toBe(401);
			expectProblem(anonymous, 401, "unauthenticated");

			// A key of this project holding every scope but the one needed (all of them for root operations).
			const others = SCOPES.filter(
				(s) => s !== access && !(access === "content.read" && s === "content.write"),
			);
			const { key } = await createKey(home, { scopes: others });
			const unscoped = await call(method, url, { token: key, body });
			expect(unscoped.status, label).toBe(403);
			expect(unscoped.json.code, label).toBe(access === "root" ? "root_required" : "missing_scope");

			const stranger = await call(method, url, { token: foreign.key, body });
			expect(stranger.status, label).toBe(403);
			expect(stranger.json.code, label).toBe(access === "root" ? "root_required" : "forbidden_project");
			checked.push(label);
		}
		expect(checked.length).toBeGreaterThan(5);
	}, 60_000); // one request per operation and case: a loaded machine needs more than the default 5 s
});

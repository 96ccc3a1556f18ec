import { beforeAll, describe, expect, it } from "vitest";
import { call, createKey, createProject, expectProblem, rowCounts } from "./helpers";

// A key limited to some schemas sees and touches only entities of those
// schemas, on both sides of an entity and in every revision of its history.
let project: string;
let onlyB: string;
let onlyA: string;
const url = (path = "") => `/api/v1/admin/projects/${project}/entities${path}`;

async function put(slug: string, body: Record<string, unknown>, token?: string) {
	const res = await call("PUT", url(`/${slug}`), { body, token });
	expect(res.status, res.text).toBeLessThan(300);
	return res.json;
}
const commitIn = (slug: string, schema: string, secret: string) =>
	put(slug, { schema, mode: "commit", message: "m", data: { secret } });

beforeAll(async () => {
	project = await createProject();
	for (const schema of ["a", "b"]) {
		const res = await call("PUT", `/api/v1/admin/projects/${project}/schemas/${schema}`, {
			body: { json_schema: { type: "object" } },
		});
		expect(res.status).toBe(201);
	}
	onlyB = (await createKey(project, { scopes: ["content.write"], schemas: ["b"] })).key;
	onlyA = (await createKey(project, { scopes: ["content.write"], schemas: ["a"] })).key;
});

describe("schema-limited keys and entities", () => {
	it("(a) may not re-create a deleted slug whose last schema is barred, nor read its history", async () => {
		await commitIn("victim", "a", "a-secret");
		expect((await call("DELETE", url("/victim"))).status).toBe(200);
		const before = await rowCounts();
		const body = { schema: "b", data: { x: 1 } };
		expectProblem(await call("PUT", url("/victim"), { token: onlyB, body }), 403, "schema_forbidden");
		expectProblem(
			await call("POST", url(), { token: onlyB, body: { ...body, slug: "victim" } }),
			403,
			"schema_forbidden",
		);
		expect(await rowCounts()).toEqual(before);
		const history = await call("GET", url("/victim/revisions"), { token: onlyB });
		expectProblem(history, 403, "schema_forbidden");
		expect(history.text).not.toContain("a-secret");

		// Re-created in b by a full key: the b key sees the new life, none of the revisions in a.
		await put("victim", { schema: "b", data: { mine: true } });
		const revisions = await call("GET", url("/victim/revisions"), { token: onlyB });
		expect(revisions.status).toBe(200);
		expect(revisions.json.data.map((r: any) => [r.revision, r.schema])).toEqual([[3, "b"]]);
		expect(revisions.text).not.toContain("a-secret");
		const full = await call("GET", url("/victim/revisions"));
		expect(full.json.data.map((r: any) => r.schema)).toEqual(["b", "a", "a"]);
	});

	it("(b) shows only the side of an allowed schema: a b draft over an a commit", async () => {
		await commitIn("moved", "a", "committed-in-a");
		const head = await put("moved", { schema: "b", data: { secret: "draft-in-b" } });
		expect(head).toMatchObject({ schema: "b", status: "modified", revision: 2 });

		const asB = await call("GET", url("/moved"), { token: onlyB });
		expect(asB.status).toBe(200);
		expect(asB.json).toMatchObject({
			schema: "b",
			status: "draft",
			revision: 2,
			committed: null,
			draft: { revision: 2, data: { secret: "draft-in-b" } },
		});
		expect(asB.text).not.toContain("committed-in-a");
		expect(asB.headers.get("ETag")).toBe('"2"');
		const unchanged = await call("GET", url("/moved"), { token: onlyB, headers: { "If-None-Match": '"2"' } });
		expect(unchanged.status).toBe(304);

		// The a key sees the commit as if no draft existed: its revision is the commit's.
		const asA = await call("GET", url("/moved"), { token: onlyA });
		expect(asA.json).toMatchObject({ schema: "a", status: "committed", revision: 1, draft: null });
		expect(asA.json.committed).toMatchObject({ revision: 1, data: { secret: "committed-in-a" } });
		expect(asA.text).not.toContain("draft-in-b");
		expect(asA.headers.get("ETag")).toBe('"1"');
		const history = await call("GET", url("/moved/revisions"), { token: onlyA });
		expect(history.json.data.map((r: any) => r.revision)).toEqual([1]);

		// Neither key may write an entity one of whose sides it may not see (403 before If-Match:
		// a 412 would reveal the current revision).
		const before = await rowCounts();
		for (const [token, ifMatch] of [
			[onlyB, '"2"'],
			[onlyA, '"1"'],
		] as const) {
			const headers = { "If-Match": ifMatch };
			expectProblem(
				await call("POST", url("/moved/commit"), { token, headers, body: { message: "x" } }),
				403,
				"schema_forbidden",
			);
			expectProblem(await call("DELETE", url("/moved"), { token, headers }), 403, "schema_forbidden");
			expectProblem(
				await call("PUT", url("/moved?dry_run=true"), { token, headers, body: { data: {} } }),
				403,
				"schema_forbidden",
			);
		}
		expect(await rowCounts()).toEqual(before);
	});

	it("writes by a limited key echo only what it may see", async () => {
		const created = await call("PUT", url("/own"), { token: onlyB, body: { schema: "b", data: { n: 1 } } });
		expect(created.status).toBe(201);
		const committed = await call("POST", url("/own/commit"), {
			token: onlyB,
			headers: { "If-Match": created.headers.get("ETag") as string },
			body: { message: "first" },
		});
		expect(committed.json).toMatchObject({ status: "committed", committed: { data: { n: 1 } } });
		const dry = await call("PUT", url("/own?dry_run=true"), { token: onlyB, body: { data: { n: 2 } } });
		expect(dry.json.entity).toMatchObject({ status: "modified", draft: { data: { n: 2 } } });
	});

	it("pages a limited key's list in SQL: full pages, working cursors, filters on what it sees", async () => {
		const p = await createProject();
		const at = (path: string) => `/api/v1/admin/projects/${p}${path}`;
		for (const schema of ["a", "b"]) {
			await call("PUT", at(`/schemas/${schema}`), { body: { json_schema: { type: "object" } } });
		}
		const b = (await createKey(p, { scopes: ["content.write"], schemas: ["b"] })).key;
		const ops = [];
		for (let i = 0; i < 12; i++) {
			// Ten barred entities between every two visible ones: a page filtered after the query would be empty.
			const schema = i % 3 === 0 ? "b" : "a";
			ops.push({
				op: "update",
				slug: `e${String(i).padStart(2, "0")}`,
				schema,
				data: { i },
				mode: "commit",
				message: "m",
			});
		}
		expect((await call("POST", at("/batch"), { body: { operations: ops } })).status).toBe(200);
		// e01: committed in a, then a draft in b (b sees a draft); e03: committed in b, then a draft in a.
		await call("PUT", at("/entities/e01"), { body: { schema: "b", data: { moved: 1 } } });
		await call("PUT", at("/entities/e03"), { body: { schema: "a", data: { hidden: 1 } } });

		const seen: any[] = [];
		let cursor: string | null = null;
		do {
			const query: string = cursor ? `&cursor=${cursor}` : "";
			const page = await call("GET", at(`/entities?limit=2${query}`), { token: b });
			expect(page.status).toBe(200);
			if (page.json.next_cursor) expect(page.json.data).toHaveLength(2);
			seen.push(...page.json.data);
			cursor = page.json.next_cursor;
		} while (cursor);
		expect(seen.map((e) => [e.slug, e.schema, e.status, e.revision])).toEqual([
			["e00", "b", "committed", 1],
			["e01", "b", "draft", 2],
			["e03", "b", "committed", 1],
			["e06", "b", "committed", 1],
			["e09", "b", "committed", 1],
		]);
		expect(JSON.stringify(seen)).not.toMatch(/"hidden"|"i":1\b/);
		for (const e of seen) {
			const one = await call("GET", at(`/entities/${e.slug}`), { token: b });
			expect(one.json).toEqual(e);
		}
		const drafts = await call("GET", at("/entities?status=draft"), { token: b });
		expect(drafts.json.data.map((e: any) => e.slug)).toEqual(["e01"]);
		const committed = await call("GET", at("/entities?status=committed&schema=b"), { token: b });
		expect(committed.json.data.map((e: any) => e.slug)).toEqual(["e00", "e03", "e06", "e09"]);
		const barred = await call("GET", at("/entities?schema=a"), { token: b });
		expect(barred.json.data).toEqual([]);
	});

	it("refuses a batch touching a barred entity as a whole, naming the operation", async () => {
		await commitIn("batch-a", "a", "batch-secret");
		await commitIn("batch-mixed", "a", "mixed-secret");
		await put("batch-mixed", { schema: "b", data: {} });
		const before = await rowCounts();
		// Updating the b draft would keep (and echo) the commit in a.
		const mixed = await call("POST", `/api/v1/admin/projects/${project}/batch`, {
			token: onlyB,
			body: { operations: [{ op: "update", slug: "batch-mixed", data: { n: 1 } }] },
		});
		expect(expectProblem(mixed, 403, "schema_forbidden").operation_index).toBe(0);
		expect(mixed.text).not.toContain("mixed-secret");
		const res = await call("POST", `/api/v1/admin/projects/${project}/batch`, {
			token: onlyB,
			body: {
				operations: [
					{ op: "create", slug: "batch-b", schema: "b", data: {} },
					{ op: "delete", slug: "batch-a" },
				],
			},
		});
		expect(expectProblem(res, 403, "schema_forbidden").operation_index).toBe(1);
		expect(res.text).not.toContain("batch-secret");
		expect(await rowCounts()).toEqual(before);
		const ok = await call("POST", `/api/v1/admin/projects/${project}/batch?dry_run=true`, {
			token: onlyB,
			body: { operations: [{ op: "create", slug: "batch-b", schema: "b", data: { ok: 1 } }] },
		});
		expect(ok.json.results[0].entity).toMatchObject({ schema: "b", draft: { data: { ok: 1 } } });
	});
});

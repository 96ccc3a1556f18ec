import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { clearImmutableMemory } from "../src/lib/immutable-cache";
import { latestPointer } from "../src/modules/read/latest-pointer";
import { call, createKey, createProject, expectProblem, publishSnapshot } from "./helpers";

// Snapshot reads served from the isolate's memory and the edge cache: auth, scope and the key's
// state are decided on every request before any cache, and a cached body reaches only those who
// may read it.

const article = { json_schema: { type: "object", properties: { title: { type: "string" } } } };

/** A project with schemas `open` and `secret`, entities in both, and a published snapshot. */
async function world() {
	const project = await createProject();
	const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
	const read = (path: string) => `/api/v1/projects/${project}/snapshots${path}`;
	for (const schema of ["open", "secret"]) {
		expect((await call("PUT", admin(`/schemas/${schema}`), { body: article })).status).toBe(201);
	}
	const commit = async (slug: string, schema: string, title: string) => {
		const res = await call("PUT", admin(`/entities/${slug}`), {
			body: { schema, mode: "commit", message: "m", data: { title } },
		});
		expect(res.status, res.text).toBeLessThan(300);
		return res;
	};
	const publish = () => publishSnapshot(project);
	await commit("hello", "open", "open title");
	await commit("classified", "secret", "secret title");
	const snapshot = await publish();
	const reader = (await createKey(project, { scopes: ["content.read"] })).key;
	return { project, admin, read, commit, publish, snapshot, reader };
}

type World = Awaited<ReturnType<typeof world>>;
let w: World;
beforeAll(async () => {
	w = await world();
});

describe("the read cache", () => {
	it("serves a repeated read by id from the cache, with per-request ids, rate limits and 304", async () => {
		const path = w.read(`/${w.snapshot}/entities/hello`);
		const first = await call("GET", path, { token: w.reader });
		expect(first.status, first.text).toBe(200);
		expect(first.headers.get("X-Folio-Cache")).toBe("miss");
		const second = await call("GET", path, { token: w.reader, headers: { "X-Request-Id": "second-read" } });
		expect(second.headers.get("X-Folio-Cache")).toBe("hit");
		expect(second.text).toBe(first.text);
		expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
		expect(second.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
		expect(second.headers.get("X-Request-Id")).toBe("second-read");
		expect(first.headers.get("X-Request-Id")).not.toBe("second-read");
		expect(second.headers.get("RateLimit")).toMatch(/^"read";r=\d+;t=\d+/);

		const etag = first.headers.get("ETag") as string;
		const unchanged = await call("GET", path, { token: w.reader, headers: { "If-None-Match": etag } });
		expect(unchanged.status).toBe(304);
		expect(unchanged.headers.get("ETag")).toBe(etag);
		expect(unchanged.headers.get("X-Folio-Cache")).toBe("hit");
	});

	it("keeps bodies in the edge cache too: an isolate that forgot them reads no D1", async () => {
		const path = w.read(`/${w.snapshot}/entities?limit=1`);
		expect((await call("GET", path, { token: w.reader })).headers.get("X-Folio-Cache")).toBe("miss");
		clearImmutableMemory();
		// The fill is put in waitUntil; the edge cache answers once it landed.
		await vi.waitFor(async () => {
			clearImmutableMemory();
			const again = await call("GET", path, { token: w.reader });
			expect(again.status).toBe(200);
			expect(again.headers.get("X-Folio-Cache")).toBe("hit");
			expect(again.json.data.map((e: any) => e.slug)).toEqual(["classified"]);
		});
	});

	it("with FOLIO_READ_CACHE=off reads D1 every time", async () => {
		const off = { ...env, FOLIO_READ_CACHE: "off" };
		const path = w.read(`/${w.snapshot}/entities/hello`);
		for (let i = 0; i < 2; i++) {
			const res = await call("GET", path, { token: w.reader, env: off });
			expect(res.status).toBe(200);
			expect(res.headers.get("X-Folio-Cache")).toBe("bypass");
			expect(res.json).toMatchObject({ slug: "hello", data: { title: "open title" } });
		}
	});
});

describe("what a cached body never reaches", () => {
	it("a key of another project: 403, and the same id under its own project is not found", async () => {
		const path = w.read(`/${w.snapshot}/entities/hello`);
		expect((await call("GET", path, { token: w.reader })).status).toBe(200);
		const other = await createProject();
		const stranger = (await createKey(other, { scopes: ["content.read"] })).key;
		const refused = await call("GET", path, { token: stranger });
		expectProblem(refused, 403, "forbidden_project");
		expect(refused.text).not.toContain("open title");
		const elsewhere = await call("GET", `/api/v1/projects/${other}/snapshots/${w.snapshot}/entities/hello`, {
			token: stranger,
		});
		expectProblem(elsewhere, 404, "snapshot_not_found");
		expect(elsewhere.text).not.toContain("open title");
	});

	it("a key barred from the schema: 404 as if absent, and its pages leave the entity out", async () => {
		const limited = (await createKey(w.project, { scopes: ["content.read"], schemas: ["open"] })).key;
		const entity = w.read(`/${w.snapshot}/entities/classified`);
		const page = w.read(`/${w.snapshot}/entities`);
		const full = await call("GET", entity, { token: w.reader });
		expect(full.json.data).toEqual({ title: "secret title" });
		expect((await call("GET", entity, { token: w.reader })).headers.get("X-Folio-Cache")).toBe("hit");
		expect((await call("GET", page, { token: w.reader })).json.data).toHaveLength(2);

		const barred = await call("GET", entity, { token: limited });
		// Word for word what a slug the snapshot lacks gets.
		const problem = expectProblem(barred, 404, "entity_not_found");
		expect(problem.detail).toBe(`Entity classified is not in snapshot ${w.snapshot}.`);
		const absent = await call("GET", w.read(`/${w.snapshot}/entities/never-was`), { token: limited });
		expect(expectProblem(absent, 404, "entity_not_found").detail).toBe(
			`Entity never-was is not in snapshot ${w.snapshot}.`,
		);
		expect(barred.text).not.toContain("secret title");
		for (let i = 0; i < 2; i++) {
			const limitedPage = await call("GET", page, { token: limited });
			expect(limitedPage.json.data.map((e: any) => e.slug)).toEqual(["hello"]);
			expect(limitedPage.text).not.toContain("secret title");
		}
		const latest = await call("GET", w.read("/latest/entities/classified"), { token: limited });
		expectProblem(latest, 404, "entity_not_found");
	});

	it("a revoked key: 401, though the body it read is still cached", async () => {
		const created = await createKey(w.project, { scopes: ["content.read"] });
		const path = w.read(`/${w.snapshot}/entities/hello`);
		expect((await call("GET", path, { token: created.key })).status).toBe(200);
		expect((await call("GET", path, { token: w.reader })).headers.get("X-Folio-Cache")).toBe("hit");
		const revoked = await call("DELETE", `/api/v1/admin/projects/${w.project}/keys/${created.id}`);
		expect(revoked.status, revoked.text).toBe(200);
		const after = await call("GET", path, { token: created.key });
		expectProblem(after, 401, "invalid_api_key");
		expect(after.text).not.toContain("open title");
	});

	it("a key over its read limit: 429 before the cache is asked", async () => {
		const tiny = (
			await createKey(w.project, {
				scopes: ["content.read"],
				rate_limit: { read: { burst: 1, per_second: 0.01 } },
			})
		).key;
		const path = w.read(`/${w.snapshot}/entities/hello`);
		expect((await call("GET", path, { token: tiny })).status).toBe(200);
		const refused = await call("GET", path, { token: tiny });
		expectProblem(refused, 429, "rate_limited");
		expect(refused.text).not.toContain("open title");
	});

	it("a key without content.read (or content.write, which implies it): 403", async () => {
		const builder = (await createKey(w.project, { scopes: ["snapshot.manage"] })).key;
		const res = await call("GET", w.read(`/${w.snapshot}/entities/hello`), { token: builder });
		expectProblem(res, 403, "missing_scope");
		expect(res.text).not.toContain("open title");
	});
});

describe("latest", () => {
	it("moves at once in the isolate that published, and is served like a read by id", async () => {
		const before = await call("GET", w.read("/latest"), { token: w.reader });
		expect(before.json.id).toBe(w.snapshot);
		expect((await call("GET", w.read("/latest"), { token: w.reader })).headers.get("X-Folio-Cache")).toBe(
			"hit",
		);
		await w.commit("hello", "open", "newer title");
		const next = await w.publish();
		const after = await call("GET", w.read("/latest/entities/hello"), { token: w.reader });
		expect(after.json.data).toEqual({ title: "newer title" });
		expect(after.headers.get("Cache-Control")).toBe("public, max-age=5");
		expect((await call("GET", w.read("/latest"), { token: w.reader })).json.id).toBe(next);
		// The old snapshot still answers what it held.
		const old = await call("GET", w.read(`/${w.snapshot}/entities/hello`), { token: w.reader });
		expect(old.json.data).toEqual({ title: "open title" });
		w.snapshot = next;
	});

	it("may be remembered a moment, but a request with a bookmark reads it fresh", async () => {
		const current = (await call("GET", w.read("/latest"), { token: w.reader })).json;
		latestPointer.set(w.project, { ...current, id: "snap_00000000Remembered000000" });
		const remembered = await call("GET", w.read("/latest"), { token: w.reader });
		expect(remembered.json.id).toBe("snap_00000000Remembered000000");
		const write = await w.commit("bookmarked", "open", "b");
		const bookmark = write.headers.get("X-Folio-Bookmark") as string;
		const fresh = await call("GET", w.read("/latest"), {
			token: w.reader,
			headers: { "X-Folio-Bookmark": bookmark },
		});
		expect(fresh.json.id).toBe(current.id);
		expect(fresh.headers.get("X-Folio-Bookmark")).toMatch(/^[0-9a-f]{8}-/);
		// Remembered from a read at least as fresh as the bookmark: good enough for it.
		const newer = `ffffffff-ffffffff-ffffffff-${"f".repeat(32)}`;
		latestPointer.set(w.project, { ...current, id: "snap_00000000Remembered000000" }, newer);
		const pinned = await call("GET", w.read("/latest"), {
			token: w.reader,
			headers: { "X-Folio-Bookmark": bookmark },
		});
		expect(pinned.json.id).toBe("snap_00000000Remembered000000");
		latestPointer.forget(w.project);
	});
});

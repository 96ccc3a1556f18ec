import { describe, expect, expectTypeOf, it } from "vitest";
import type { PromoteSnapshotDryRun, Snapshot, SnapshotChange } from "../../sdk/src/index.ts";
import { client, fakeFetch, json, problem } from "./sdk-helpers";

const change = (slug: string): SnapshotChange => ({
	slug,
	change: "changed",
	schema: "note",
	revision: 2,
	previous_revision: 1,
});

describe("SDK snapshot changes", () => {
	it("follows next_cursor over every page, short and empty ones included, with since and include on each", async () => {
		const { fetch, requests } = fakeFetch(
			() => json({ data: [change("a")], next_cursor: "c1" }),
			() => json({ data: [], next_cursor: "c2" }),
			() => json({ data: [change("b")], next_cursor: null }),
		);
		const folio = client(fetch);
		const pages = folio.snapshots.changes("demo", "latest", { since: "snap_1", include: "data", limit: 1 });
		const slugs: string[] = [];
		for await (const item of pages) slugs.push(item.slug);
		expect(slugs).toEqual(["a", "b"]);
		const urls = requests.map((r) => new URL(r.url));
		expect(urls.map((u) => u.pathname)).toEqual(
			Array.from({ length: 3 }, () => "/api/v1/projects/demo/snapshots/latest/changes"),
		);
		expect(
			urls.map((u) => [
				u.searchParams.get("since"),
				u.searchParams.get("include"),
				u.searchParams.get("cursor"),
			]),
		).toEqual([
			["snap_1", "data", null],
			["snap_1", "data", "c1"],
			["snap_1", "data", "c2"],
		]);
	});

	it("promotes with a quoted If-Match (bare ids are quoted), dry runs typed apart", async () => {
		const snapshot = { id: "snap_1", status: "published" };
		const { fetch, requests } = fakeFetch(
			() => json(snapshot, 200, { ETag: '"snap_1"' }),
			() => json({ dry_run: true, valid: true, snapshot, current_latest_id: "snap_2" }),
			() => problem(412, "version_conflict", { current_latest_id: "snap_3" }),
		);
		const folio = client(fetch);
		const promoted = await folio.snapshots.promote("demo", "snap_1", { ifMatch: "snap_2" });
		expectTypeOf(promoted).toEqualTypeOf<Snapshot>();
		expect(promoted.id).toBe("snap_1");
		const dry = await folio.snapshots.promote("demo", "snap_1", { dryRun: true, ifMatch: '"snap_2"' });
		expectTypeOf(dry).toEqualTypeOf<PromoteSnapshotDryRun>();
		expect(dry.current_latest_id).toBe("snap_2");
		await expect(folio.snapshots.promote("demo", "snap_1", { ifMatch: "snap_2" })).rejects.toMatchObject({
			status: 412,
			code: "version_conflict",
		});
		expect(requests.map((r) => [r.method, new URL(r.url).pathname + new URL(r.url).search])).toEqual([
			["POST", "/api/v1/admin/projects/demo/snapshots/snap_1/promote"],
			["POST", "/api/v1/admin/projects/demo/snapshots/snap_1/promote?dry_run=true"],
			["POST", "/api/v1/admin/projects/demo/snapshots/snap_1/promote"],
		]);
		expect(requests.map((r) => r.headers.get("If-Match"))).toEqual(['"snap_2"', '"snap_2"', '"snap_2"']);
		const plain = folio.snapshots.promote("demo", "snap_1");
		expectTypeOf(plain).resolves.toEqualTypeOf<Snapshot>();
		await plain.catch(() => undefined);
	});
});

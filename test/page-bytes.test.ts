// Pages that carry entity data are bounded by bytes as well as by count: with big entities a
// `limit=100` page stops at about PAGE_BYTES of data, and next_cursor carries on from there.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PAGE_BYTES } from "../src/lib/page-bytes";
import { call, createProject } from "./helpers";

let project: string;
const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
const SLUGS = Array.from({ length: 12 }, (_, i) => `big-${String(i).padStart(2, "0")}`);
/** About 900 KB of JSON, under the 1 MiB body limit. */
const big = (tag: string) => ({ tag, text: tag.slice(0, 1).repeat(900_000) });
const weight = (value: unknown) => (value === undefined || value === null ? 0 : JSON.stringify(value).length);

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	const schema = await call("PUT", admin("/schemas/note"), { body: { json_schema: { type: "object" } } });
	expect(schema.status).toBeLessThan(300);
	for (const slug of SLUGS) {
		const res = await call("PUT", admin(`/entities/${slug}`), {
			body: { schema: "note", data: big(slug), mode: "commit", message: "big" },
		});
		expect(res.status, res.text).toBe(201);
	}
	// Three entities also get a draft: they weigh about 1.8 MB in the admin list.
	for (const slug of SLUGS.slice(0, 3)) {
		const res = await call("PUT", admin(`/entities/${slug}`), { body: { data: big(`draft ${slug}`) } });
		expect(res.status, res.text).toBe(200);
	}
}, 60_000);

/** Follows next_cursor from the first page; checks every page's bytes and returns them all. */
async function allPages(path: string, itemBytes: (item: any) => number) {
	const pages: any[][] = [];
	let cursor: string | null = null;
	do {
		const sep = path.includes("?") ? "&" : "?";
		const res = await call("GET", `${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ""}`);
		expect(res.status, res.text.slice(0, 300)).toBe(200);
		const items = res.json.data as any[];
		expect(items.length).toBeGreaterThan(0);
		const bytes = items.reduce((sum, item) => sum + itemBytes(item), 0);
		if (items.length > 1) expect(bytes).toBeLessThanOrEqual(PAGE_BYTES);
		pages.push(items);
		cursor = res.json.next_cursor;
	} while (cursor !== null && pages.length < 50);
	expect(cursor).toBeNull();
	return pages;
}

describe("pages bounded by bytes", () => {
	it("admin entity list: several pages under the budget, every entity once, in slug order", async () => {
		const pages = await allPages(
			admin("/entities"),
			(e) => weight(e.committed?.data) + weight(e.draft?.data),
		);
		expect(pages.length).toBeGreaterThan(2);
		expect(pages.flat().map((e) => e.slug)).toEqual(SLUGS);
		// Greedy: each page but the last stops only because the next entity would exceed the budget.
		const weights = pages.map((p) => p.map((e) => weight(e.committed?.data) + weight(e.draft?.data)));
		for (let i = 0; i < pages.length - 1; i++) {
			const used = (weights[i] as number[]).reduce((a, b) => a + b, 0);
			expect(used + ((weights[i + 1] as number[])[0] as number)).toBeGreaterThan(PAGE_BYTES);
		}
	});

	it("revision history: pages under the budget, newest first, every revision once", async () => {
		const slug = SLUGS[5] as string;
		for (let i = 0; i < 6; i++) {
			const res = await call("PUT", admin(`/entities/${slug}`), { body: { data: big(`rev ${i}`) } });
			expect(res.status, res.text).toBe(200);
		}
		const pages = await allPages(admin(`/entities/${slug}/revisions`), (r) => weight(r.data));
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.flat().map((r) => r.revision)).toEqual([7, 6, 5, 4, 3, 2, 1]);
	});

	it("read API snapshot page: several pages under the budget, every entity once", async () => {
		const regenerate = await call("POST", admin("/snapshots/regenerate"));
		expect(regenerate.status).toBe(202);
		await vi.waitFor(
			async () => {
				const res = await call("GET", admin(`/snapshots/${regenerate.json.id}`));
				expect(res.json.status).toBe("published");
			},
			{ timeout: 20_000, interval: 100 },
		);
		const pages = await allPages(`/api/v1/projects/${project}/snapshots/latest/entities`, (e) =>
			weight(e.data),
		);
		expect(pages.length).toBeGreaterThan(2);
		expect(pages.flat().map((e) => e.slug)).toEqual(SLUGS);
		expect(pages.flat().map((e) => e.data.tag)).toEqual(SLUGS);
	}, 30_000);
});

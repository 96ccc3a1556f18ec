import { beforeAll, describe, expect, it, vi } from "vitest";
import { api, expectStatus } from "./api";
import { createKey, createProject, expectProblem } from "./helpers";

// Polling etiquette of the events feed: ETag and If-None-Match, 304s that cost no read token,
// X-Poll-Interval, and long poll (`wait`) held at the project's EventsHub.
let project: string;
const FEED = "/api/v1/admin/projects/{project}/events" as const;

const feed = (
	query: { cursor?: string; wait?: number; types?: string } = {},
	token?: string,
	etag?: string,
) =>
	api.get(FEED, {
		path: { project },
		query,
		token,
		headers: etag ? { "If-None-Match": etag } : undefined,
	});

async function commit(slug: string) {
	const res = await api.put("/api/v1/admin/projects/{project}/entities/{slug}", {
		path: { project, slug },
		body: { schema: "a", data: { title: slug }, mode: "commit", message: "m" },
	});
	expect(res.status, res.text).toBeLessThan(300);
}

const remaining = (headers: Headers) => Number(/r=(\d+)/.exec(headers.get("RateLimit") ?? "")?.[1]);

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	await api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
		path: { project, schema: "a" },
		body: { json_schema: { type: "object" } },
	});
	await commit("first");
});

describe("feed etiquette", () => {
	it("answers 304 with the same ETag and X-Poll-Interval while nothing is new, and 200 once it is", async () => {
		const page = await feed();
		expectStatus(page, 200);
		const etag = page.headers.get("ETag") ?? "";
		expect(etag).toMatch(/^".+"$/);
		expect(page.headers.get("X-Poll-Interval")).toBe("5");
		const cursor = (page.json as { next_cursor: string }).next_cursor;
		const idle = await feed({ cursor }, undefined, etag);
		expect(idle.status).toBe(304);
		expect(idle.headers.get("ETag")).toBe(etag);
		expect(idle.headers.get("X-Poll-Interval")).toBe("5");
		await commit("second");
		const fresh = await feed({ cursor }, undefined, etag);
		expect(fresh.status).toBe(200);
		expect(fresh.headers.get("ETag")).not.toBe(etag);
	});

	it("spends no read token on a 304, and still refuses a 200 over the limit with 429", async () => {
		const { key } = await createKey(project, {
			scopes: ["events.read"],
			rate_limit: { read: { burst: 3, per_second: 0.001 } },
		});
		const page = await feed({ cursor: "now" }, key);
		expectStatus(page, 200);
		expect(remaining(page.headers)).toBe(2);
		const etag = page.headers.get("ETag") ?? "";
		const cursor = (page.json as { next_cursor: string }).next_cursor;
		for (let i = 0; i < 5; i++) {
			const idle = await feed({ cursor }, key, etag);
			expect(idle.status).toBe(304);
			expect(remaining(idle.headers)).toBe(2);
		}
		expectStatus(await feed({ cursor }, key), 200);
		expectStatus(await feed({ cursor }, key), 200);
		expectProblem(await feed({ cursor }, key), 429, "rate_limited");
	});
});

describe("long poll", () => {
	it("holds an idle request and answers with the event committed meanwhile", async () => {
		const now = expectStatus(await feed({ cursor: "now" }), 200);
		const held = feed({ cursor: now.next_cursor, wait: 20 });
		let answered = false;
		held.then(() => {
			answered = true;
		});
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(answered).toBe(false);
		await commit("awaited");
		const page = expectStatus(await held, 200);
		expect(page.data.map((e) => (e.data as { entity: { slug: string } }).entity.slug)).toEqual(["awaited"]);
		expect((await held).headers.get("X-Poll-Interval")).toBe("0");
	});

	it("answers an empty page when the wait ends, and 304 under If-None-Match", async () => {
		const now = await feed({ cursor: "now" });
		const cursor = (now.json as { next_cursor: string }).next_cursor;
		expect(expectStatus(await feed({ cursor, wait: 1 }), 200)).toEqual({ data: [], next_cursor: cursor });
		const idle = await feed({ cursor, wait: 1 }, undefined, now.headers.get("ETag") ?? "");
		expect(idle.status).toBe(304);
	});

	it("wakes every waiting poller for one commit, and a filtered one keeps waiting past it", async () => {
		const now = expectStatus(await feed({ cursor: "now" }), 200);
		const waiting = Array.from({ length: 5 }, () => feed({ cursor: now.next_cursor, wait: 20 }));
		const filtered = feed({ cursor: now.next_cursor, wait: 2, types: "snapshot.published" });
		await new Promise((resolve) => setTimeout(resolve, 300));
		await commit("for-all");
		for (const page of await Promise.all(waiting)) expect(expectStatus(page, 200).data).toHaveLength(1);
		// Woken by the commit, it finds nothing of its type, moves past it and waits out its time.
		const nothing = expectStatus(await filtered, 200);
		expect(nothing.data).toEqual([]);
		expect(nothing.next_cursor).not.toBe(now.next_cursor);
	});
});

import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { api, expectStatus } from "./api";
import { createProject } from "./helpers";

// No event is ever skipped: many writers commit at once (single writes and batches, through the
// worker) while a poller follows the feed from next_cursor, small pages and long polls mixed.
// The poller must see every event of the project exactly once, in the order D1 committed them.
let project: string;
const WRITERS = 8;
const WRITES_EACH = 12;

async function write(writer: number, n: number) {
	const slug = `w${writer}-${n % 4}`;
	if (n % 3 === 2) {
		const res = await api.post("/api/v1/admin/projects/{project}/batch", {
			path: { project },
			body: {
				operations: [0, 1, 2].map((i) => ({
					op: "update" as const,
					slug: `w${writer}-b${n}-${i}`,
					schema: "a",
					data: { n, i },
					mode: "commit" as const,
					message: "batch",
				})),
			},
		});
		expect(res.status, res.text).toBe(200);
		return;
	}
	const res = await api.put("/api/v1/admin/projects/{project}/entities/{slug}", {
		path: { project, slug },
		body: { schema: "a", data: { writer, n }, mode: "commit", message: `write ${n}` },
	});
	// Two writers never share a slug, so every write succeeds (201 or 200).
	expect(res.status, res.text).toBeLessThan(300);
}

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	await api.put("/api/v1/admin/projects/{project}/schemas/{schema}", {
		path: { project, schema: "a" },
		body: { json_schema: { type: "object" } },
	});
});

describe("the events feed under concurrent writers", () => {
	it("gives a poller resuming from next_cursor every event exactly once, in commit order", async () => {
		let writing = true;
		const writers = Array.from({ length: WRITERS }, async (_, w) => {
			for (let n = 0; n < WRITES_EACH; n++) await write(w, n);
		});
		const seen: string[] = [];
		const revisions = new Map<string, number[]>();
		let polls = 0;
		const poller = (async () => {
			let cursor: string | undefined;
			for (;;) {
				const stillWriting = writing;
				// Alternate small pages and long polls, so both paths run while writers commit.
				const query = polls++ % 2 === 0 ? { cursor, limit: 5 } : { cursor, limit: 3, wait: 1 };
				const page = expectStatus(
					await api.get("/api/v1/admin/projects/{project}/events", { path: { project }, query }),
					200,
				);
				for (const event of page.data) {
					seen.push(event.id);
					const { slug, revision } = (event.data as { entity: { slug: string; revision: number } }).entity;
					revisions.set(slug, [...(revisions.get(slug) ?? []), revision]);
				}
				expect(page.next_cursor).toEqual(expect.any(String));
				cursor = page.next_cursor;
				// Done once a poll that began after the last commit came back empty.
				if (!stillWriting && page.data.length === 0) return;
			}
		})();
		await Promise.all(writers);
		writing = false;
		await poller;

		const { results } = await env.DB.prepare(
			"SELECT id, seq FROM outbox_events WHERE project_id = ? ORDER BY seq",
		)
			.bind(project)
			.all<{ id: string; seq: number }>();
		// Eight in twelve writes are single commits, four are batches of three.
		expect(results).toHaveLength(WRITERS * (8 + 4 * 3));
		expect(new Set(seen).size).toBe(seen.length);
		expect(seen).toEqual(results.map((r) => r.id));
		// The sequence has no gaps: 1, 2, 3, … (what tells an expired cursor from a fine one).
		expect(results.map((r) => r.seq)).toEqual(results.map((_, i) => i + 1));
		// Commit order as the writers made it: each entity's revisions arrive in increasing order.
		for (const [slug, list] of revisions) expect(list, slug).toEqual([...list].sort((a, b) => a - b));
		expect(polls).toBeGreaterThan(2);
	}, 60_000);
});

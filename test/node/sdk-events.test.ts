import { describe, expect, it } from "vitest";
import { FolioError } from "../../sdk/src/index.ts";
import { client, fakeFetch, json, problem } from "./sdk-helpers";

const event = (n: number) => ({
	id: `evt_${n}`,
	type: "entity.committed",
	timestamp: "2026-01-01T00:00:00.000Z",
	project: "demo",
	data: { entity: { slug: `s${n}`, schema: "a", revision: 1 } },
});
const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

describe("SDK events feed", () => {
	it("lists a page with cursor, types, limit and wait, and gets one event", async () => {
		const { fetch, requests } = fakeFetch(
			() => json({ data: [event(1)], next_cursor: "c1" }),
			() => json(event(1)),
		);
		const folio = client(fetch);
		const page = await folio.events.list("demo", {
			cursor: "c0",
			types: ["entity.committed", "entity.deleted"],
			limit: 10,
			wait: 5,
		});
		expect(page).toEqual({ data: [event(1)], next_cursor: "c1" });
		expect(new URL(requests[0]?.url ?? "").pathname).toBe("/api/v1/admin/projects/demo/events");
		expect(query(requests[0] as Request)).toEqual({
			cursor: "c0",
			types: "entity.committed,entity.deleted",
			limit: "10",
			wait: "5",
		});
		expect(await folio.events.get("demo", "evt_1")).toEqual(event(1));
		expect(new URL(requests[1]?.url ?? "").pathname).toBe("/api/v1/admin/projects/demo/events/evt_1");
	});

	it("follows by long poll from a stored cursor, reporting each new cursor once its page is consumed", async () => {
		const { fetch, requests } = fakeFetch(
			() => json({ data: [event(1), event(2)], next_cursor: "c2" }),
			() => json({ data: [], next_cursor: "c2" }),
			() => json({ data: [event(3)], next_cursor: "c3" }),
		);
		const cursors: string[] = [];
		const seen: string[] = [];
		for await (const e of client(fetch).events.follow("demo", {
			cursor: "c0",
			types: ["entity.committed"],
			onCursor: (cursor) => void cursors.push(cursor),
		})) {
			seen.push(e.id);
			// Not yet reported: the page is not consumed until the loop asks for the next event.
			if (e.id === "evt_2") expect(cursors).toEqual([]);
			if (seen.length === 3) break;
		}
		expect(seen).toEqual(["evt_1", "evt_2", "evt_3"]);
		expect(cursors).toEqual(["c2"]);
		expect(requests.map((r) => query(r))).toEqual([
			{ cursor: "c0", types: "entity.committed", wait: "25" },
			{ cursor: "c2", types: "entity.committed", wait: "25" },
			{ cursor: "c2", types: "entity.committed", wait: "25" },
		]);
	});

	it("stops following with the 410 cursor_expired of a cursor past retention", async () => {
		const { fetch } = fakeFetch(() => problem(410, "cursor_expired"));
		const follow = client(fetch).events.follow("demo", { cursor: "old" });
		const error = await follow.next().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FolioError);
		expect(error).toMatchObject({ status: 410, code: "cursor_expired" });
	});
});

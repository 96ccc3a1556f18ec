import { createRouter } from "../../lib/create-router";
import { crc32 } from "../../lib/crypto";
import { ifNoneMatchHits } from "../../lib/etag";
import { schemaLimit } from "../../lib/schema-limits";
import { getEventRoute, listEventsRoute } from "./events.routes";
import { readEvent } from "./events-feed";
import { pollFeed } from "./events-poll";

/** Seconds a poller that got everything should wait before asking again (without `wait`). */
const POLL_INTERVAL_SECONDS = 5;

export const eventsRouter = createRouter()
	.openapi(listEventsRoute, async (c) => {
		const { project } = c.req.valid("param");
		const { cursor, types, limit, wait } = c.req.valid("query");
		const allowed = schemaLimit(c.get("principal"));
		const typeList = types ? [...new Set(types.split(",").map((t) => t.trim()))].sort() : null;
		const query = { cursor, types: typeList, limit, allowed };
		const page = await pollFeed(c.get("db"), c.env.EVENTS_HUB, project, query, (wait ?? 0) * 1000);
		// The position after the answer, and what filters it: the same tag while nothing is new. A
		// checksum is enough for the filter: a 304 is only answered when nothing new matched anyway.
		const variant = crc32(JSON.stringify([typeList, allowed])).toString(36);
		const headers = {
			ETag: `"${page.next}.${variant}"`,
			"X-Poll-Interval": String(page.more || wait ? 0 : POLL_INTERVAL_SECONDS),
		};
		if (page.count === 0 && ifNoneMatchHits(c.req.valid("header")["if-none-match"], headers.ETag)) {
			return c.body(null, 304, headers);
		}
		return c.body(page.json, 200, { ...headers, "Content-Type": "application/json" });
	})
	.openapi(getEventRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		const json = await readEvent(c.get("db"), project, id, schemaLimit(c.get("principal")));
		return c.body(json, 200, { "Content-Type": "application/json" });
	});

import type { Db } from "../../lib/types";
import { encodeFeedCursor } from "./event-cursor";
import { type FeedPage, type FeedQuery, readFeed } from "./events-feed";
import { waitForEvents } from "./events-hub-client";

/**
 * A feed page, held up to `waitMs` while it would be empty (long poll). The request reads D1 once,
 * then waits at the project's EventsHub, which holds it without any query of its own; woken, it
 * reads D1 once more. A wake-up that brings nothing this request sees (another schema, another
 * type) moves its position past those events and it waits again for the rest of its time.
 */
export async function pollFeed(
	db: Db,
	hubs: Env["EVENTS_HUB"],
	project: string,
	query: FeedQuery,
	waitMs: number,
): Promise<FeedPage> {
	let page = await readFeed(db, project, query);
	const deadline = Date.now() + waitMs;
	while (page.count === 0 && !page.more) {
		const remaining = deadline - Date.now();
		if (remaining <= 0) break;
		if (!(await waitForEvents(hubs, project, page.next, remaining))) break;
		page = await readFeed(db, project, { ...query, cursor: encodeFeedCursor(page.next) });
	}
	return page;
}

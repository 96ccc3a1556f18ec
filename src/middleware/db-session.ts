import type { MiddlewareHandler } from "hono";
import { createSessionDb } from "../db/client";
import { ApiError } from "../lib/errors";
import { setResponseHeaders } from "../lib/response-headers";
import type { AppEnv } from "../lib/types";

/** D1 bookmarks as D1 hands them out: four hex fields, the last a 128-bit hash. */
export const BOOKMARK_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;
const BOOKMARK_HEADER = "X-Folio-Bookmark";

/**
 * Read-your-writes across requests (D1 Sessions API). A request may send the `X-Folio-Bookmark`
 * of an earlier answer; an admin request then runs all its queries in one session started from
 * it (else at the primary: `first-primary`), so it sees that write and everything before it, and
 * answers the session's bookmark after its own queries. Read routes open their sessions lazily
 * (snapshot-source.ts: replicas, and no session at all on a cache hit) and report them through
 * `readBookmark`. Runs after authenticate(): keys are looked up on the primary, where a key just
 * created always is, and a caller without a valid key learns nothing from a 400 here.
 */
export function dbSession(options: { admin: boolean }): MiddlewareHandler<AppEnv> {
	const { admin } = options;
	return async function dbSession(c, next) {
		const given = c.req.header(BOOKMARK_HEADER);
		if (given !== undefined && !BOOKMARK_PATTERN.test(given)) {
			throw new ApiError(
				"invalid_bookmark",
				`${BOOKMARK_HEADER} must be a bookmark as an earlier response's ${BOOKMARK_HEADER} carried it.`,
			);
		}
		if (given) c.set("bookmark", given);
		const session = admin ? c.env.DB.withSession(given ?? "first-primary") : undefined;
		if (session) c.set("db", createSessionDb(session));
		await next();
		// No query ran (an answer from memory): the client's own bookmark is still the freshest it knows.
		const fresh = session?.getBookmark() ?? c.get("readBookmark") ?? given;
		if (fresh) setResponseHeaders(c, { [BOOKMARK_HEADER]: fresh });
	};
}

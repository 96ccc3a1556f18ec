import { ApiError } from "../../lib/errors";
import { pageKeys } from "../../lib/page-bytes";
import { invalidCursor } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import { cursorExpired, decodeFeedCursor, encodeFeedCursor } from "./event-cursor";
import { EVENTS, type EventType } from "./event-payloads";
import { eventVisibleSql } from "./event-visibility";

/** Every event type the feed carries: all the outbox records but `webhook.test`. */
export const FEED_TYPES = (Object.keys(EVENTS) as EventType[]).filter((t) => t !== "webhook.test");

/**
 * Events one request looks at after the cursor, visible to it or not. A filter (`types`, a
 * schema-limited key) that matches none of them still moves the cursor past them, so a sparse
 * filter costs a bounded read per request and can neither skip an event nor loop on the same rows.
 */
const SCAN_ROWS = 2000;

/** Without a filter every event is a candidate, and `limit + 1` of them tell whether more follow. */
const scanLimit = (query: FeedQuery) => (query.types || query.allowed ? SCAN_ROWS : query.limit + 1);

export interface FeedQuery {
	/** `?cursor`: absent (the oldest retained), `now`, or a cursor the feed issued. */
	cursor?: string;
	types: string[] | null;
	limit: number;
	/** The schemas a limited key may see; null for every schema. */
	allowed: readonly string[] | null;
}

export interface FeedPage {
	/** The response body, built around the stored payloads without parsing them. */
	json: string;
	count: number;
	/** The position after this page: `next_cursor`. */
	next: number;
	/** More events are waiting past `next` (a full page, or the scan window ran out). */
	more: boolean;
}

interface Row {
	summary: number;
	seq: number | null;
	payload: string | null;
	candidates: number | null;
	scanned: number | null;
	oldest: number | null;
	newest: number | null;
}

/**
 * One page of the feed in one D1 query, so that the page, the frontier it reached and the
 * retention bounds all come from the same state. `after` is the position to read after (null:
 * before the oldest retained).
 */
async function queryPage(db: Db, project: string, after: number, query: FeedQuery): Promise<Row[]> {
	const visible = `(?3 IS NULL OR e.type IN (SELECT value FROM json_each(?3))) AND ${eventVisibleSql("e", "?4")}`;
	const { results } = await db.$client
		.prepare(
			`WITH scanned AS MATERIALIZED (
				SELECT e.seq AS key, CASE WHEN ${visible} THEN octet_length(e.payload) END AS bytes
				FROM outbox_events e WHERE e.project_id = ?1 AND e.seq > ?2 ORDER BY e.seq LIMIT ${scanLimit(query)}),
			candidates AS (SELECT key, bytes FROM scanned WHERE bytes IS NOT NULL),
			${pageKeys("candidates", "ASC", query.limit)}
			SELECT 0 AS summary, e.seq, e.payload, p.total AS candidates, NULL AS scanned, NULL AS oldest, NULL AS newest
			FROM page p JOIN outbox_events e ON e.project_id = ?1 AND e.seq = p.key
			UNION ALL
			SELECT 1, (SELECT max(key) FROM scanned), NULL, NULL, (SELECT count(*) FROM scanned),
				(SELECT min(seq) FROM outbox_events WHERE project_id = ?1 AND seq IS NOT NULL),
				(SELECT max(seq) FROM outbox_events WHERE project_id = ?1)
			ORDER BY 1, 2`,
		)
		.bind(
			project,
			after,
			query.types ? JSON.stringify(query.types) : null,
			query.allowed ? JSON.stringify(query.allowed) : null,
		)
		.all<Row>();
	return results;
}

/**
 * A page of the project's events after the cursor, oldest first. `next` is never absent: the
 * last event returned when the page is full, else the last event looked at (past events the
 * filters leave out), else the cursor itself. A cursor before the oldest retained event (minus
 * one) is 410 `cursor_expired`; one past the newest was not issued here (400).
 */
export async function readFeed(db: Db, project: string, query: FeedQuery): Promise<FeedPage> {
	const now = query.cursor === "now";
	const from = query.cursor === undefined || now ? 0 : decodeFeedCursor(query.cursor);
	// `now` reads nothing: only the bounds, to answer the position after the newest event.
	const rows = await queryPage(db, project, now ? Number.MAX_SAFE_INTEGER : from, query);
	const summary = rows.at(-1) as Row;
	const events = rows.filter((r) => r.summary === 0);
	const newest = summary.newest ?? 0;
	const oldest = summary.oldest ?? newest + 1;
	if (now) return { json: pageJson([], newest), count: 0, next: newest, more: false };
	if (query.cursor !== undefined) {
		if (from > newest) throw invalidCursor("The cursor is ahead of this project's events feed.");
		if (from < oldest - 1) throw cursorExpired(oldest);
	}
	const last = events.at(-1);
	const candidates = last?.candidates ?? 0;
	const full = events.length > 0 && events.length < candidates;
	const next = full ? (last?.seq as number) : (summary.seq ?? from);
	const more = full || (summary.scanned ?? 0) >= scanLimit(query);
	return {
		json: pageJson(
			events.map((e) => e.payload as string),
			next,
		),
		count: events.length,
		next,
		more,
	};
}

const pageJson = (payloads: string[], next: number) =>
	`{"data":[${payloads.join(",")}],"next_cursor":${JSON.stringify(encodeFeedCursor(next))}}`;

/** One event of the feed, as JSON text; 404 for an unknown id, a `webhook.test` or a barred schema. */
export async function readEvent(db: Db, project: string, id: string, allowed: readonly string[] | null) {
	const row = await db.$client
		.prepare(
			`SELECT e.payload FROM outbox_events e
			WHERE e.project_id = ?1 AND e.id = ?2 AND e.seq IS NOT NULL AND ${eventVisibleSql("e", "?3")}`,
		)
		.bind(project, id, allowed ? JSON.stringify(allowed) : null)
		.first<{ payload: string }>();
	if (!row) throw new ApiError("event_not_found", `Event ${id} is not in this project's feed.`);
	return row.payload;
}

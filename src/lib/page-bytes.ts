import { z } from "@hono/zod-openapi";
import { encodeCursor, paginationQuery } from "./pagination";

/**
 * Bytes of stored entity data a page carries at most, besides its first item: `limit` alone let
 * 60 entities of 1 MB make a 62 MB response. The first item is always in the page, so an entity
 * bigger than this still pages (alone).
 */
export const PAGE_BYTES = 4 * 1024 * 1024;

/**
 * SQL for a CTE `page (key, total)`: the keys of one page, picked from `source` (a CTE or table
 * with `key`, the sort key, and `bytes`, the data that item carries, already limited to the
 * `limit + 1` candidates after the cursor): at most `limit` of them, the first always, then
 * while the running sum of `bytes` stays within PAGE_BYTES. `total` is the number of candidates,
 * so a page shorter than it has a next page. Only keys and sizes go through the window
 * functions; the data is joined to the few keys kept.
 */
export function pageKeys(source: string, order: "ASC" | "DESC", limit: number): string {
	if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`pageKeys: bad limit ${limit}`);
	return `page AS (SELECT key, total FROM (
		SELECT key, row_number() OVER w AS n, count(*) OVER () AS total, sum(bytes) OVER w AS running
		FROM ${source} WINDOW w AS (ORDER BY key ${order} ROWS UNBOUNDED PRECEDING))
	WHERE n <= ${limit} AND (running <= ${PAGE_BYTES} OR n = 1))`;
}

/** The cursor after a page whose rows carry `page_total` (see pageKeys), or null at the end. */
export function nextCursorOf<T extends { page_total: number }>(rows: T[], position: (row: T) => unknown[]) {
	const last = rows.at(-1);
	return last && rows.length < last.page_total ? encodeCursor(position(last)) : null;
}

const MIB = PAGE_BYTES / (1024 * 1024);

/** `limit` and `cursor` of a list whose items carry entity data. */
export const dataPaginationQuery = paginationQuery.extend({
	limit: paginationQuery.shape.limit.openapi({
		description: `Page size, 1-500. A page also ends before its entity data would exceed ${MIB} MiB (its first item is always included), so it may hold fewer items than \`limit\` with more to come: follow \`next_cursor\`.`,
	}),
});

export const dataNextCursor = z
	.string()
	.nullable()
	.openapi({
		description: `Cursor of the next page, or null after the last one. A page ends at \`limit\` items or at about ${MIB} MiB of entity data, whichever comes first.`,
	});

export const dataPage = <T extends z.ZodType>(item: T) =>
	z.object({ data: z.array(item), next_cursor: dataNextCursor });

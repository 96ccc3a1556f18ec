import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Principal } from "./types";

/** The schemas a caller is limited to, or null for every schema (the root token, unlimited keys). */
export const schemaLimit = (principal: Principal): string[] | null =>
	principal.kind === "root" ? null : principal.key.schemas;

/**
 * Whether a caller limited to `allowed` may see a resource (an export, a webhook endpoint) that
 * recorded `recorded`, the limit of the key that made it (null: every schema). It may when that
 * limit lies within its own: an export of every schema, or an endpoint that receives every
 * schema's events, would hand it the entities it is barred from.
 */
export const coveredBy = (recorded: readonly string[] | null, allowed: readonly string[] | null) =>
	!allowed || recorded?.every((s) => allowed.includes(s)) === true;

/** `coveredBy` in SQL, for a JSON column holding the recorded limit; undefined when all pass. */
export const coveredBySql = (column: SQLiteColumn, allowed: readonly string[] | null): SQL | undefined =>
	allowed
		? sql`(${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM json_each(${column})
			WHERE value NOT IN (SELECT value FROM json_each(${JSON.stringify(allowed)}))))`
		: undefined;

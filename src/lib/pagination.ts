import { z } from "@hono/zod-openapi";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { fromBase64Url, toBase64Url } from "./base64";
import { ApiError } from "./errors";

export const paginationQuery = z.object({
	limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: "Page size, 1-500." }),
	cursor: z.string().max(512).optional().openapi({ description: "Opaque cursor from `next_cursor`." }),
});

export const page = <T extends z.ZodType>(item: T) =>
	z.object({ data: z.array(item), next_cursor: z.string().nullable() });

/** Cursors are base64url JSON so they stay opaque to clients and cheap to check. */
export function encodeCursor(position: unknown[]): string {
	const bytes = new TextEncoder().encode(JSON.stringify(position));
	return toBase64Url(bytes);
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
	try {
		const value = JSON.parse(new TextDecoder().decode(fromBase64Url(cursor)));
		if (
			Array.isArray(value) &&
			value.length === arity &&
			value.every((v) => typeof v === "string" || typeof v === "number")
		) {
			return value;
		}
	} catch {
		// Falls through to the problem below.
	}
	throw invalidCursor("The cursor is not one this API issued.", "Unknown cursor.");
}

/** 400 `invalid_cursor`, pointing at the `cursor` parameter. */
export const invalidCursor = (detail: string, message = detail) =>
	new ApiError("invalid_cursor", detail, {
		extra: { errors: [{ parameter: "cursor", message, code: "invalid_cursor" }] },
	});

/** Takes a `limit + 1` row fetch and splits it into a page and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, position: (row: T) => unknown[]) {
	const data = rows.slice(0, limit);
	const last = data.at(-1);
	return { data, next_cursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}

/**
 * Newest-first pages over (created_at, id), because ids sort by creation only to the second.
 * `where` continues after the cursor; `position` is what the next cursor holds.
 */
export function newestFirst(createdAt: SQLiteColumn, id: SQLiteColumn, cursor?: string) {
	let where: SQL | undefined;
	if (cursor) {
		const [at, last] = decodeCursor(cursor, 2).map(String) as [string, string];
		where = or(lt(createdAt, at), and(eq(createdAt, at), lt(id, last)));
	}
	return {
		where,
		orderBy: [desc(createdAt), desc(id)],
		position: (row: { createdAt: string; id: string }) => [row.createdAt, row.id],
	};
}

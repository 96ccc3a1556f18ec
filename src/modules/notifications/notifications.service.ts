import { and, eq } from "drizzle-orm";
import { notifications } from "../../db/schema";
import { newestFirst, toPage } from "../../lib/pagination";
import type { Db } from "../../lib/types";

/** Newest first. `detail` is stored as JSON text; older rows that are not JSON come back as `{ message }`. */
export async function listNotifications(db: Db, projectId: string, limit: number, cursor?: string) {
	const order = newestFirst(notifications.createdAt, notifications.id, cursor);
	const rows = await db.query.notifications.findMany({
		where: and(eq(notifications.projectId, projectId), order.where),
		orderBy: order.orderBy,
		limit: limit + 1,
	});
	const page = toPage(rows, limit, order.position);
	return {
		data: page.data.map((row) => ({
			id: row.id,
			type: row.type,
			subject: row.subject,
			detail: parseDetail(row.detail),
			created_at: row.createdAt,
		})),
		next_cursor: page.next_cursor,
	};
}

function parseDetail(text: string): Record<string, unknown> {
	try {
		const value = JSON.parse(text);
		if (value && typeof value === "object" && !Array.isArray(value)) return value;
	} catch {
		// Falls through.
	}
	return { message: text };
}

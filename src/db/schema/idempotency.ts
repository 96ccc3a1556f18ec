import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The final response to a request sent with an Idempotency-Key, kept 24 h (the cron purges
 * older rows) and replayed to a retry with the same key, method, path and body fingerprint.
 */
export const idempotencyRecords = sqliteTable(
	"idempotency_records",
	{
		keyId: text("key_id").notNull(),
		method: text("method").notNull(),
		path: text("path").notNull(),
		idempotencyKey: text("idempotency_key").notNull(),
		fingerprint: text("fingerprint").notNull(),
		status: integer("status").notNull(),
		headers: text("headers").notNull(),
		body: text("body").notNull(),
		createdAt: text("created_at").notNull(),
	},
	(t) => [
		primaryKey({ columns: [t.keyId, t.method, t.path, t.idempotencyKey] }),
		index("idempotency_created_idx").on(t.createdAt),
	],
);

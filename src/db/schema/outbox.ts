import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Events written in the same D1 batch as the change they describe, then relayed to the jobs
 * queue. `relayed_at` stays null until a relay succeeds; the cron sweep retries those.
 */
export const outboxEvents = sqliteTable(
	"outbox_events",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		type: text("type").notNull(),
		payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
		createdAt: text("created_at").notNull(),
		relayedAt: text("relayed_at"),
		relayAttempts: integer("relay_attempts").notNull().default(0),
	},
	(t) => [index("outbox_pending_idx").on(t.relayedAt, t.createdAt)],
);

/** Events a consumer has handled, so a redelivered queue message does nothing twice. */
export const eventReceipts = sqliteTable("event_receipts", {
	eventId: text("event_id").primaryKey(),
	handledAt: text("handled_at").notNull(),
});

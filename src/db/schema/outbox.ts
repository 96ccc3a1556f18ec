import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Events written in the same D1 batch as the change they describe. After the response their ids
 * go to the jobs queue; the consumer stamps `handled_at`, which is also how it recognises a
 * redelivery. An event left unhandled a minute after its last send is re-sent by the cron sweep,
 * so a failed relay costs latency, never the event.
 */
export const outboxEvents = sqliteTable(
	"outbox_events",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		type: text("type").notNull(),
		payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
		createdAt: text("created_at").notNull(),
		/** Set by the sweep when it re-sends; the first relay writes nothing, to keep writes cheap. */
		resentAt: text("resent_at"),
		resends: integer("resends").notNull().default(0),
		handledAt: text("handled_at"),
	},
	(t) => [index("outbox_unhandled_idx").on(t.handledAt, t.createdAt)],
);

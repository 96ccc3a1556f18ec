import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
		/**
		 * The event's place in its project's feed (GET …/events): max + 1 within the project, assigned
		 * by the INSERT itself inside the D1 batch that writes the event. D1 has one writer and a
		 * batch is a transaction, so commit order is seq order and a reader never sees seq N + 1
		 * without N. NULL for `webhook.test`, which the feed leaves out.
		 */
		seq: integer("seq"),
	},
	(t) => [
		index("outbox_unhandled_idx").on(t.handledAt, t.createdAt),
		uniqueIndex("outbox_project_seq_idx").on(t.projectId, t.seq),
	],
);

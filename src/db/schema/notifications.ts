import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Things an administrator must hear about: failed builds, exhausted deliveries, disabled endpoints. */
export const notifications = sqliteTable(
	"notifications",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		type: text("type").notNull(),
		/** What it is about: a snapshot id, a delivery id, an endpoint id. */
		subject: text("subject").notNull(),
		detail: text("detail").notNull(),
		createdAt: text("created_at").notNull(),
	},
	(t) => [index("notifications_project_idx").on(t.projectId, t.createdAt, t.id)],
);

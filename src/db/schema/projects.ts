import { sqliteTable, text } from "drizzle-orm/sqlite-core";

export const projects = sqliteTable("projects", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	createdAt: text("created_at").notNull(),
	/** The published snapshot the read API serves as `latest`. */
	latestSnapshotId: text("latest_snapshot_id"),
});

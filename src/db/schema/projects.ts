import { sqliteTable, text } from "drizzle-orm/sqlite-core";

export const projects = sqliteTable("projects", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	createdAt: text("created_at").notNull(),
	/** The published snapshot the read API serves as `latest`. */
	latestSnapshotId: text("latest_snapshot_id"),
	/**
	 * When `latest` was last moved by a promote: a build that started before it publishes but does
	 * not move `latest`, so a rollback is not undone by a build already running.
	 */
	latestPromotedAt: text("latest_promoted_at"),
});

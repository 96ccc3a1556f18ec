import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export type ExportStatus = "queued" | "running" | "completed" | "failed";

/**
 * An export job and, once completed, its file in R2 (`object_key`). A run claims the job by moving
 * it to `running` (with `started_at`); a run that fails puts it back to `queued` for the retry.
 */
export const exportJobs = sqliteTable(
	"exports",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		snapshotId: text("snapshot_id").notNull(),
		status: text("status").$type<ExportStatus>().notNull(),
		requestedBy: text("requested_by").notNull(),
		/** The schemas of a limited key that started it (only they are exported); null for all. */
		schemas: text("schemas", { mode: "json" }).$type<string[] | null>(),
		requestedAt: text("requested_at").notNull(),
		startedAt: text("started_at"),
		completedAt: text("completed_at"),
		failedAt: text("failed_at"),
		error: text("error"),
		attempts: integer("attempts").notNull().default(0),
		entityCount: integer("entity_count"),
		bytes: integer("bytes"),
		sha256: text("sha256"),
		objectKey: text("object_key"),
	},
	(t) => [
		index("exports_project_idx").on(t.projectId, t.requestedAt, t.id),
		index("exports_status_idx").on(t.status),
	],
);

import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export type SnapshotStatus = "queued" | "building" | "published" | "failed";

/**
 * A snapshot is also its own build job. While building, `cursor` (the last slug done),
 * `entity_count` and `hash_state` advance together, one chunk per D1 batch, so a retried or
 * duplicated consumer resumes where the last committed chunk ended.
 */
export const snapshots = sqliteTable(
	"snapshots",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		status: text("status").$type<SnapshotStatus>().notNull(),
		message: text("message"),
		requestedBy: text("requested_by").notNull(),
		requestedAt: text("requested_at").notNull(),
		startedAt: text("started_at"),
		publishedAt: text("published_at"),
		failedAt: text("failed_at"),
		error: text("error"),
		/** The highest entity_revisions.seq the build may see; set when it starts. */
		watermark: integer("watermark"),
		cursor: text("cursor"),
		entityCount: integer("entity_count").notNull().default(0),
		/** The content hash's running SHA-256 state between chunks (see lib/sha256.ts). */
		hashState: text("hash_state"),
		/** When a build last started or wrote a chunk: a build silent too long lost its message. */
		progressAt: text("progress_at"),
		contentHash: text("content_hash"),
	},
	(t) => [
		index("snapshots_project_idx").on(t.projectId, t.requestedAt, t.id),
		// At most one queued rebuild per project: concurrent regenerate calls share it.
		uniqueIndex("snapshots_one_queued_idx").on(t.projectId).where(sql`status = 'queued'`),
	],
);

/** The manifest: a pointer to one committed revision per entity, never a copy of its data. */
export const snapshotEntries = sqliteTable(
	"snapshot_entries",
	{
		snapshotId: text("snapshot_id").notNull(),
		slug: text("slug").notNull(),
		schemaId: text("schema_id").notNull(),
		revision: integer("revision").notNull(),
	},
	(t) => [
		primaryKey({ columns: [t.snapshotId, t.slug] }),
		index("snapshot_entries_schema_idx").on(t.snapshotId, t.schemaId, t.slug),
	],
);

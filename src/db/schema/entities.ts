import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export type EntityStatus = "draft" | "committed" | "modified" | "deleted";
export type RevisionKind = "draft" | "commit" | "delete";

/** The head of an entity: which revisions are its draft and its committed state. */
export const entities = sqliteTable(
	"entities",
	{
		projectId: text("project_id").notNull(),
		slug: text("slug").notNull(),
		schemaId: text("schema_id").notNull(),
		status: text("status").$type<EntityStatus>().notNull(),
		revision: integer("revision").notNull(),
		committedRevision: integer("committed_revision"),
		draftRevision: integer("draft_revision"),
		createdAt: text("created_at").notNull(),
		updatedAt: text("updated_at").notNull(),
	},
	(t) => [
		primaryKey({ columns: [t.projectId, t.slug] }),
		index("entities_schema_idx").on(t.projectId, t.schemaId, t.slug),
		index("entities_status_idx").on(t.projectId, t.status, t.slug),
	],
);

/**
 * Every change to an entity, never updated. The primary key is also the concurrency guard: two
 * writers that read the same head both try to insert the same next revision, and one batch fails.
 */
export const entityRevisions = sqliteTable(
	"entity_revisions",
	{
		projectId: text("project_id").notNull(),
		slug: text("slug").notNull(),
		revision: integer("revision").notNull(),
		kind: text("kind").$type<RevisionKind>().notNull(),
		schemaId: text("schema_id").notNull(),
		schemaVersion: integer("schema_version").notNull(),
		data: text("data", { mode: "json" }).$type<unknown>(),
		message: text("message"),
		author: text("author").notNull(),
		createdAt: text("created_at").notNull(),
		/**
		 * Database-wide write order (max + 1 at insert; D1 has one writer). A snapshot build records
		 * the highest `seq` when it starts and sees only revisions at or below it, however long it runs.
		 */
		seq: integer("seq"),
		/** SHA-256 (hex) of `data` as stored; what snapshot content hashes are made of. */
		dataHash: text("data_hash"),
	},
	(t) => [
		primaryKey({ columns: [t.projectId, t.slug, t.revision] }),
		uniqueIndex("entity_revisions_seq_idx").on(t.seq),
		// Snapshot changes: a project's revisions between two watermarks, read from the index alone.
		index("entity_revisions_project_seq_idx").on(t.projectId, t.seq, t.kind, t.slug),
	],
);

import type { Joined, RawRow } from "../../db/raw-row";
import type { entities, entityRevisions } from "../../db/schema/entities";
import type { Db } from "../../lib/types";
import type { EntityState, Side } from "./entity-state";

// Reading entity heads (with both sides' revisions) for one entity and for a write's plan.

export interface SchemaHead {
	id: string;
	version: number;
	/** The JSON text as stored: parsed only when no compiled validator for this version is cached. */
	source: string;
}

/**
 * The head with its draft and committed revisions. Raw SQL with explicit column aliases: D1
 * returns rows as objects, so the two joins of entity_revisions must not share column names.
 * Each alias is the column's own name under a side prefix, so HeadRow derives from the tables.
 */
export const HEAD_COLUMNS = `e.slug, e.schema_id, e.status, e.revision, e.created_at, e.updated_at,
	d.revision AS d_revision, d.schema_id AS d_schema_id, d.data AS d_data, d.schema_version AS d_schema_version, d.created_at AS d_created_at, d.author AS d_author,
	c.revision AS c_revision, c.schema_id AS c_schema_id, c.data AS c_data, c.schema_version AS c_schema_version, c.message AS c_message,
	c.created_at AS c_created_at, c.author AS c_author`;
export const HEAD_SIDES = `LEFT JOIN entity_revisions d ON d.project_id = e.project_id AND d.slug = e.slug AND d.revision = e.draft_revision
	LEFT JOIN entity_revisions c ON c.project_id = e.project_id AND c.slug = e.slug AND c.revision = e.committed_revision`;
const HEAD_SELECT = `SELECT ${HEAD_COLUMNS} FROM entities e ${HEAD_SIDES}`;

type Head = RawRow<typeof entities>;
type RevisionRow = RawRow<typeof entityRevisions>;
type SideColumns = "revision" | "schema_id" | "data" | "schema_version" | "created_at" | "author";

export type HeadRow = Pick<Head, "slug" | "schema_id" | "status" | "revision" | "created_at" | "updated_at"> &
	Joined<"d_", Pick<RevisionRow, SideColumns>> &
	Joined<"c_", Pick<RevisionRow, SideColumns | "message">>;

export function toState(row: HeadRow): EntityState {
	const side = (p: "d" | "c"): Side | null =>
		row[`${p}_revision`] === null
			? null
			: {
					revision: row[`${p}_revision`] as number,
					schema: row[`${p}_schema_id`] as string,
					data: JSON.parse(row[`${p}_data`] ?? "null"),
					schemaVersion: row[`${p}_schema_version`] as number,
					message: p === "c" ? row.c_message : null,
					at: row[`${p}_created_at`] as string,
					by: row[`${p}_author`] as string,
					bytes: row[`${p}_data`]?.length ?? 0,
				};
	return {
		slug: row.slug,
		schema: row.schema_id,
		status: row.status,
		revision: row.revision,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		draft: side("d"),
		committed: side("c"),
		storedRevision: row.revision,
	};
}

/**
 * Everything a batch of writes needs, in one D1 round trip: the entities it names (with their
 * draft and committed data) and the current version of every schema they or the request use.
 */
export async function loadForWrite(db: Db, projectId: string, slugs: string[], schemaIds: string[]) {
	const d1 = db.$client;
	const slugList = JSON.stringify(slugs);
	const [heads, schemaRows] = await d1.batch([
		d1
			.prepare(`${HEAD_SELECT} WHERE e.project_id = ?1 AND e.slug IN (SELECT value FROM json_each(?2))`)
			.bind(projectId, slugList),
		d1
			.prepare(
				`SELECT s.id, s.version, v.json_schema FROM schemas s
				JOIN schema_versions v ON v.project_id = s.project_id AND v.schema_id = s.id AND v.version = s.version
				WHERE s.project_id = ?1 AND s.id IN (SELECT value FROM json_each(?2)
					UNION SELECT schema_id FROM entities WHERE project_id = ?1 AND slug IN (SELECT value FROM json_each(?3)))`,
			)
			.bind(projectId, JSON.stringify(schemaIds), slugList),
	]);
	const schemaHeads = (schemaRows?.results ?? []) as { id: string; version: number; json_schema: string }[];
	return {
		entities: new Map(((heads?.results ?? []) as HeadRow[]).map((row) => [row.slug, toState(row)])),
		schemas: new Map<string, SchemaHead>(
			schemaHeads.map((s) => [s.id, { id: s.id, version: s.version, source: s.json_schema }]),
		),
	};
}

export async function loadEntity(db: Db, projectId: string, slug: string): Promise<EntityState | null> {
	const row = await db.$client
		.prepare(`${HEAD_SELECT} WHERE e.project_id = ? AND e.slug = ?`)
		.bind(projectId, slug)
		.first<HeadRow>();
	return row ? toState(row) : null;
}

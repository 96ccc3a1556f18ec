import type { Db } from "../../lib/types";
import type { EntityState, Side } from "./entity-state";

export interface SchemaHead {
	id: string;
	version: number;
	/** The JSON text as stored: parsed only when no compiled validator for this version is cached. */
	source: string;
}

/**
 * The head with its draft and committed revisions. Raw SQL with explicit column aliases: D1
 * returns rows as objects, so the two joins of entity_revisions must not share column names.
 */
const HEAD_SELECT = `SELECT e.slug, e.schema_id, e.status, e.revision, e.created_at, e.updated_at,
	d.revision AS d_revision, d.data AS d_data, d.schema_version AS d_schema_version, d.created_at AS d_at, d.author AS d_by,
	c.revision AS c_revision, c.data AS c_data, c.schema_version AS c_schema_version, c.message AS c_message,
	c.created_at AS c_at, c.author AS c_by
	FROM entities e
	LEFT JOIN entity_revisions d ON d.project_id = e.project_id AND d.slug = e.slug AND d.revision = e.draft_revision
	LEFT JOIN entity_revisions c ON c.project_id = e.project_id AND c.slug = e.slug AND c.revision = e.committed_revision`;

export interface HeadRow {
	slug: string;
	schema_id: string;
	status: EntityState["status"];
	revision: number;
	created_at: string;
	updated_at: string;
	d_revision: number | null;
	d_data: string | null;
	d_schema_version: number | null;
	d_at: string | null;
	d_by: string | null;
	c_revision: number | null;
	c_data: string | null;
	c_schema_version: number | null;
	c_message: string | null;
	c_at: string | null;
	c_by: string | null;
}

export function toState(row: HeadRow): EntityState {
	const side = (p: "d" | "c"): Side | null =>
		row[`${p}_revision`] === null
			? null
			: {
					revision: row[`${p}_revision`] as number,
					data: JSON.parse(row[`${p}_data`] ?? "null"),
					schemaVersion: row[`${p}_schema_version`] as number,
					message: p === "c" ? row.c_message : null,
					at: row[`${p}_at`] as string,
					by: row[`${p}_by`] as string,
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

/** A page of heads by slug, with optional filters. */
export async function loadEntityPage(
	db: Db,
	projectId: string,
	filter: {
		schema?: string;
		status?: string;
		allowedSchemas: string[] | null;
		after?: string;
		limit: number;
	},
) {
	const { results } = await db.$client
		.prepare(
			`${HEAD_SELECT} WHERE e.project_id = ?1
			AND (?2 IS NULL OR e.schema_id = ?2) AND (?3 IS NULL OR e.status = ?3)
			AND (?4 IS NULL OR e.schema_id IN (SELECT value FROM json_each(?4)))
			AND (?5 IS NULL OR e.slug > ?5)
			ORDER BY e.slug LIMIT ?6`,
		)
		.bind(
			projectId,
			filter.schema ?? null,
			filter.status ?? null,
			filter.allowedSchemas ? JSON.stringify(filter.allowedSchemas) : null,
			filter.after ?? null,
			filter.limit,
		)
		.all<HeadRow>();
	return results;
}

export interface NewRevision {
	slug: string;
	revision: number;
	kind: "draft" | "commit" | "delete";
	schemaId: string;
	schemaVersion: number;
	/** True when `data` was validated against schema version `schemaVersion`. */
	validated: boolean;
	/** The head revision D1 holds for this entity, which the write assumes; null for a new entity. */
	basedOn: number | null;
	data: unknown;
	/** `data` as stored (null for a deletion), serialised once for the write and the cache. */
	json: string | null;
	message: string | null;
	author: string;
	createdAt: string;
}

export interface NewEvent {
	id: string;
	type: string;
	payload: Record<string, unknown>;
	createdAt: string;
}

/**
 * Each revision's schema_version is written through a guard that yields NULL (and so fails the
 * whole batch on the NOT NULL constraint) unless, inside the transaction, the schema is still
 * at the version the data was validated against and the head is still at the revision the
 * write assumed. A plan made from stale state (an older load, the isolate's cache, a restored
 * database) therefore writes nothing; writeEntities recognises the failure and plans again.
 */
const REVISION_INSERT = `INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, message, author, created_at, data_hash, seq)
	VALUES (?1, ?2, ?3, ?4, ?5,
		(SELECT ?6 WHERE (?7 = 0 OR EXISTS (SELECT 1 FROM schemas WHERE project_id = ?1 AND id = ?5 AND version = ?6))
			AND (?8 IS NULL OR EXISTS (SELECT 1 FROM entities WHERE project_id = ?1 AND slug = ?2 AND revision = ?8))),
		?9, ?10, ?11, ?12, ?13, (SELECT coalesce(max(seq), 0) + 1 FROM entity_revisions))`;

/** The D1 error of a batch whose guard found the schema or the head moved. */
export const isStalePlan = (error: unknown) =>
	String(error).includes("NOT NULL constraint failed: entity_revisions.schema_version");

/**
 * The statements of one atomic write: revisions first (their primary key refuses a revision
 * number someone else took meanwhile, and their guard refuses a moved schema or head, failing
 * the whole batch), then heads, then outbox events. Prepared directly on D1 like the reads:
 * this is the hot path, and the statements are fixed.
 */
export function writeStatements(
	db: Db,
	projectId: string,
	revisions: NewRevision[],
	dataHashes: (string | null)[],
	heads: EntityState[],
	events: NewEvent[],
): D1PreparedStatement[] {
	const d1 = db.$client;
	return [
		...revisions.map((r, i) =>
			d1
				.prepare(REVISION_INSERT)
				.bind(
					projectId,
					r.slug,
					r.revision,
					r.kind,
					r.schemaId,
					r.schemaVersion,
					r.validated ? 1 : 0,
					r.basedOn,
					r.json,
					r.message,
					r.author,
					r.createdAt,
					dataHashes[i] ?? null,
				),
		),
		...heads.map((e) => {
			const values = [
				e.schema,
				e.status,
				e.revision,
				e.committed?.revision ?? null,
				e.draft?.revision ?? null,
				e.updatedAt,
			];
			return e.storedRevision === null
				? d1
						.prepare(
							`INSERT INTO entities (schema_id, status, revision, committed_revision, draft_revision, updated_at, project_id, slug, created_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
						)
						.bind(...values, projectId, e.slug, e.createdAt)
				: d1
						.prepare(
							`UPDATE entities SET schema_id = ?, status = ?, revision = ?, committed_revision = ?, draft_revision = ?, updated_at = ?
							WHERE project_id = ? AND slug = ? AND revision = ?`,
						)
						.bind(...values, projectId, e.slug, e.storedRevision);
		}),
		...events.map((ev) =>
			d1
				.prepare(
					"INSERT INTO outbox_events (id, project_id, type, payload, created_at) VALUES (?, ?, ?, ?, ?)",
				)
				.bind(ev.id, projectId, ev.type, JSON.stringify(ev.payload), ev.createdAt),
		),
	];
}

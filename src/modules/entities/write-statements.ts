import { isConstraintFailure } from "../../db/errors";
import type { Db } from "../../lib/types";
import type { EntityState } from "./entity-state";

// The SQL of one atomic entity write, with each table's rows sent as JSON arrays.

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
 * Rows arrive as one JSON array (one statement for a whole batch instead of one per revision:
 * the per-statement cost of the D1 binding dominated bulk writes). Positions in each row:
 * 0 slug, 1 revision, 2 kind, 3 schema, 4 schema version, 5 validated, 6 based on, 7 data,
 * 8 message, 9 author, 10 created at, 11 data hash.
 */
const REVISIONS_INSERT = `INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, message, author, created_at, data_hash, seq)
	SELECT ?1, r.value ->> '$[0]', r.value ->> '$[1]', r.value ->> '$[2]', r.value ->> '$[3]',
		(SELECT r.value ->> '$[4]'
			WHERE (r.value ->> '$[5]' = 0 OR EXISTS (SELECT 1 FROM schemas
				WHERE project_id = ?1 AND id = r.value ->> '$[3]' AND version = r.value ->> '$[4]'))
			AND (r.value ->> '$[6]' IS NULL OR EXISTS (SELECT 1 FROM entities
				WHERE project_id = ?1 AND slug = r.value ->> '$[0]' AND revision = r.value ->> '$[6]'))),
		coalesce(?3, r.value ->> '$[7]'), r.value ->> '$[8]', r.value ->> '$[9]', r.value ->> '$[10]', r.value ->> '$[11]',
		(SELECT coalesce(max(seq), 0) FROM entity_revisions) + r.key + 1
	FROM json_each(?2) r`;

/** Heads: 0 slug, 1 schema, 2 status, 3 revision, 4 committed, 5 draft, 6 updated at, 7 created at / stored revision. */
const HEADS_INSERT = `INSERT INTO entities (project_id, slug, schema_id, status, revision, committed_revision, draft_revision, updated_at, created_at)
	SELECT ?1, h.value ->> '$[0]', h.value ->> '$[1]', h.value ->> '$[2]', h.value ->> '$[3]', h.value ->> '$[4]',
		h.value ->> '$[5]', h.value ->> '$[6]', h.value ->> '$[7]'
	FROM json_each(?2) h`;

/**
 * The rows are materialised first so that SQLite looks each entity up by its key: joined to
 * json_each directly, without table statistics, it chose to scan the project's entities.
 */
const HEADS_UPDATE = `WITH h AS MATERIALIZED (SELECT value ->> '$[0]' AS slug, value ->> '$[1]' AS schema_id,
		value ->> '$[2]' AS status, value ->> '$[3]' AS revision, value ->> '$[4]' AS committed,
		value ->> '$[5]' AS draft, value ->> '$[6]' AS updated_at, value ->> '$[7]' AS stored FROM json_each(?2))
	UPDATE entities SET schema_id = h.schema_id, status = h.status, revision = h.revision,
		committed_revision = h.committed, draft_revision = h.draft, updated_at = h.updated_at
	FROM h WHERE entities.project_id = ?1 AND entities.slug = h.slug AND entities.revision = h.stored`;

const EVENTS_INSERT = `INSERT INTO outbox_events (id, project_id, type, payload, created_at)
	SELECT e.value ->> '$[0]', ?1, e.value ->> '$[1]', coalesce(?3, e.value ->> '$[2]'), e.value ->> '$[3]' FROM json_each(?2) e`;

/** D1 refuses a bound value over 2,000,000 bytes; rows are grouped into arrays below this. */
const MAX_ARRAY_BYTES = 1_500_000;
const utf8Length = (text: string) =>
	/[\u0080-\uffff]/.test(text) ? new TextEncoder().encode(text).byteLength : text.length;

/**
 * Statements carrying `rows` as JSON arrays under D1's size limit for a bound value. A row too
 * big for an array of its own (data escaped inside JSON can double in size) gets a statement
 * where its big field (`big`, a position in the row) travels as the separate parameter ?3.
 */
function arrays(d1: D1Database, sql: string, projectId: string, rows: unknown[][], big?: number) {
	const statements: D1PreparedStatement[] = [];
	const bind = (json: string, large: unknown = null) =>
		statements.push(
			big === undefined
				? d1.prepare(sql).bind(projectId, json)
				: d1.prepare(sql).bind(projectId, json, large),
		);
	let chunk: string[] = [];
	let bytes = 0;
	for (const row of rows) {
		const json = JSON.stringify(row);
		const size = utf8Length(json);
		if (size > MAX_ARRAY_BYTES && big !== undefined) {
			const rest = [...row];
			rest[big] = null;
			bind(JSON.stringify([rest]), row[big]);
			continue;
		}
		if (chunk.length > 0 && bytes + size > MAX_ARRAY_BYTES) {
			bind(`[${chunk.join(",")}]`);
			chunk = [];
			bytes = 0;
		}
		chunk.push(json);
		bytes += size + 1;
	}
	if (chunk.length > 0) bind(`[${chunk.join(",")}]`);
	return statements;
}

/** The D1 error of a batch whose guard found the schema or the head moved. */
export const isStalePlan = (error: unknown) =>
	isConstraintFailure(error, "NOT NULL", "entity_revisions.schema_version");

/**
 * The statements of one atomic write: revisions first (their primary key refuses a revision
 * number someone else took meanwhile, and their guard refuses a moved schema or head, failing
 * the whole batch), then heads, then outbox events: four statements for a typical batch (more
 * only when its rows exceed D1's size limit for one value; statements of a table run in order,
 * so each one's `seq` continues from the last). Prepared directly on D1: this is the hot path.
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
	const statement = (sql: string, rows: unknown[][], big?: number) => arrays(d1, sql, projectId, rows, big);
	const head = (e: EntityState, last: string | number | null) => [
		e.slug,
		e.schema,
		e.status,
		e.revision,
		e.committed?.revision ?? null,
		e.draft?.revision ?? null,
		e.updatedAt,
		last,
	];
	return [
		...statement(
			REVISIONS_INSERT,
			revisions.map((r, i) => [
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
			]),
			7,
		),
		...statement(
			HEADS_INSERT,
			heads.filter((e) => e.storedRevision === null).map((e) => head(e, e.createdAt)),
		),
		...statement(
			HEADS_UPDATE,
			heads.filter((e) => e.storedRevision !== null).map((e) => head(e, e.storedRevision)),
		),
		...statement(
			EVENTS_INSERT,
			events.map((ev) => [ev.id, ev.type, JSON.stringify(ev.payload), ev.createdAt]),
			2,
		),
	];
}

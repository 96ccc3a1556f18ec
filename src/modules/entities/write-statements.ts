import { isConstraintFailure } from "../../db/errors";
import { jsonRows } from "../../db/json-rows";
import type { Db } from "../../lib/types";
import { nextEventSeqSql } from "../events/event-seq";
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

const revision = jsonRows([
	"slug",
	"revision",
	"kind",
	"schema",
	"schemaVersion",
	"validated",
	"basedOn",
	"data",
	"message",
	"author",
	"createdAt",
	"dataHash",
] as const);
const head = jsonRows([
	"slug",
	"schema",
	"status",
	"revision",
	"committed",
	"draft",
	"updatedAt",
	/** created_at for a new head; the revision D1 holds for one being updated. */
	"last",
] as const);
const event = jsonRows(["id", "type", "payload", "createdAt"] as const);

/**
 * Each revision's schema_version is written through a guard that yields NULL (and so fails the
 * whole batch on the NOT NULL constraint) unless, inside the transaction, the schema is still
 * at the version the data was validated against and the head is still at the revision the
 * write assumed. A plan made from stale state (an older load, the isolate's cache, a restored
 * database) therefore writes nothing; writeEntities recognises the failure and plans again.
 * Rows arrive as one JSON array (one statement for a whole batch instead of one per revision:
 * the per-statement cost of the D1 binding dominated bulk writes).
 */
const r = (field: Parameters<typeof revision.sql>[1]) => revision.sql("r", field);
const REVISIONS_INSERT = `INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, message, author, created_at, data_hash, seq)
	SELECT ?1, ${r("slug")}, ${r("revision")}, ${r("kind")}, ${r("schema")},
		(SELECT ${r("schemaVersion")}
			WHERE (${r("validated")} = 0 OR EXISTS (SELECT 1 FROM schemas
				WHERE project_id = ?1 AND id = ${r("schema")} AND version = ${r("schemaVersion")}))
			AND (${r("basedOn")} IS NULL OR EXISTS (SELECT 1 FROM entities
				WHERE project_id = ?1 AND slug = ${r("slug")} AND revision = ${r("basedOn")}))),
		coalesce(?3, ${r("data")}), ${r("message")}, ${r("author")}, ${r("createdAt")}, ${r("dataHash")},
		(SELECT coalesce(max(seq), 0) FROM entity_revisions) + r.key + 1
	FROM json_each(?2) r`;

const h = (field: Parameters<typeof head.sql>[1]) => head.sql("h", field);
const HEADS_INSERT = `INSERT INTO entities (project_id, slug, schema_id, status, revision, committed_revision, draft_revision, updated_at, created_at)
	SELECT ?1, ${h("slug")}, ${h("schema")}, ${h("status")}, ${h("revision")}, ${h("committed")},
		${h("draft")}, ${h("updatedAt")}, ${h("last")}
	FROM json_each(?2) h`;

/**
 * The rows are materialised first so that SQLite looks each entity up by its key: joined to
 * json_each directly, without table statistics, it chose to scan the project's entities.
 */
const v = (field: Parameters<typeof head.sql>[1]) => head.sql("", field);
const HEADS_UPDATE = `WITH h AS MATERIALIZED (SELECT ${v("slug")} AS slug, ${v("schema")} AS schema_id,
		${v("status")} AS status, ${v("revision")} AS revision, ${v("committed")} AS committed,
		${v("draft")} AS draft, ${v("updatedAt")} AS updated_at, ${v("last")} AS stored FROM json_each(?2))
	UPDATE entities SET schema_id = h.schema_id, status = h.status, revision = h.revision,
		committed_revision = h.committed, draft_revision = h.draft, updated_at = h.updated_at
	FROM h WHERE entities.project_id = ?1 AND entities.slug = h.slug AND entities.revision = h.stored`;

const e = (field: Parameters<typeof event.sql>[1]) => event.sql("e", field);
// Each event's feed position continues from the project's last (event-seq.ts says why that cannot skip).
const EVENTS_INSERT = `INSERT INTO outbox_events (id, project_id, type, payload, created_at, seq)
	SELECT ${e("id")}, ?1, ${e("type")}, coalesce(?3, ${e("payload")}), ${e("createdAt")}, ${nextEventSeqSql("?1", "e.key")}
	FROM json_each(?2) e`;

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
	const headRow = (e: EntityState, last: string | number | null) =>
		head.row({
			slug: e.slug,
			schema: e.schema,
			status: e.status,
			revision: e.revision,
			committed: e.committed?.revision ?? null,
			draft: e.draft?.revision ?? null,
			updatedAt: e.updatedAt,
			last,
		});
	return [
		...statement(
			REVISIONS_INSERT,
			revisions.map((rev, i) =>
				revision.row({
					slug: rev.slug,
					revision: rev.revision,
					kind: rev.kind,
					schema: rev.schemaId,
					schemaVersion: rev.schemaVersion,
					validated: rev.validated ? 1 : 0,
					basedOn: rev.basedOn,
					data: rev.json,
					message: rev.message,
					author: rev.author,
					createdAt: rev.createdAt,
					dataHash: dataHashes[i] ?? null,
				}),
			),
			revision.at("data"),
		),
		...statement(
			HEADS_INSERT,
			heads.filter((s) => s.storedRevision === null).map((s) => headRow(s, s.createdAt)),
		),
		...statement(
			HEADS_UPDATE,
			heads.filter((s) => s.storedRevision !== null).map((s) => headRow(s, s.storedRevision)),
		),
		...statement(
			EVENTS_INSERT,
			events.map((ev) =>
				event.row({ id: ev.id, type: ev.type, payload: JSON.stringify(ev.payload), createdAt: ev.createdAt }),
			),
			event.at("payload"),
		),
	];
}

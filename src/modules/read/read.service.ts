import type { RawRow } from "../../db/raw-row";
import type { snapshotEntries } from "../../db/schema";
import { sha256Hex } from "../../lib/crypto";
import { ApiError } from "../../lib/errors";
import { nextCursorOf, pageKeys } from "../../lib/page-bytes";
import { decodeCursor } from "../../lib/pagination";
import type { Db } from "../../lib/types";

/** `latest` or a snapshot id, resolved inside the query that reads it (?1 project, ?2 reference). */
const PUBLISHED = `s.project_id = ?1 AND s.status = 'published'
	AND s.id = CASE WHEN ?2 = 'latest' THEN (SELECT latest_snapshot_id FROM projects WHERE id = ?1) ELSE ?2 END`;

export interface PublishedSnapshot {
	id: string;
	entity_count: number;
	content_hash: string;
	published_at: string;
}

export async function resolveSnapshot(db: Db, projectId: string, ref: string): Promise<PublishedSnapshot> {
	const row = await db.$client
		.prepare(
			`SELECT s.id, s.entity_count, s.content_hash, s.published_at FROM snapshots s WHERE ${PUBLISHED}`,
		)
		.bind(projectId, ref)
		.first<PublishedSnapshot>();
	if (row) return row;
	throw ref === "latest"
		? new ApiError("snapshot_not_found", `Project ${projectId} has no published snapshot yet.`)
		: new ApiError("snapshot_not_found", `Snapshot ${ref} does not exist or is not published.`);
}

/** A manifest row with its revision's data as stored JSON, spliced into the response unparsed. */
type EntryRow = RawRow<typeof snapshotEntries> & { data: string };

const entryJson = (r: EntryRow) =>
	`{"slug":${JSON.stringify(r.slug)},"schema":${JSON.stringify(r.schema_id)},"revision":${r.revision},"data":${r.data}}`;

/**
 * One entity of a snapshot, whatever its schema: one D1 query (a second only to explain a 404).
 * The read is cached for every key, so a limited key's schemas are checked by the caller
 * (snapshot-reads.ts) on the cached body.
 */
export async function readEntity(db: Db, projectId: string, ref: string, slug: string) {
	const row = await db.$client
		.prepare(
			`SELECT s.id AS snapshot_id, m.slug, m.schema_id, m.revision, r.data
			FROM snapshots s
			JOIN snapshot_entries m ON m.snapshot_id = s.id AND m.slug = ?3
			JOIN entity_revisions r ON r.project_id = ?1 AND r.slug = ?3 AND r.revision = m.revision
			WHERE ${PUBLISHED}`,
		)
		.bind(projectId, ref, slug)
		.first<EntryRow>();
	if (!row) {
		const snapshot = await resolveSnapshot(db, projectId, ref);
		throw new ApiError("entity_not_found", `Entity ${slug} is not in snapshot ${snapshot.id}.`);
	}
	return { snapshotId: row.snapshot_id, revision: row.revision, schema: row.schema_id, json: entryJson(row) };
}

/**
 * A page of a snapshot's entities by slug, bounded by count and by bytes of data (pageKeys); the
 * body is built as JSON text around the stored data.
 */
export async function readEntityPage(
	db: Db,
	projectId: string,
	ref: string,
	query: { schema?: string; limit: number; cursor?: string },
	allowed: string[] | null,
) {
	const after = query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : "";
	const { results } = await db.$client
		.prepare(
			`WITH candidates AS (
				SELECT m.slug AS key, octet_length(r.data) AS bytes
				FROM snapshots s
				JOIN snapshot_entries m ON m.snapshot_id = s.id
				JOIN entity_revisions r ON r.project_id = ?1 AND r.slug = m.slug AND r.revision = m.revision
				WHERE ${PUBLISHED} AND (?3 IS NULL OR m.schema_id = ?3)
					AND (?4 IS NULL OR m.schema_id IN (SELECT value FROM json_each(?4)))
					AND m.slug > ?5
				ORDER BY m.slug LIMIT ?6), ${pageKeys("candidates", "ASC", query.limit)}
			SELECT s.id AS snapshot_id, m.slug, m.schema_id, m.revision, r.data, p.total AS page_total
			FROM snapshots s
			JOIN page p
			JOIN snapshot_entries m ON m.snapshot_id = s.id AND m.slug = p.key
			JOIN entity_revisions r ON r.project_id = ?1 AND r.slug = m.slug AND r.revision = m.revision
			WHERE ${PUBLISHED} ORDER BY m.slug`,
		)
		.bind(
			projectId,
			ref,
			query.schema ?? null,
			allowed ? JSON.stringify(allowed) : null,
			after,
			query.limit + 1,
		)
		.all<EntryRow & { page_total: number }>();
	const snapshotId = results[0]?.snapshot_id ?? (await resolveSnapshot(db, projectId, ref)).id;
	const next = nextCursorOf(results, (r) => [r.slug]);
	const json = `{"data":[${results.map(entryJson).join(",")}],"next_cursor":${JSON.stringify(next)}}`;
	// The same query on the same snapshot always gives the same page.
	const variant = await sha256Hex(JSON.stringify([query.schema ?? null, query.limit, after, allowed]));
	return { snapshotId, json, etag: `"${snapshotId}.${variant.slice(0, 16)}"` };
}

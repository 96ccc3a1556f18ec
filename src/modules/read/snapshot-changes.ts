import { sha256Hex } from "../../lib/crypto";
import { ApiError } from "../../lib/errors";
import { PAGE_BYTES } from "../../lib/page-bytes";
import { decodeCursor, encodeCursor } from "../../lib/pagination";
import type { Db } from "../../lib/types";

/**
 * The changes between two published snapshots. A snapshot's manifest is a function of its
 * watermark: for every entity, the newest commit or deletion with seq at or below it. So an
 * entity can differ between snapshots A and B only if it has such a revision with seq between
 * the two watermarks, whichever is older, whatever order they were built or promoted in, and
 * however often it was deleted and recreated meanwhile. Those slugs are the candidates, read
 * from the (project_id, seq, kind, slug) index alone; each is then looked up in both manifests
 * by primary key. Nothing here reads the rest of the project.
 */

/** A page's slugs, in order, come from candidates after the cursor (bounded by `limit + 1`). */
export const CHANGES_SQL = `WITH cand AS MATERIALIZED (
		-- Without statistics the planner prefers walking the primary key in slug order: the whole project.
		SELECT DISTINCT slug FROM entity_revisions INDEXED BY entity_revisions_project_seq_idx
		WHERE project_id = ?1 AND seq > ?2 AND seq <= ?3 AND kind <> 'draft' AND slug > ?4
		ORDER BY slug LIMIT ?5 + 1),
	scanned AS (SELECT slug FROM cand ORDER BY slug LIMIT ?5),
	-- Each side as the key sees it: an entry of a schema it may not read is no entry.
	sides AS (
		SELECT c.slug,
			CASE WHEN ?8 IS NULL OR f.schema_id IN (SELECT value FROM json_each(?8)) THEN f.revision END AS from_rev,
			f.schema_id AS from_schema,
			CASE WHEN ?8 IS NULL OR t.schema_id IN (SELECT value FROM json_each(?8)) THEN t.revision END AS to_rev,
			t.schema_id AS to_schema
		FROM scanned c
		LEFT JOIN snapshot_entries f ON f.snapshot_id = ?6 AND f.slug = c.slug
		LEFT JOIN snapshot_entries t ON t.snapshot_id = ?7 AND t.slug = c.slug),
	diff AS (
		SELECT s.slug, s.from_rev, s.from_schema, s.to_rev, s.to_schema,
			CASE WHEN ?9 AND s.to_rev IS NOT NULL THEN octet_length(tr.data) ELSE 0 END AS bytes
		FROM sides s
		LEFT JOIN entity_revisions fr ON fr.project_id = ?1 AND fr.slug = s.slug AND fr.revision = s.from_rev
		LEFT JOIN entity_revisions tr ON tr.project_id = ?1 AND tr.slug = s.slug AND tr.revision = s.to_rev
		WHERE (s.from_rev IS NULL) <> (s.to_rev IS NULL)
			OR (s.from_rev IS NOT NULL AND s.to_rev IS NOT NULL AND (s.from_schema <> s.to_schema
				OR CASE WHEN fr.data_hash IS NOT NULL AND tr.data_hash IS NOT NULL THEN fr.data_hash <> tr.data_hash
					ELSE fr.data IS NOT tr.data END))),
	ranked AS (
		SELECT d.*, row_number() OVER w AS n, count(*) OVER () AS found, sum(bytes) OVER w AS running
		FROM diff d WINDOW w AS (ORDER BY slug ROWS UNBOUNDED PRECEDING)),
	kept AS (SELECT * FROM ranked WHERE n = 1 OR running <= ${PAGE_BYTES}),
	meta AS (SELECT (SELECT count(*) FROM cand) AS candidates, (SELECT max(slug) FROM scanned) AS scanned_to)
SELECT meta.candidates, meta.scanned_to, k.slug, k.from_rev, k.from_schema, k.to_rev, k.to_schema, k.found,
	CASE WHEN ?9 THEN tr.data END AS data
FROM meta
LEFT JOIN kept k ON 1
LEFT JOIN entity_revisions tr ON tr.project_id = ?1 AND tr.slug = k.slug AND tr.revision = k.to_rev
ORDER BY k.slug`;

interface ChangeRow {
	candidates: number;
	scanned_to: string | null;
	slug: string | null;
	from_rev: number | null;
	from_schema: string | null;
	to_rev: number | null;
	to_schema: string | null;
	found: number | null;
	/** The target revision's stored JSON, spliced into the answer unparsed. */
	data: string | null;
}

interface Endpoint {
	id: string;
	watermark: number;
}

const PUBLISHED = "FROM snapshots WHERE project_id = ?1 AND status = 'published' AND id =";

/** `since` (an id) and `ref` (an id or `latest`): published snapshots of the project, or 404. */
async function resolveEndpoints(db: Db, projectId: string, ref: string, since: string) {
	const { results } = await db.$client
		.prepare(
			`SELECT 'from' AS side, id, watermark ${PUBLISHED} ?3
			UNION ALL SELECT 'to' AS side, id, watermark ${PUBLISHED}
				CASE WHEN ?2 = 'latest' THEN (SELECT latest_snapshot_id FROM projects WHERE id = ?1) ELSE ?2 END`,
		)
		.bind(projectId, ref, since)
		.all<Endpoint & { side: "from" | "to" }>();
	const from = results.find((r) => r.side === "from");
	const to = results.find((r) => r.side === "to");
	if (!to) {
		throw ref === "latest"
			? new ApiError("snapshot_not_found", `Project ${projectId} has no published snapshot yet.`)
			: new ApiError("snapshot_not_found", `Snapshot ${ref} does not exist or is not published.`);
	}
	if (!from) {
		throw new ApiError("snapshot_not_found", `Snapshot ${since} (since) does not exist or is not published.`);
	}
	return { from, to };
}

const changeJson = (r: ChangeRow, includeData: boolean) => {
	const change = r.from_rev === null ? "added" : r.to_rev === null ? "removed" : "changed";
	const schema = r.to_rev === null ? r.from_schema : r.to_schema;
	const data = includeData && r.to_rev !== null ? `,"data":${r.data}` : "";
	return `{"slug":${JSON.stringify(r.slug)},"change":"${change}","schema":${JSON.stringify(schema)},"revision":${r.to_rev},"previous_revision":${r.from_rev}${data}}`;
};

export interface ChangesQuery {
	since: string;
	include?: "data";
	limit: number;
	cursor?: string;
}

/**
 * One page of the changes from `since` to `ref`, as JSON text. A page holds the changes among the
 * next `limit` candidate slugs (fewer when content turned out identical or the key may not see
 * them, or when data would pass PAGE_BYTES), so it can be short, even empty, with more to come.
 */
export async function readChangesPage(
	db: Db,
	projectId: string,
	ref: string,
	query: ChangesQuery,
	allowed: string[] | null,
) {
	const after = query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : "";
	const { from, to } = await resolveEndpoints(db, projectId, ref, query.since);
	const includeData = query.include === "data";
	const [lo, hi] =
		from.watermark <= to.watermark ? [from.watermark, to.watermark] : [to.watermark, from.watermark];
	const { results } = await db.$client
		.prepare(CHANGES_SQL)
		.bind(
			projectId,
			lo,
			hi,
			after,
			query.limit,
			from.id,
			to.id,
			allowed ? JSON.stringify(allowed) : null,
			includeData ? 1 : 0,
		)
		.all<ChangeRow>();
	const meta = results[0];
	const items = results.filter((r) => r.slug !== null);
	let next: string | null = null;
	const lastKept = items.at(-1);
	// Cut short by bytes: resume after the last change sent; else after the last candidate scanned.
	if (lastKept && items.length < (lastKept.found ?? 0)) next = encodeCursor([lastKept.slug]);
	else if (meta && meta.candidates > query.limit && meta.scanned_to) next = encodeCursor([meta.scanned_to]);
	const json = `{"data":[${items.map((r) => changeJson(r, includeData)).join(",")}],"next_cursor":${JSON.stringify(next)}}`;
	// The same query between the same two snapshots always gives the same page.
	const variant = await sha256Hex(
		JSON.stringify([from.id, query.include ?? null, query.limit, after, allowed]),
	);
	return { snapshotId: to.id, json, etag: `"${to.id}.${variant.slice(0, 16)}"` };
}

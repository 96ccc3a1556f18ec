import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { RawRow } from "../../db/raw-row";
import { entityRevisions } from "../../db/schema";
import { pageKeys } from "../../lib/page-bytes";
import type { Db } from "../../lib/types";

/** A revision as the page query selects it (`data` is the stored JSON text, null for a deletion). */
export type RevisionRow = Pick<
	RawRow<typeof entityRevisions>,
	"revision" | "kind" | "schema_id" | "schema_version" | "data" | "message" | "author" | "created_at"
> & { page_total: number };

/**
 * A page of an entity's revisions, newest first, bounded by count and by bytes of data (a
 * revision holds up to 1 MiB; see pageKeys); each row carries `page_total` for nextCursorOf.
 */
export function loadRevisionPage(
	db: Db,
	projectId: string,
	slug: string,
	page: { before?: number; limit: number; allowedSchemas: string[] | null },
): Promise<RevisionRow[]> {
	const where = and(
		eq(entityRevisions.projectId, projectId),
		eq(entityRevisions.slug, slug),
		page.before !== undefined ? lt(entityRevisions.revision, page.before) : undefined,
		// In SQL, so that a page of a history with many barred revisions is still full.
		page.allowedSchemas ? inArray(entityRevisions.schemaId, page.allowedSchemas) : undefined,
	);
	return db.all<RevisionRow>(sql`WITH candidates AS (
			SELECT ${entityRevisions.revision} AS key, coalesce(octet_length(${entityRevisions.data}), 0) AS bytes
			FROM ${entityRevisions} WHERE ${where} ORDER BY ${entityRevisions.revision} DESC LIMIT ${page.limit + 1}),
		${sql.raw(pageKeys("candidates", "DESC", page.limit))}
		SELECT r.revision, r.kind, r.schema_id, r.schema_version, r.data, r.message, r.author, r.created_at,
			p.total AS page_total
		FROM page p JOIN entity_revisions r ON r.project_id = ${projectId} AND r.slug = ${slug} AND r.revision = p.key
		ORDER BY r.revision DESC`);
}

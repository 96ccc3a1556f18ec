import { pageKeys } from "../../lib/page-bytes";
import type { Db } from "../../lib/types";
import { HEAD_COLUMNS, HEAD_SIDES, type HeadRow } from "./entity-heads";
import { VIEW_COLUMNS, VIEW_PREFILTER } from "./entity-view";

/**
 * A page of heads by slug, with optional filters, bounded by count and by the bytes of both
 * sides' data (see pageKeys); each row carries `page_total` for nextCursorOf. The filters apply
 * to what the key sees (a limited key's `schema` and `status` are those of its view), in SQL, so
 * that a page is full whenever more visible entities follow and the cursor is the last slug shown.
 */
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
			`WITH candidates AS (
				SELECT e.slug AS key, coalesce(octet_length(d.data), 0) + coalesce(octet_length(c.data), 0) AS bytes,
					${VIEW_COLUMNS}
				FROM entities e ${HEAD_SIDES}
				WHERE e.project_id = ?1 AND (?5 IS NULL OR e.slug > ?5) AND ${VIEW_PREFILTER}
				AND v_schema IS NOT NULL AND (?2 IS NULL OR v_schema = ?2) AND (?3 IS NULL OR v_status = ?3)
				ORDER BY e.slug LIMIT ?6), ${pageKeys("candidates", "ASC", filter.limit)}
			SELECT ${HEAD_COLUMNS}, p.total AS page_total FROM page p
			JOIN entities e ON e.project_id = ?1 AND e.slug = p.key ${HEAD_SIDES} ORDER BY e.slug`,
		)
		.bind(
			projectId,
			filter.schema ?? null,
			filter.status ?? null,
			filter.allowedSchemas ? JSON.stringify(filter.allowedSchemas) : null,
			filter.after ?? null,
			filter.limit + 1,
		)
		.all<HeadRow & { page_total: number }>();
	return results;
}

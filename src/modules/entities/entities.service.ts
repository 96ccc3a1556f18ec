import { ApiError } from "../../lib/errors";
import { nextCursorOf } from "../../lib/page-bytes";
import { decodeCursor } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import { entityCache } from "./entity-cache";
import { loadEntity, toState } from "./entity-heads";
import { loadEntityPage } from "./entity-page";
import { type EntityState, entityResource } from "./entity-state";
import { visibleTo } from "./entity-view";
import { loadRevisionPage } from "./revision-page";

// The write path (plan, guarded batch, retries) lives in write-entities.ts; handlers reach the
// whole domain through this file.
export { writeEntities } from "./write-entities";
export type { WriteResult, Writer } from "./write-plan";

export async function getEntity(db: Db, projectId: string, slug: string, allowedSchemas: string[] | null) {
	const entity = await loadEntity(db, projectId, slug);
	if (entity) entityCache.remember(projectId, [entity]);
	if (!entity) throw new ApiError("entity_not_found", `Entity ${slug} does not exist.`);
	const visible = visibleTo(entity, allowedSchemas);
	if (!visible) {
		throw new ApiError("schema_forbidden", `Entity ${slug} is of a schema this key may not read.`);
	}
	return visible;
}

export async function listEntities(
	db: Db,
	projectId: string,
	filter: { schema?: string; status?: EntityState["status"]; limit: number; cursor?: string },
	allowedSchemas: string[] | null,
) {
	const after = filter.cursor ? String(decodeCursor(filter.cursor, 1)[0]) : undefined;
	const rows = await loadEntityPage(db, projectId, { ...filter, allowedSchemas, after });
	// The query kept only rows the key sees something of; the view removes what it may not.
	const data = rows.flatMap((r) => {
		const view = visibleTo(toState(r), allowedSchemas);
		return view ? [entityResource(view)] : [];
	});
	return { data, next_cursor: nextCursorOf(rows, (r) => [r.slug]) };
}

export async function listRevisions(
	db: Db,
	projectId: string,
	slug: string,
	page: { limit: number; cursor?: string },
	allowedSchemas: string[] | null,
) {
	await getEntity(db, projectId, slug, allowedSchemas);
	const before = page.cursor ? Number(decodeCursor(page.cursor, 1)[0]) : undefined;
	const rows = await loadRevisionPage(db, projectId, slug, { before, limit: page.limit, allowedSchemas });
	return {
		data: rows.map((r) => ({
			revision: r.revision,
			kind: r.kind,
			schema: r.schema_id,
			schema_version: r.schema_version,
			data: r.data === null ? null : JSON.parse(r.data),
			message: r.message,
			author: r.author,
			created_at: r.created_at,
		})),
		next_cursor: nextCursorOf(rows, (r) => [r.revision]),
	};
}

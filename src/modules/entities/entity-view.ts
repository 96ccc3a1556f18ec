import type { EntityState } from "./entity-state";

/**
 * What a key limited to `allowed` schemas may see of an entity (null for every schema), or null
 * when it may see nothing of it. A side (draft or committed) of a barred schema is removed, and
 * the entity then looks as if that side had never existed: `status` follows the side left, and
 * `revision` (the ETag) is that side's, so nothing (not even a count of hidden writes) shows
 * through. Such an entity is read-only to the key (writes answer 403, see entity-operations.ts),
 * so its ETag never has to match If-Match. A deleted entity is visible when its last schema is.
 *
 * `VIEW_COLUMNS` below computes the same schema and status in SQL so that lists filter by what
 * the key sees; the two must agree.
 */
export function visibleTo(e: EntityState, allowed: readonly string[] | null): EntityState | null {
	if (!allowed) return e;
	const draft = e.draft && allowed.includes(e.draft.schema) ? e.draft : null;
	const committed = e.committed && allowed.includes(e.committed.schema) ? e.committed : null;
	if (draft === e.draft && committed === e.committed) {
		// Both sides shown (or none exists): the head's schema is the newest side's, or the deleted one's.
		return allowed.includes(e.schema) ? e : null;
	}
	const shown = draft ?? committed;
	if (!shown) return null;
	return {
		...e,
		schema: shown.schema,
		status: draft ? "draft" : "committed",
		revision: shown.revision,
		updatedAt: shown.at,
		draft,
		committed,
	};
}

/** Whether a key limited to `allowed` may write this entity: it must see all of it. */
export const writableBy = (e: EntityState, allowed: readonly string[] | null) => visibleTo(e, allowed) === e;

/**
 * The schema and status an entity shows to a key limited to the schemas in ?4 (a JSON array, or
 * NULL for every schema), as visibleTo computes them, over the head query of entity-heads.ts
 * (`e` the head, `d` its draft, `c` its commit). `v_schema` is NULL when the key sees nothing.
 */
export const VIEW_COLUMNS = `CASE WHEN ?4 IS NULL THEN e.schema_id
		WHEN d.schema_id IN (SELECT value FROM json_each(?4)) THEN d.schema_id
		WHEN c.schema_id IN (SELECT value FROM json_each(?4)) THEN c.schema_id
		WHEN d.revision IS NULL AND c.revision IS NULL AND e.schema_id IN (SELECT value FROM json_each(?4)) THEN e.schema_id
	END AS v_schema,
	CASE WHEN ?4 IS NULL
			OR ((d.revision IS NULL OR d.schema_id IN (SELECT value FROM json_each(?4)))
				AND (c.revision IS NULL OR c.schema_id IN (SELECT value FROM json_each(?4)))) THEN e.status
		WHEN d.schema_id IN (SELECT value FROM json_each(?4)) THEN 'draft'
		ELSE 'committed'
	END AS v_status`;

/**
 * Conditions on the head alone that the view's filters imply, so that SQLite can skip rows
 * before looking up their draft and commit (a filter matching nothing otherwise costs two
 * lookups per entity). They rest on how writes build heads: the draft is always of the head's
 * schema, and only a `modified` entity has a commit of another schema or a status its view can
 * change (to `draft` or `committed`).
 */
export const VIEW_PREFILTER = `(?4 IS NULL OR e.status = 'modified' OR e.schema_id IN (SELECT value FROM json_each(?4)))
	AND (?2 IS NULL OR e.status = 'modified' OR e.schema_id = ?2)
	AND (?3 IS NULL OR e.status = ?3 OR (e.status = 'modified' AND ?3 IN ('draft', 'committed')))`;

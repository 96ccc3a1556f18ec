/**
 * Which events a schema-limited key sees (README, "Schema-limited keys"), for every place that hands events
 * out: webhook fan-out to an endpoint a limited key created, and the events feed. Entity events
 * (`entity.*`) are seen only when the entity's schema is allowed; `snapshot.*`, `export.*` and
 * `webhook.test` carry no entity data and every key sees them.
 */
const ENTITY_PREFIX = "entity.";

interface EventBody {
	type: string;
	data?: { entity?: { schema?: unknown } };
}

export function eventVisibleTo(event: EventBody, allowed: readonly string[] | null): boolean {
	if (!allowed || !event.type.startsWith(ENTITY_PREFIX)) return true;
	const schema = event.data?.entity?.schema;
	return typeof schema === "string" && allowed.includes(schema);
}

/**
 * The same rule in SQL, for a row `event` of outbox_events (its `type` and JSON `payload`) and
 * `schemas`, an SQL expression holding a JSON array of schema ids or NULL for every schema.
 */
export const eventVisibleSql = (event: string, schemas: string) =>
	`(${schemas} IS NULL OR substr(${event}.type, 1, ${ENTITY_PREFIX.length}) <> '${ENTITY_PREFIX}'
		OR json_extract(${event}.payload, '$.data.entity.schema') IN (SELECT value FROM json_each(${schemas})))`;

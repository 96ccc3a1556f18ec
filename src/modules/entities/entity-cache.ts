import { Lru } from "../../lib/lru";
import type { SchemaHead } from "./entity-heads";
import type { EntityState } from "./entity-state";

/**
 * What this isolate last saw of entity heads and schema heads, so that a write to an entity it
 * recently read or wrote can skip the read round trip. The cache only ever makes a write
 * faster: a plan made from it is written through the guards of writeStatements (a stale
 * entry fails the batch, which then retries from D1), and a plan it would refuse is made again
 * from D1 before anyone is refused. Reads never answer from it.
 */
// Budgets count stored JSON text; parsed objects weigh several times more (2-4x for typical
// content, far more for JSON made of tiny objects), hence small budgets and a cap per entity.
const ENTITY_BYTES = 4 * 1024 * 1024;
const SCHEMA_BYTES = 1024 * 1024;
/** Bigger entities are not cached: their writes take the read round trip. */
const MAX_ENTITY_BYTES = 32 * 1024;
/** Rough weight of a head without its data, so that many small entities also count. */
const HEAD_OVERHEAD = 256;

const entities = new Lru<EntityState>({ capacity: ENTITY_BYTES });
const schemas = new Lru<SchemaHead>({ capacity: SCHEMA_BYTES });

const keyOf = (projectId: string, id: string) => `${projectId}\n${id}`;

export const entityCache = {
	get: (projectId: string, slug: string) => entities.get(keyOf(projectId, slug)),
	/** Remembers heads as D1 holds them now (after a load or a successful write). */
	remember(projectId: string, states: Iterable<EntityState>) {
		for (const e of states) {
			const bytes = HEAD_OVERHEAD + (e.draft?.bytes ?? 0) + (e.committed?.bytes ?? 0);
			if (bytes > MAX_ENTITY_BYTES) {
				entities.delete(keyOf(projectId, e.slug));
				continue;
			}
			entities.set(keyOf(projectId, e.slug), { ...e, storedRevision: e.revision }, { weight: bytes });
		}
	},
	forget(projectId: string, slugs: Iterable<string>) {
		for (const slug of slugs) entities.delete(keyOf(projectId, slug));
	},
	getSchema: (projectId: string, schemaId: string) => schemas.get(keyOf(projectId, schemaId)),
	rememberSchemas(projectId: string, heads: Iterable<SchemaHead>) {
		for (const s of heads)
			schemas.set(keyOf(projectId, s.id), s, { weight: HEAD_OVERHEAD + s.source.length });
	},
	clear() {
		entities.clear();
		schemas.clear();
	},
};

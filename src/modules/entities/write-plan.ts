import { isConstraintFailure } from "../../db/errors";
import { sha256Hex } from "../../lib/crypto";
import { nowIso } from "../../lib/ids";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";
import { entityCache } from "./entity-cache";
import type { SchemaHead } from "./entity-heads";
import type { Plan } from "./entity-operations";
import type { EntityState } from "./entity-state";
import { visibleTo } from "./entity-view";
import { writeStatements } from "./write-statements";

// A write as planned (entity-operations.ts) and committed: one atomic D1 batch of its revisions,
// heads and outbox events. Both ways of planning, from D1 and from the cache, commit through here.

export interface Writer {
	projectId: string;
	/** Key id, or "root". */
	author: string;
	allowedSchemas: string[] | null;
}

export interface WriteResult {
	results: EntityState[];
	/** The outbox events written, to relay after the commit. */
	effects: Effect[];
}

export function newPlan(
	writer: Writer,
	entities: Map<string, EntityState>,
	schemas: Map<string, SchemaHead>,
): Plan {
	return {
		projectId: writer.projectId,
		author: writer.author,
		now: nowIso(),
		allowedSchemas: writer.allowedSchemas,
		entities,
		schemas,
		revisions: [],
		events: [],
	};
}

/** Writes a plan's revisions, the final head of every entity they change, and its events. */
export async function writePlan(db: Db, plan: Plan, results: EntityState[]): Promise<WriteResult> {
	const changed = new Set(plan.revisions.map((r) => r.slug));
	const heads = [...changed].map((slug) => plan.entities.get(slug) as EntityState);
	const hashes = await Promise.all(plan.revisions.map((r) => (r.json === null ? null : sha256Hex(r.json))));
	const statements = writeStatements(db, plan.projectId, plan.revisions, hashes, heads, plan.events);
	if (statements.length > 0) await db.$client.batch(statements);
	entityCache.remember(plan.projectId, heads);
	const ids = plan.events.map((e) => e.id);
	return {
		results: results.map((e) => shownTo(plan, e)),
		effects:
			ids.length > 0
				? [
						{ kind: "relay-events", ids },
						{ kind: "notify-events", project: plan.projectId },
					]
				: [],
	};
}

/**
 * A write's answer as its author may see it. The plan refuses entities a limited key does not
 * see whole, so this removes nothing today; it keeps a future operation from echoing a barred side.
 */
export const shownTo = (writer: { allowedSchemas: string[] | null }, e: EntityState): EntityState =>
	visibleTo(e, writer.allowedSchemas) ?? { ...e, draft: null, committed: null };

export const isUniqueViolation = (error: unknown) => isConstraintFailure(error, "UNIQUE");

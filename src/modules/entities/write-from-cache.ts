import type { Db } from "../../lib/types";
import { entityCache } from "./entity-cache";
import type { SchemaHead } from "./entity-heads";
import { applyOperation, type Operation } from "./entity-operations";
import type { EntityState } from "./entity-state";
import { OperationError } from "./operation-checks";
import { isUniqueViolation, newPlan, type WriteResult, type Writer, writePlan } from "./write-plan";
import { isStalePlan } from "./write-statements";

/**
 * The write planned from the isolate's cache alone, or null when the cache lacks something the
 * operations touch, when the plan would refuse an operation (the refusal must come from D1's
 * state, not a memory of it), or when D1 moved since the cache saw it.
 */
export async function writeFromCache(
	db: Db,
	writer: Writer,
	operations: Operation[],
	schemaIds: string[],
): Promise<WriteResult | null> {
	const entities = new Map<string, EntityState>();
	const needed = new Set(schemaIds);
	const seen = new Set<string>();
	for (const op of operations) {
		if (seen.has(op.slug)) continue;
		seen.add(op.slug);
		const cached = entityCache.get(writer.projectId, op.slug);
		if (cached) {
			entities.set(op.slug, cached);
			needed.add(cached.schema);
		} else if (op.op !== "create") {
			// Only a creation may assume the slug is free: if it is not, the head's primary key says so.
			return null;
		}
	}
	const schemas = new Map<string, SchemaHead>();
	for (const id of needed) {
		const head = entityCache.getSchema(writer.projectId, id);
		if (!head) return null;
		schemas.set(id, head);
	}
	const plan = newPlan(writer, entities, schemas);
	let results: EntityState[];
	try {
		results = operations.map((op) => applyOperation(plan, op));
	} catch (error) {
		if (error instanceof OperationError) return null;
		throw error;
	}
	try {
		return await writePlan(db, plan, results);
	} catch (error) {
		entityCache.forget(writer.projectId, seen);
		if (isStalePlan(error) || isUniqueViolation(error)) return null;
		throw error;
	}
}

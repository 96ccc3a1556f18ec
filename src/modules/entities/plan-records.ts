import { newId } from "../../lib/ids";
import type { Plan } from "./entity-operations";
import type { EntityState, Side } from "./entity-state";
import type { NewRevision } from "./write-statements";

// What an accepted operation adds to the plan: its revision, the entity's new head, its event.

export function nextRevision(
	plan: Plan,
	current: EntityState | undefined,
	kind: NewRevision["kind"],
	side: Pick<NewRevision, "slug" | "schemaId" | "schemaVersion" | "data" | "message">,
) {
	const revision = (current?.revision ?? 0) + 1;
	const row: NewRevision = {
		...side,
		revision,
		kind,
		validated: kind !== "delete",
		basedOn: current?.storedRevision ?? null,
		json: side.data === null ? null : JSON.stringify(side.data),
		author: plan.author,
		createdAt: plan.now,
	};
	plan.revisions.push(row);
	return row;
}

export const sideOf = (r: NewRevision): Side => ({
	revision: r.revision,
	schema: r.schemaId,
	data: r.data,
	schemaVersion: r.schemaVersion,
	message: r.message,
	at: r.createdAt,
	by: r.author,
	bytes: r.json?.length ?? 0,
});

export function emit(plan: Plan, type: string, entity: Record<string, unknown>) {
	const id = newId("evt");
	plan.events.push({
		id,
		type,
		createdAt: plan.now,
		payload: { id, type, timestamp: plan.now, project: plan.projectId, data: { entity } },
	});
}

export function commitEvent(plan: Plan, e: EntityState) {
	const c = e.committed as Side;
	emit(plan, "entity.committed", {
		slug: e.slug,
		schema: e.schema,
		revision: c.revision,
		data: c.data,
		message: c.message,
		committed_at: c.at,
		committed_by: c.by,
	});
}

export function save(plan: Plan, e: EntityState) {
	plan.entities.set(e.slug, e);
	return e;
}

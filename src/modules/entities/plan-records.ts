import { newId } from "../../lib/ids";
import { type Envelope, type EventPayload, eventPayload } from "../events/event-payloads";
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

/** Adds an event to the plan, built from its documented schema (events/event-payloads.ts). */
export function emit(plan: Plan, build: (envelope: Envelope) => EventPayload) {
	const id = newId("evt");
	const payload = build({ id, timestamp: plan.now, project: plan.projectId });
	plan.events.push({ id, type: payload.type, createdAt: plan.now, payload });
}

export function commitEvent(plan: Plan, e: EntityState) {
	const c = e.committed as Side;
	emit(plan, (envelope) =>
		eventPayload("entity.committed", envelope, {
			entity: {
				slug: e.slug,
				schema: e.schema,
				revision: c.revision,
				data: c.data,
				message: c.message,
				committed_at: c.at,
				committed_by: c.by,
			},
		}),
	);
}

export function save(plan: Plan, e: EntityState) {
	plan.entities.set(e.slug, e);
	return e;
}

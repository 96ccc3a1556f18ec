import { eventPayload } from "../events/event-payloads";
import type { SchemaHead } from "./entity-heads";
import type { EntityState } from "./entity-state";
import {
	checkEntityAccess,
	checkPreconditions,
	checkSchemaAccess,
	refuse,
	validated,
} from "./operation-checks";
import { commitEvent, emit, nextRevision, save, sideOf } from "./plan-records";
import type { NewEvent, NewRevision } from "./write-statements";

/** Revisions an `If-Match` accepts; "any" is `If-Match: *` (the entity must exist). */
export type IfMatch = number[] | "any";

export type Operation =
	| { op: "create"; slug: string; schema: string; data: unknown }
	| {
			op: "update";
			slug: string;
			schema?: string;
			data: unknown;
			mode: "draft" | "commit";
			message?: string;
			ifMatch?: IfMatch;
			createOnly?: boolean;
	  }
	| { op: "commit"; slug: string; message: string; ifMatch?: IfMatch }
	| { op: "delete"; slug: string; message?: string; ifMatch?: IfMatch };

/** What a batch of operations is applied to, and what it produces. */
export interface Plan {
	projectId: string;
	author: string;
	now: string;
	/** Schema ids the caller may touch; null for all. */
	allowedSchemas: string[] | null;
	entities: Map<string, EntityState>;
	schemas: Map<string, SchemaHead>;
	revisions: NewRevision[];
	events: NewEvent[];
}

/**
 * Applies one operation to the plan's in-memory entities, recording the revision, head and
 * event rows it needs. Throws an OperationError, changing nothing that will be written, when
 * the operation is refused.
 */
export function applyOperation(plan: Plan, op: Operation): EntityState {
	const current = plan.entities.get(op.slug);
	checkEntityAccess(plan, current);
	checkPreconditions(op, current);
	const live = current && current.status !== "deleted" ? current : undefined;

	switch (op.op) {
		case "create":
		case "update":
			return applyWrite(plan, op, current, live);
		case "commit":
			return applyCommit(plan, op, live);
		case "delete":
			return applyDelete(plan, op, current, live);
	}
}

/** A create, or a PUT: a new draft, or with `mode: commit` a new commit (the draft dropped). */
function applyWrite(
	plan: Plan,
	op: Extract<Operation, { op: "create" | "update" }>,
	current: EntityState | undefined,
	live: EntityState | undefined,
): EntityState {
	if (op.op === "create" && live) throw refuse("slug_taken", `An entity with slug ${op.slug} exists.`);
	const schemaId = op.schema ?? current?.schema;
	if (!schemaId) {
		throw refuse("validation_failed", "schema is required to create an entity.", [
			{ pointer: "/schema", message: "Required when the entity does not exist.", code: "required" },
		]);
	}
	checkSchemaAccess(plan, schemaId);
	const schema = validated(plan, schemaId, op.data, "/data");
	const commit = op.op === "update" && op.mode === "commit";
	const rev = nextRevision(plan, current, commit ? "commit" : "draft", {
		slug: op.slug,
		schemaId,
		schemaVersion: schema.version,
		data: op.data,
		message: commit ? (op.message ?? null) : null,
	});
	const committed = commit ? sideOf(rev) : (live?.committed ?? null);
	const e = save(plan, {
		slug: op.slug,
		schema: schemaId,
		revision: rev.revision,
		status: commit ? "committed" : committed ? "modified" : "draft",
		createdAt: live?.createdAt ?? plan.now,
		updatedAt: plan.now,
		draft: commit ? null : sideOf(rev),
		committed,
		storedRevision: current?.storedRevision ?? null,
	});
	if (commit) commitEvent(plan, e);
	return e;
}

function applyCommit(plan: Plan, op: Extract<Operation, { op: "commit" }>, live: EntityState | undefined) {
	if (!live) throw refuse("entity_not_found", `Entity ${op.slug} does not exist.`);
	if (!live.draft) throw refuse("nothing_to_commit", `Entity ${op.slug} has no draft to commit.`);
	const schema = validated(plan, live.schema, live.draft.data, "/draft/data");
	const rev = nextRevision(plan, live, "commit", {
		slug: op.slug,
		schemaId: live.schema,
		schemaVersion: schema.version,
		data: live.draft.data,
		message: op.message,
	});
	const e = save(plan, {
		...live,
		revision: rev.revision,
		status: "committed",
		updatedAt: plan.now,
		draft: null,
		committed: sideOf(rev),
	});
	commitEvent(plan, e);
	return e;
}

function applyDelete(
	plan: Plan,
	op: Extract<Operation, { op: "delete" }>,
	current: EntityState | undefined,
	live: EntityState | undefined,
) {
	if (!live) {
		const gone = current ? "is already deleted" : "does not exist";
		throw refuse(current ? "entity_deleted" : "entity_not_found", `Entity ${op.slug} ${gone}.`);
	}
	const rev = nextRevision(plan, live, "delete", {
		slug: op.slug,
		schemaId: live.schema,
		schemaVersion: live.committed?.schemaVersion ?? live.draft?.schemaVersion ?? 0,
		data: null,
		message: op.message ?? null,
	});
	const e = save(plan, {
		...live,
		revision: rev.revision,
		status: "deleted",
		updatedAt: plan.now,
		draft: null,
		committed: null,
	});
	emit(plan, (envelope) =>
		eventPayload("entity.deleted", envelope, {
			entity: {
				slug: e.slug,
				schema: e.schema,
				revision: rev.revision,
				deleted_at: plan.now,
				message: rev.message,
			},
		}),
	);
	return e;
}

import { ApiError, type FieldError } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { type Envelope, type EventPayload, eventPayload } from "../events/event-payloads";
import { validateData } from "./data-validator";
import type { EntityState, Side } from "./entity-state";
import type { NewEvent, NewRevision, SchemaHead } from "./entity-store";
import { writableBy } from "./entity-view";

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

/** A refusal of one operation; `pointer` is relative to the operation in the request body. */
export class OperationError extends ApiError {}

const refuse = (
	status: 403 | 404 | 409 | 412 | 422,
	code: string,
	detail: string,
	errors?: FieldError[],
	extra = {},
) => new OperationError(status, code, detail, { extra: errors ? { ...extra, errors } : extra });

function checkPreconditions(op: Operation, current: EntityState | undefined) {
	const exists = current !== undefined && current.status !== "deleted";
	if (op.op === "update" && op.createOnly && exists) {
		throw refuse(
			412,
			"version_conflict",
			`${op.slug} exists and If-None-Match: * asks to create only.`,
			undefined,
			{
				current_revision: current.revision,
			},
		);
	}
	const ifMatch = "ifMatch" in op ? op.ifMatch : undefined;
	const matches = ifMatch === "any" ? exists : ifMatch?.includes(current?.revision ?? -1);
	if (ifMatch && !matches) {
		throw refuse(412, "version_conflict", `${op.slug} is not at the revision If-Match names.`, undefined, {
			current_revision: current?.revision ?? null,
		});
	}
}

function checkSchemaAccess(plan: Plan, schema: string) {
	if (plan.allowedSchemas && !plan.allowedSchemas.includes(schema)) {
		throw refuse(403, "schema_forbidden", `This key may not write entities of schema ${schema}.`);
	}
}

/**
 * A limited key writes only entities it sees whole: one with a side of a barred schema (or a
 * deleted one last of such a schema) is refused before any precondition, whose 412 would tell
 * the hidden revision. The detail does not name the barred schema.
 */
function checkEntityAccess(plan: Plan, current: EntityState | undefined) {
	if (!current || writableBy(current, plan.allowedSchemas)) return;
	const what = current.status === "deleted" ? "was last of a schema" : "has content of a schema";
	throw refuse(403, "schema_forbidden", `Entity ${current.slug} ${what} this key may not touch.`);
}

/** Validates data against the current version of its schema; pointers go under `/data`. */
function validated(plan: Plan, schemaId: string, data: unknown, pointer: string): SchemaHead {
	const schema = plan.schemas.get(schemaId);
	if (!schema) {
		throw refuse(422, "unknown_schema", `Schema ${schemaId} does not exist.`, [
			{
				pointer: pointer === "/data" ? "/schema" : pointer,
				message: "Unknown schema.",
				code: "unknown_schema",
			},
		]);
	}
	const errors = validateData(
		`${plan.projectId}/${schemaId}@${schema.version}`,
		schema.source,
		data,
		pointer,
		plan,
	);
	if (errors.length > 0)
		throw refuse(422, "validation_failed", `data does not match schema ${schemaId}.`, errors);
	return schema;
}

function nextRevision(
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

const sideOf = (r: NewRevision): Side => ({
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
function emit(plan: Plan, build: (envelope: Envelope) => EventPayload) {
	const id = newId("evt");
	const payload = build({ id, timestamp: plan.now, project: plan.projectId });
	plan.events.push({ id, type: payload.type, createdAt: plan.now, payload });
}

function commitEvent(plan: Plan, e: EntityState) {
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

function save(plan: Plan, e: EntityState) {
	plan.entities.set(e.slug, e);
	return e;
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
		case "update": {
			if (op.op === "create" && live)
				throw refuse(409, "slug_taken", `An entity with slug ${op.slug} exists.`);
			const schemaId = op.schema ?? current?.schema;
			if (!schemaId) {
				throw refuse(422, "validation_failed", "schema is required to create an entity.", [
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
		case "commit": {
			if (!live) throw refuse(404, "entity_not_found", `Entity ${op.slug} does not exist.`);
			if (!live.draft) throw refuse(409, "nothing_to_commit", `Entity ${op.slug} has no draft to commit.`);
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
		case "delete": {
			if (!live) {
				const gone = current ? "is already deleted" : "does not exist";
				throw refuse(
					current ? 409 : 404,
					current ? "entity_deleted" : "entity_not_found",
					`Entity ${op.slug} ${gone}.`,
				);
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
	}
}

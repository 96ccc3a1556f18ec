import type { ErrorCodeWithStatus } from "../../lib/error-codes";
import { ApiError, type FieldError } from "../../lib/errors";
import { validateData } from "./data-validator";
import type { SchemaHead } from "./entity-heads";
import type { Operation, Plan } from "./entity-operations";
import type { EntityState } from "./entity-state";
import { writableBy } from "./entity-view";

// The refusals an operation meets before it changes the plan: access, preconditions, the data's schema.

/** A refusal of one operation; `pointer` is relative to the operation in the request body. */
export class OperationError extends ApiError {}

export const refuse = (
	code: ErrorCodeWithStatus<403 | 404 | 409 | 412 | 422>,
	detail: string,
	errors?: FieldError[],
	extra = {},
) => new OperationError(code, detail, { extra: errors ? { ...extra, errors } : extra });

export function checkPreconditions(op: Operation, current: EntityState | undefined) {
	const exists = current !== undefined && current.status !== "deleted";
	if (op.op === "update" && op.createOnly && exists) {
		throw refuse(
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
		throw refuse("version_conflict", `${op.slug} is not at the revision If-Match names.`, undefined, {
			current_revision: current?.revision ?? null,
		});
	}
}

export function checkSchemaAccess(plan: Plan, schema: string) {
	if (plan.allowedSchemas && !plan.allowedSchemas.includes(schema)) {
		throw refuse("schema_forbidden", `This key may not write entities of schema ${schema}.`);
	}
}

/**
 * A limited key writes only entities it sees whole: one with a side of a barred schema (or a
 * deleted one last of such a schema) is refused before any precondition, whose 412 would tell
 * the hidden revision. The detail does not name the barred schema.
 */
export function checkEntityAccess(plan: Plan, current: EntityState | undefined) {
	if (!current || writableBy(current, plan.allowedSchemas)) return;
	const what = current.status === "deleted" ? "was last of a schema" : "has content of a schema";
	throw refuse("schema_forbidden", `Entity ${current.slug} ${what} this key may not touch.`);
}

/** Validates data against the current version of its schema; pointers go under `/data`. */
export function validated(plan: Plan, schemaId: string, data: unknown, pointer: string): SchemaHead {
	const schema = plan.schemas.get(schemaId);
	if (!schema) {
		throw refuse("unknown_schema", `Schema ${schemaId} does not exist.`, [
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
	if (errors.length > 0) throw refuse("validation_failed", `data does not match schema ${schemaId}.`, errors);
	return schema;
}

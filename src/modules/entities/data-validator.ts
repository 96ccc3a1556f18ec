import { Validator } from "@cfworker/json-schema";
import type { FieldError } from "../../lib/errors";
import { instancePointer, leafErrors } from "../schemas/json-schema";

/** Schema versions never change, so a compiled validator can live as long as the isolate. */
const compiled = new Map<string, Validator>();
const MAX_COMPILED = 500;

function validatorFor(cacheKey: string, source: string): Validator {
	let validator = compiled.get(cacheKey);
	if (!validator) {
		if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
		validator = new Validator(JSON.parse(source), "2020-12", false);
		compiled.set(cacheKey, validator);
	}
	return validator;
}

/** Validates `data` and returns its problems as pointers under `base` (where `data` sits in the body). */
export function validateData(cacheKey: string, source: string, data: unknown, base: string): FieldError[] {
	let result: ReturnType<Validator["validate"]>;
	try {
		result = validatorFor(cacheKey, source).validate(data);
	} catch (error) {
		// A schema that passed the meta-schema can still be unusable (an unresolvable $ref).
		return [
			{ pointer: base, message: `The schema cannot be applied: ${String(error)}`, code: "schema_unusable" },
		];
	}
	if (result.valid) return [];
	return leafErrors(result.errors).map((e) => ({
		pointer: base + instancePointer(e.instanceLocation),
		message: e.error,
		code: "schema_violation",
	}));
}

import { type OutputUnit, Validator } from "@cfworker/json-schema";
import type { FieldError } from "../../lib/errors";
import metaschema from "./metaschema-2020-12.json";

const metaValidator = new Validator(metaschema as object, "2020-12", false);

/**
 * Checks a user's JSON Schema against the 2020-12 meta-schema. Returns the problems as pointers
 * under `base` (the schema's place in the request body).
 */
export function checkJsonSchema(schema: unknown, base: string): FieldError[] {
	const result = metaValidator.validate(schema);
	if (result.valid) return [];
	return leafErrors(result.errors).map((e) => ({
		pointer: base + instancePointer(e.instanceLocation),
		message: e.error,
		code: "invalid_json_schema",
	}));
}

/**
 * @cfworker/json-schema reports every failing keyword up the tree ("allOf failed", "properties
 * failed"...). The deepest ones name the real problem; keep one per location.
 */
export function leafErrors(errors: OutputUnit[]): OutputUnit[] {
	const deepest = new Map<string, OutputUnit>();
	for (const e of errors) {
		const current = deepest.get(e.instanceLocation);
		if (!current || e.keywordLocation.length > current.keywordLocation.length)
			deepest.set(e.instanceLocation, e);
	}
	const locations = [...deepest.keys()];
	return [...deepest.values()].filter(
		(e) => !locations.some((l) => l !== e.instanceLocation && l.startsWith(`${e.instanceLocation}/`)),
	);
}

/** `#/a/b` (the library's instance location) to `/a/b`. */
export function instancePointer(location: string): string {
	return location.startsWith("#") ? location.slice(1) : location;
}

import type { FieldError } from "../../lib/errors";
import { checkSchema, compileSchema } from "./engine/index.ts";
import metaschema from "./metaschema-2020-12.json";

const meta = compileSchema(metaschema);

/**
 * Checks a user's JSON Schema before it is stored: the 2020-12 meta-schema, then what Folio needs
 * to run it in bounded time. Returns the problems as pointers under `base` (the schema's place in
 * the request body).
 */
export function checkJsonSchema(schema: unknown, base: string): FieldError[] {
	return checkSchema(meta, schema).map((p) => ({
		pointer: base + p.pointer,
		message: p.message,
		code: "invalid_json_schema",
	}));
}

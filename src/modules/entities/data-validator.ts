import type { FieldError } from "../../lib/errors";
import { Lru } from "../../lib/lru";
import { type Budget, type Compiled, compileSchema, validate } from "../schemas/engine/index.ts";

/** Schema versions never change, so a compiled schema can live as long as the isolate. */
const compiled = new Lru<Compiled>({ capacity: 500 });

function compiledFor(cacheKey: string, source: string): Compiled {
	let schema = compiled.get(cacheKey);
	if (!schema) {
		schema = compileSchema(JSON.parse(source));
		compiled.set(cacheKey, schema);
	}
	return schema;
}

/** One work budget per request: a batch of 100 entities gets the budget of one, not 100 times it. */
const budgets = new WeakMap<object, Budget>();

/**
 * Validates `data` and returns its problems as pointers under `base` (where `data` sits in the
 * body). Documents validated for the same `request` object share one work budget.
 */
export function validateData(
	cacheKey: string,
	source: string,
	data: unknown,
	base: string,
	request: object = {},
): FieldError[] {
	let budget = budgets.get(request);
	if (!budget) {
		budget = { used: 0 };
		budgets.set(request, budget);
	}
	const schema = compiledFor(cacheKey, source);
	if (!schema.ok) {
		// Stored before Folio checked schemas this closely (an unresolvable $ref, a pattern RE2
		// cannot run): say what is wrong with it; storing a new version fixes it.
		const [first] = schema.problems;
		const message = `The schema cannot be applied: at ${first?.pointer || "its root"}, ${first?.message ?? "it is not usable."} Store a corrected version.`;
		return [{ pointer: base, message, code: "schema_unusable" }];
	}
	const outcome = validate(schema.root, schema.tracksEvaluated, data, budget);
	if (outcome.valid) return [];
	if ("aborted" in outcome) {
		return [
			{
				pointer: base + outcome.aborted.pointer,
				message: outcome.aborted.message,
				code: "schema_too_complex",
			},
		];
	}
	return outcome.errors.map((e) => ({
		pointer: base + e.pointer,
		message: e.message,
		code: "schema_violation",
	}));
}

import { type Compiled, compileSchema } from "./compile.ts";
import { type Budget, Context, type RawError } from "./context.ts";
import { apply } from "./evaluate.ts";
import { LIMITS, tooDeepAt, toPointer, ValidationAborted } from "./limits.ts";
import type { Schema } from "./node.ts";

export { type Compiled, type CompileProblem, compileSchema } from "./compile.ts";
export type { Budget } from "./context.ts";
export { LIMITS } from "./limits.ts";

export type Outcome =
	| { valid: true }
	| { valid: false; errors: { pointer: string; message: string }[] }
	| { valid: false; aborted: { pointer: string; message: string } };

/**
 * Validates `data` against a compiled schema. The work is bounded (LIMITS): past the bounds the
 * answer is `aborted` with a reason, never a stalled isolate or a stack overflow. Documents
 * validated with the same `budget` share its steps.
 */
export function validate(
	schema: Schema,
	tracksEvaluated: boolean,
	data: unknown,
	budget: Budget = { used: 0 },
): Outcome {
	const ctx = new Context(tracksEvaluated, budget);
	try {
		if (apply(schema, data, ctx, 0)) return { valid: true };
	} catch (error) {
		if (!(error instanceof ValidationAborted)) throw error;
		return { valid: false, aborted: { pointer: toPointer(error.path), message: error.message } };
	}
	return { valid: false, errors: leafErrors(ctx.errors).slice(0, LIMITS.reportedErrors) };
}

/**
 * What keeps a schema document from being stored, as pointers into it: nesting first (so nothing
 * walks a document too deep), then the meta-schema, then what compileSchema refuses.
 */
export function checkSchema(meta: Compiled, document: unknown): { pointer: string; message: string }[] {
	const deep = tooDeepAt(document, LIMITS.schemaDepth);
	if (deep)
		return [
			{
				pointer: toPointer(deep),
				message: `The schema is nested more than ${LIMITS.schemaDepth} levels deep.`,
			},
		];
	if (!meta.ok) throw new Error("the meta-schema does not compile");
	const outcome = validate(meta.root, meta.tracksEvaluated, document);
	if (!outcome.valid && "aborted" in outcome) {
		const message = `The schema is too large to check against the JSON Schema meta-schema within ${LIMITS.steps.toLocaleString("en")} steps; split it into several schemas.`;
		return [{ pointer: outcome.aborted.pointer, message }];
	}
	if (!outcome.valid) return outcome.errors;
	const compiled = compileSchema(document);
	return compiled.ok ? [] : compiled.problems;
}

/**
 * One error per place in the data, the one deepest in the schema (it names the real problem, not
 * "a subschema failed"), and none at a place that has a failing place inside it.
 */
export function leafErrors(errors: RawError[]): { pointer: string; message: string }[] {
	const deepest = new Map<string, RawError>();
	for (const e of errors) {
		const current = deepest.get(e.pointer);
		if (!current || e.rank > current.rank) deepest.set(e.pointer, e);
	}
	const enclosing = new Set<string>();
	for (const pointer of deepest.keys()) {
		for (let i = pointer.lastIndexOf("/"); i >= 0; i = pointer.lastIndexOf("/", i - 1)) {
			const parent = pointer.slice(0, i);
			if (enclosing.has(parent)) break;
			enclosing.add(parent);
			if (i === 0) break;
		}
	}
	return [...deepest.values()]
		.filter((e) => !enclosing.has(e.pointer))
		.map((e) => ({ pointer: e.pointer, message: e.message }));
}

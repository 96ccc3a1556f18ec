import { canonical } from "./canonical.ts";
import { checkArray, checkObject } from "./containers.ts";
import { type Context, patternCost, textCost } from "./context.ts";
import { LIMITS } from "./limits.ts";
import type { Schema, SchemaNode } from "./node.ts";

/** Keys (objects) or indexes (arrays) that some subschema evaluated, for unevaluated*. */
export type Seen = Set<string | number> | null;

/**
 * Applies a subschema to the value at `ctx.path`. `rank` counts subschemas entered; `seen`, when
 * given, receives what this subschema evaluated if it passes.
 */
export function apply(
	schema: Schema,
	value: unknown,
	ctx: Context,
	rank: number,
	seen: Seen = null,
): boolean {
	if (schema === true) return true;
	if (schema === false) {
		ctx.fail(rank, "No value is allowed here.");
		return false;
	}
	ctx.charge();
	ctx.enter();
	const valid = applyNode(schema, value, ctx, rank + 1, seen);
	ctx.depth--;
	return valid;
}

function applyNode(node: SchemaNode, value: unknown, ctx: Context, rank: number, seen: Seen): boolean {
	const kind = kindOf(value);
	const container = kind === "object" || kind === "array";
	const tracking = ctx.tracksEvaluated && container;
	const mine: Seen =
		tracking && (seen || node.unevaluatedProperties !== undefined || node.unevaluatedItems !== undefined)
			? new Set()
			: null;
	let valid = true;

	if (node.ref !== undefined) valid = apply(node.ref, value, ctx, rank, mine) && valid;
	if (node.types && !node.types.some((t) => t === kind || (t === "number" && kind === "integer"))) {
		ctx.fail(
			rank,
			`Instance type "${kind === "integer" ? "number" : kind}" is invalid. Expected "${node.types.join('", "')}".`,
		);
		valid = false;
	}
	if (node.constKey !== undefined && keyOf(value, ctx) !== node.constKey) {
		ctx.fail(rank, `Instance does not match ${node.constText}.`);
		valid = false;
	}
	if (node.enumKeys && !node.enumKeys.has(keyOf(value, ctx))) {
		ctx.fail(rank, `Instance does not match any of ${node.enumText}.`);
		valid = false;
	}
	if (!valid && ctx.quiet > 0) return false;
	valid = applyCombinators(node, value, ctx, rank, mine) && valid;
	if (!valid && ctx.quiet > 0) return false;
	if (kind === "object")
		valid = checkObject(node, value as Record<string, unknown>, ctx, rank, mine) && valid;
	else if (kind === "array") valid = checkArray(node, value as unknown[], ctx, rank, mine) && valid;
	else if (kind === "string") valid = checkString(node, value as string, ctx, rank) && valid;
	else if (kind === "number" || kind === "integer")
		valid = checkNumber(node, value as number, ctx, rank) && valid;
	if (valid && seen && mine) for (const k of mine) seen.add(k);
	return valid;
}

/**
 * not, allOf, anyOf, oneOf, if/then/else. Branches whose errors cannot be reported (`not`, `if`)
 * or usually are not (anyOf, oneOf) run quietly: no messages, stop at the first failure. Only
 * when no branch of an anyOf or oneOf passes are they run again to say why.
 */
function applyCombinators(node: SchemaNode, value: unknown, ctx: Context, rank: number, seen: Seen): boolean {
	let valid = true;
	if (node.not !== undefined) {
		ctx.quiet++;
		const matched = apply(node.not, value, ctx, rank);
		ctx.quiet--;
		if (matched) {
			ctx.fail(rank, 'Instance matched "not" schema.');
			valid = false;
		}
	}
	if (node.allOf) for (const s of node.allOf) valid = apply(s, value, ctx, rank, seen) && valid;
	if (node.anyOf) {
		let any = false;
		ctx.quiet++;
		for (const s of node.anyOf) {
			any = apply(s, value, ctx, rank, seen) || any;
			if (any && !seen) break;
		}
		ctx.quiet--;
		if (!any) {
			explain(node.anyOf, value, ctx, rank);
			ctx.fail(rank - 1, "Instance does not match any subschemas.");
			valid = false;
		}
	}
	if (node.oneOf) {
		let matches = 0;
		ctx.quiet++;
		for (const s of node.oneOf) if (apply(s, value, ctx, rank, seen)) matches++;
		ctx.quiet--;
		if (matches !== 1) {
			if (matches === 0) explain(node.oneOf, value, ctx, rank);
			ctx.fail(rank - 1, `Instance does not match exactly one subschema (${matches} matches).`);
			valid = false;
		}
	}
	if (node.ifSchema !== undefined) {
		ctx.quiet++;
		const condition = apply(node.ifSchema, value, ctx, rank, seen);
		ctx.quiet--;
		const branch = condition ? node.thenSchema : node.elseSchema;
		if (branch !== undefined) valid = apply(branch, value, ctx, rank, seen) && valid;
	}
	ctx.charge(node.dependentSchemas?.length ?? 0);
	for (const [key, s] of node.dependentSchemas ?? []) {
		if (isObject(value) && Object.hasOwn(value, key)) valid = apply(s, value, ctx, rank, seen) && valid;
	}
	return valid;
}

/** Runs the branches again, aloud, for their errors (unless the caller itself only wants a yes or no). */
function explain(branches: Schema[], value: unknown, ctx: Context, rank: number) {
	if (ctx.quiet > 0) return;
	for (const s of branches) apply(s, value, ctx, rank);
}

function checkString(node: SchemaNode, text: string, ctx: Context, rank: number): boolean {
	let valid = true;
	if (node.minLength !== undefined || node.maxLength !== undefined) {
		ctx.charge(textCost(text));
		let length = 0;
		for (const _ of text) length++;
		if (node.minLength !== undefined && length < node.minLength) {
			ctx.fail(rank, `String is too short (${length} < ${node.minLength}).`);
			valid = false;
		}
		if (node.maxLength !== undefined && length > node.maxLength) {
			ctx.fail(rank, `String is too long (${length} > ${node.maxLength}).`);
			valid = false;
		}
	}
	if (node.pattern) {
		ctx.charge(patternCost(text, node.pattern));
		if (!node.pattern.test(text)) {
			ctx.fail(rank, `String does not match pattern ${JSON.stringify(node.pattern.source.slice(0, 200))}.`);
			valid = false;
		}
	}
	if (node.format) {
		ctx.charge(textCost(text));
		if (!node.format.check(text)) {
			ctx.fail(rank, `String does not match format "${node.format.name}".`);
			valid = false;
		}
	}
	return valid;
}

function checkNumber(node: SchemaNode, n: number, ctx: Context, rank: number): boolean {
	const problems: string[] = [];
	if (node.minimum !== undefined && n < node.minimum) problems.push(`${n} is less than ${node.minimum}.`);
	if (node.maximum !== undefined && n > node.maximum) problems.push(`${n} is greater than ${node.maximum}.`);
	if (node.exclusiveMinimum !== undefined && n <= node.exclusiveMinimum)
		problems.push(`${n} is less than or equal to ${node.exclusiveMinimum}.`);
	if (node.exclusiveMaximum !== undefined && n >= node.exclusiveMaximum)
		problems.push(`${n} is greater than or equal to ${node.exclusiveMaximum}.`);
	if (node.multipleOf !== undefined && !isMultipleOf(n, node.multipleOf))
		problems.push(`${n} is not a multiple of ${node.multipleOf}.`);
	for (const p of problems) ctx.fail(rank, p);
	return problems.length === 0;
}

/** Exact for decimals: 0.3 is a multiple of 0.1 although 0.3 / 0.1 is 2.9999999999999996 in binary. */
export function isMultipleOf(n: number, divisor: number): boolean {
	if (!Number.isFinite(n) || !Number.isFinite(divisor) || divisor <= 0) return false;
	const [a, ea] = decimal(n);
	const [b, eb] = decimal(divisor);
	return ea >= eb ? (a * 10n ** BigInt(ea - eb)) % b === 0n : a % (b * 10n ** BigInt(eb - ea)) === 0n;
}

/** A finite number as coefficient × 10^exponent, from its shortest decimal spelling. */
function decimal(n: number): [bigint, number] {
	const [mantissa = "0", exponent = "0"] = Math.abs(n).toString().split("e");
	const [whole = "0", fraction = ""] = mantissa.split(".");
	return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}

type Kind = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";

function kindOf(value: unknown): Kind {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
	return typeof value as Kind;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/** The canonical key of a value, counting one step per value visited. */
export function keyOf(value: unknown, ctx: Context): string {
	if (typeof value === "string") ctx.charge(textCost(value));
	if (value === null || typeof value !== "object") return JSON.stringify(value);
	try {
		return canonical(value, () => ctx.charge(), LIMITS.evaluationDepth);
	} catch (error) {
		if (error instanceof RangeError) ctx.tooDeep();
		throw error;
	}
}

import { type Context, patternCost } from "./context.ts";
import { apply, keyOf, type Seen } from "./evaluate.ts";
import { quote } from "./limits.ts";
import type { SchemaNode } from "./node.ts";

/** The object keywords; every key costs at most one step per keyword that looks at it. */
export function checkObject(
	node: SchemaNode,
	value: Record<string, unknown>,
	ctx: Context,
	rank: number,
	seen: Seen,
): boolean {
	let valid = true;
	const keys = Object.keys(value);
	ctx.charge(1 + (keys.length >> 4));
	for (const key of node.required ?? []) {
		if (!Object.hasOwn(value, key)) {
			ctx.fail(rank, `Instance does not have required property ${quote(key)}.`);
			valid = false;
		}
	}
	ctx.charge(node.required?.length ?? 0);
	if (node.minProperties !== undefined && keys.length < node.minProperties) {
		ctx.fail(rank, `Instance has fewer than ${node.minProperties} properties.`);
		valid = false;
	}
	if (node.maxProperties !== undefined && keys.length > node.maxProperties) {
		ctx.fail(rank, `Instance has more than ${node.maxProperties} properties.`);
		valid = false;
	}
	ctx.charge(node.dependentRequired?.length ?? 0);
	for (const [key, needed] of node.dependentRequired ?? []) {
		if (!Object.hasOwn(value, key)) continue;
		ctx.charge(needed.length);
		for (const other of needed) {
			if (!Object.hasOwn(value, other)) {
				ctx.fail(rank, `Instance has ${quote(key)} but does not have ${quote(other)}.`);
				valid = false;
			}
		}
	}
	if (node.propertyNames !== undefined) {
		const names = node.propertyNames;
		for (const key of keys) valid = ctx.at(key, () => apply(names, key, ctx, rank)) && valid;
	}
	const evaluated = new Set<string>();
	const property = (key: string, schema: SchemaNode["additionalProperties"]) => {
		evaluated.add(key);
		seen?.add(key);
		if (schema === false) {
			ctx.at(key, () => ctx.fail(rank, `Property ${quote(key)} is not allowed.`));
			return false;
		}
		return ctx.at(key, () => apply(schema ?? true, value[key], ctx, rank));
	};
	const properties = node.properties;
	if (properties) {
		// Whichever side is smaller: a schema of 50,000 properties costs nothing on a small object.
		ctx.charge(Math.min(properties.size, keys.length));
		if (properties.size <= keys.length) {
			for (const [key, schema] of properties)
				if (Object.hasOwn(value, key)) valid = property(key, schema) && valid;
		} else {
			for (const key of keys) {
				const schema = properties.get(key);
				if (schema !== undefined) valid = property(key, schema) && valid;
			}
		}
	}
	for (const [pattern, schema] of node.patternProperties ?? []) {
		for (const key of keys) {
			ctx.charge(patternCost(key, pattern));
			if (pattern.test(key)) valid = property(key, schema) && valid;
		}
	}
	if (node.additionalProperties !== undefined) {
		ctx.charge(keys.length);
		for (const key of keys)
			if (!evaluated.has(key)) valid = property(key, node.additionalProperties) && valid;
	}
	if (node.unevaluatedProperties !== undefined) {
		ctx.charge(keys.length);
		for (const key of keys) if (!seen?.has(key)) valid = property(key, node.unevaluatedProperties) && valid;
	}
	return valid;
}

/** The array keywords; `uniqueItems` hashes each item once instead of comparing every pair. */
export function checkArray(
	node: SchemaNode,
	items: unknown[],
	ctx: Context,
	rank: number,
	seen: Seen,
): boolean {
	let valid = true;
	if (node.maxItems !== undefined && items.length > node.maxItems) {
		ctx.fail(rank, `Array has too many items (${items.length} > ${node.maxItems}).`);
		valid = false;
	}
	if (node.minItems !== undefined && items.length < node.minItems) {
		ctx.fail(rank, `Array has too few items (${items.length} < ${node.minItems}).`);
		valid = false;
	}
	const item = (i: number, schema: SchemaNode["items"]) => {
		seen?.add(i);
		return ctx.at(i, () => apply(schema ?? true, items[i], ctx, rank));
	};
	const prefix = node.prefixItems?.length ?? 0;
	for (let i = 0; i < Math.min(prefix, items.length); i++) valid = item(i, node.prefixItems?.[i]) && valid;
	if (node.items !== undefined)
		for (let i = prefix; i < items.length; i++) valid = item(i, node.items) && valid;
	if (node.contains !== undefined) valid = checkContains(node, items, ctx, rank, seen) && valid;
	if (node.unevaluatedItems !== undefined) {
		for (let i = 0; i < items.length; i++) if (!seen?.has(i)) valid = item(i, node.unevaluatedItems) && valid;
	}
	if (node.uniqueItems) {
		const first = new Map<string, number>();
		for (let i = 0; i < items.length; i++) {
			const key = keyOf(items[i], ctx);
			const earlier = first.get(key);
			if (earlier !== undefined) {
				ctx.fail(rank, `Duplicate items at indexes ${earlier} and ${i}.`);
				valid = false;
				break;
			}
			first.set(key, i);
		}
	}
	return valid;
}

function checkContains(node: SchemaNode, items: unknown[], ctx: Context, rank: number, seen: Seen): boolean {
	const contains = node.contains ?? true;
	let count = 0;
	ctx.quiet++;
	for (let i = 0; i < items.length; i++) {
		if (ctx.at(i, () => apply(contains, items[i], ctx, rank))) {
			count++;
			seen?.add(i);
		}
	}
	ctx.quiet--;
	const min = node.minContains ?? 1;
	if (count < min) {
		ctx.fail(
			rank,
			min === 1
				? "Array does not contain an item matching the schema."
				: `Array must contain at least ${min} items matching the schema; ${count} do.`,
		);
		return false;
	}
	if (node.maxContains !== undefined && count > node.maxContains) {
		ctx.fail(rank, `Array may contain at most ${node.maxContains} items matching the schema; ${count} do.`);
		return false;
	}
	return true;
}

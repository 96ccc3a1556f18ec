import type { Pattern } from "./patterns.ts";

/** A subschema ready to apply: every keyword read, checked and compiled once, when stored. */
export type Schema = boolean | SchemaNode;

export interface SchemaNode {
	/** Where the subschema sits in the schema document (a JSON Pointer). */
	at: string;
	ref?: Schema;
	types?: string[];
	constKey?: string;
	constText?: string;
	enumKeys?: Set<string>;
	enumText?: string;
	not?: Schema;
	allOf?: Schema[];
	anyOf?: Schema[];
	oneOf?: Schema[];
	ifSchema?: Schema;
	thenSchema?: Schema;
	elseSchema?: Schema;
	properties?: Map<string, Schema>;
	patternProperties?: [Pattern, Schema][];
	additionalProperties?: Schema;
	unevaluatedProperties?: Schema;
	propertyNames?: Schema;
	required?: string[];
	dependentRequired?: [string, string[]][];
	dependentSchemas?: [string, Schema][];
	minProperties?: number;
	maxProperties?: number;
	prefixItems?: Schema[];
	items?: Schema;
	contains?: Schema;
	minContains?: number;
	maxContains?: number;
	unevaluatedItems?: Schema;
	minItems?: number;
	maxItems?: number;
	uniqueItems?: boolean;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	multipleOf?: number;
	minLength?: number;
	maxLength?: number;
	pattern?: Pattern;
	format?: { name: string; check: (text: string) => boolean };
}

/**
 * A node with every keyword present (most undefined), always in this order: one object shape for
 * all nodes keeps property reads in the validation loop fast.
 */
export function emptyNode(at: string): SchemaNode {
	return {
		at,
		ref: undefined,
		types: undefined,
		constKey: undefined,
		constText: undefined,
		enumKeys: undefined,
		enumText: undefined,
		not: undefined,
		allOf: undefined,
		anyOf: undefined,
		oneOf: undefined,
		ifSchema: undefined,
		thenSchema: undefined,
		elseSchema: undefined,
		properties: undefined,
		patternProperties: undefined,
		additionalProperties: undefined,
		unevaluatedProperties: undefined,
		propertyNames: undefined,
		required: undefined,
		dependentRequired: undefined,
		dependentSchemas: undefined,
		minProperties: undefined,
		maxProperties: undefined,
		prefixItems: undefined,
		items: undefined,
		contains: undefined,
		minContains: undefined,
		maxContains: undefined,
		unevaluatedItems: undefined,
		minItems: undefined,
		maxItems: undefined,
		uniqueItems: undefined,
		minimum: undefined,
		maximum: undefined,
		exclusiveMinimum: undefined,
		exclusiveMaximum: undefined,
		multipleOf: undefined,
		minLength: undefined,
		maxLength: undefined,
		pattern: undefined,
		format: undefined,
	};
}

/** The subschemas a node applies to the same value (the ones whose cost adds up per value). */
export function inPlace(node: SchemaNode): Schema[] {
	const out: Schema[] = [];
	if (node.ref !== undefined) out.push(node.ref);
	for (const one of [node.not, node.ifSchema, node.thenSchema, node.elseSchema])
		if (one !== undefined) out.push(one);
	for (const many of [node.allOf, node.anyOf, node.oneOf]) if (many) out.push(...many);
	for (const [, s] of node.dependentSchemas ?? []) out.push(s);
	return out;
}

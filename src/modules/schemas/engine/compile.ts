import { canonical } from "./canonical.ts";
import { formatCheck } from "./formats.ts";
import { LIMITS, quote, tooDeepAt, toPointer } from "./limits.ts";
import { emptyNode, inPlace, type Schema, type SchemaNode } from "./node.ts";
import { compilePattern } from "./patterns.ts";
import { buildLookup, target } from "./resolve.ts";

export interface CompileProblem {
	/** JSON Pointer into the schema document. */
	pointer: string;
	message: string;
}

export type Compiled =
	| { ok: true; root: Schema; tracksEvaluated: boolean }
	| { ok: false; problems: CompileProblem[] };

const shown = (value: unknown) => {
	const text = JSON.stringify(value);
	return text.length <= 200 ? text : null;
};

/**
 * Turns a schema document (already valid against the meta-schema) into nodes ready to apply, or
 * says what in it Folio cannot run within bounded time: nesting beyond the limit, patterns RE2
 * cannot run, `$ref`s that point nowhere or loop without descending into the data, and
 * combinations that would apply too many subschemas to one value.
 */
export function compileSchema(document: unknown): Compiled {
	const deep = tooDeepAt(document, LIMITS.schemaDepth);
	if (deep) {
		const message = `The schema is nested more than ${LIMITS.schemaDepth} levels deep.`;
		return { ok: false, problems: [{ pointer: toPointer(deep), message }] };
	}
	const lookup = buildLookup(document);
	const problems: CompileProblem[] = lookup.problems.map((p) => ({
		pointer: toPointer(p.path),
		message: p.message,
	}));
	const nodes = new Map<object, SchemaNode>();
	let patterns = 0;
	let programs = 0;
	let tracksEvaluated = false;

	// Compiling costs about a pattern's size; past the limits nothing more is compiled.
	const pattern = (source: string, path: (string | number)[]) => {
		if (patterns > LIMITS.patterns || programs > LIMITS.patternPrograms) return undefined;
		const refuse = (message: string) => {
			problems.push({ pointer: toPointer(path), message });
			return undefined;
		};
		if (++patterns > LIMITS.patterns) return refuse(`The schema has more than ${LIMITS.patterns} patterns.`);
		const compiled = compilePattern(source);
		if ("problem" in compiled) return refuse(compiled.problem);
		programs += compiled.size;
		if (programs > LIMITS.patternPrograms)
			return refuse(
				"The patterns of this schema are too large together to run cheaply (simplify or remove some).",
			);
		return compiled;
	};

	const build = (raw: object | boolean, path: (string | number)[]): Schema => {
		if (typeof raw === "boolean") return raw;
		const s = raw as Record<string, unknown>;
		const node = emptyNode(toPointer(path));
		nodes.set(raw, node);
		const sub = (key: string) => (key in s ? child(s[key], [...path, key]) : undefined);
		const list = (key: string) =>
			Array.isArray(s[key]) ? (s[key] as unknown[]).map((c, i) => child(c, [...path, key, i])) : undefined;
		const map = (key: string) =>
			s[key] && typeof s[key] === "object" ? Object.entries(s[key] as object) : undefined;

		if (typeof s.type === "string") node.types = [s.type];
		else if (Array.isArray(s.type)) node.types = s.type as string[];
		if ("const" in s) {
			node.constKey = canonical(s.const, () => {}, LIMITS.schemaDepth + 1);
			node.constText = shown(s.const) ?? "the value the schema gives";
		}
		if (Array.isArray(s.enum)) {
			node.enumKeys = new Set(s.enum.map((v) => canonical(v, () => {}, LIMITS.schemaDepth + 1)));
			node.enumText = shown(s.enum) ?? `the ${s.enum.length} values the schema lists`;
		}
		// Definitions become nodes too, so a $ref to one finds it built.
		for (const key of ["$defs", "definitions"])
			for (const [k, v] of map(key) ?? []) child(v, [...path, key, k]);
		node.not = sub("not");
		node.allOf = list("allOf");
		node.anyOf = list("anyOf");
		node.oneOf = list("oneOf");
		node.ifSchema = sub("if");
		node.thenSchema = sub("then");
		node.elseSchema = sub("else");
		const properties = map("properties");
		if (properties)
			node.properties = new Map(properties.map(([k, v]) => [k, child(v, [...path, "properties", k])]));
		node.patternProperties = map("patternProperties")?.flatMap(([source, v]) => {
			const compiled = pattern(source, [...path, "patternProperties", source]);
			return compiled ? [[compiled, child(v, [...path, "patternProperties", source])] as const] : [];
		}) as SchemaNode["patternProperties"];
		node.additionalProperties = sub("additionalProperties");
		node.unevaluatedProperties = sub("unevaluatedProperties");
		node.propertyNames = sub("propertyNames");
		if (Array.isArray(s.required)) node.required = s.required as string[];
		node.dependentRequired = map("dependentRequired") as [string, string[]][] | undefined;
		node.dependentSchemas = map("dependentSchemas")?.map(([k, v]) => [
			k,
			child(v, [...path, "dependentSchemas", k]),
		]);
		for (const [k, v] of map("dependencies") ?? []) {
			// The draft-7 keyword: an array is dependentRequired, a schema is dependentSchemas.
			if (Array.isArray(v)) node.dependentRequired = [...(node.dependentRequired ?? []), [k, v as string[]]];
			else
				node.dependentSchemas = [
					...(node.dependentSchemas ?? []),
					[k, child(v, [...path, "dependencies", k])],
				];
		}
		node.prefixItems = list("prefixItems");
		node.items = sub("items");
		node.contains = sub("contains");
		node.unevaluatedItems = sub("unevaluatedItems");
		if (s.uniqueItems === true) node.uniqueItems = true;
		if (typeof s.pattern === "string") node.pattern = pattern(s.pattern, [...path, "pattern"]);
		const check = formatCheck(s.format);
		if (check) node.format = { name: s.format as string, check };
		for (const key of NUMBERS) if (typeof s[key] === "number") node[key] = s[key] as number;
		if (node.unevaluatedItems !== undefined || node.unevaluatedProperties !== undefined)
			tracksEvaluated = true;
		return node;
	};
	const child = (raw: unknown, path: (string | number)[]): Schema =>
		typeof raw === "boolean" || (raw && typeof raw === "object" && !Array.isArray(raw))
			? build(raw as object, path)
			: true;

	const root = child(document, []);
	for (const ref of lookup.refs) {
		const found = target(lookup, ref.uri);
		const from = nodes.get(ref.from);
		if (found === undefined) {
			problems.push({
				pointer: toPointer(ref.path),
				message: `${quote(ref.written)} does not name a subschema of this schema (a $ref can point only inside the schema: "#/$defs/name", "#anchor" or an $id it declares).`,
			});
		} else if (from) {
			from.ref = typeof found === "boolean" ? found : (nodes.get(found) ?? true);
		}
	}
	if (problems.length === 0) problems.push(...checkExpansion(nodes.values()));
	return problems.length > 0 ? { ok: false, problems } : { ok: true, root, tracksEvaluated };
}

const NUMBERS = [
	"minProperties",
	"maxProperties",
	"minContains",
	"maxContains",
	"minItems",
	"maxItems",
	"minimum",
	"maximum",
	"exclusiveMinimum",
	"exclusiveMaximum",
	"multipleOf",
	"minLength",
	"maxLength",
] as const;

/**
 * Subschemas applied in place (through $ref, allOf, anyOf…) all apply to the same value, so their
 * number multiplies: a few levels of `allOf` over two `$ref`s each is thousands of subschemas per
 * value. Refuses loops (a value would be checked forever), chains deeper than the nesting limit
 * and expansions above the limit. Iterative: a chain of thousands of $refs must not overflow.
 */
function checkExpansion(all: Iterable<SchemaNode>): CompileProblem[] {
	const size = new Map<SchemaNode, number>();
	const height = new Map<SchemaNode, number>();
	const onPath = new Set<SchemaNode>();
	for (const start of all) {
		if (size.has(start)) continue;
		const problem = measure(start, size, height, onPath);
		if (problem) return [problem];
	}
	return [];
}

function measure(
	root: SchemaNode,
	size: Map<SchemaNode, number>,
	height: Map<SchemaNode, number>,
	onPath: Set<SchemaNode>,
): CompileProblem | null {
	const stack: { node: SchemaNode; children: SchemaNode[]; next: number }[] = [];
	const enter = (node: SchemaNode) => {
		onPath.add(node);
		stack.push({
			node,
			children: inPlace(node).filter((c): c is SchemaNode => typeof c !== "boolean"),
			next: 0,
		});
	};
	enter(root);
	while (stack.length > 0) {
		const top = stack[stack.length - 1] as (typeof stack)[number];
		const next = top.children[top.next++];
		if (next) {
			if (onPath.has(next)) {
				return {
					pointer: next.at,
					message:
						"This subschema applies itself again (through $ref, allOf, anyOf, oneOf, not, if/then/else or dependentSchemas) before descending into the data, so checking a value would never end.",
				};
			}
			if (!size.has(next)) enter(next);
			continue;
		}
		stack.pop();
		onPath.delete(top.node);
		let total = 1;
		let tallest = 0;
		for (const c of inPlace(top.node)) {
			total += typeof c === "boolean" ? 1 : (size.get(c) ?? 0);
			tallest = Math.max(tallest, typeof c === "boolean" ? 1 : (height.get(c) ?? 0));
		}
		if (tallest + 1 > LIMITS.schemaDepth) {
			return {
				pointer: top.node.at,
				message: `Through $ref and the other in-place keywords this subschema applies subschemas nested more than ${LIMITS.schemaDepth} levels deep.`,
			};
		}
		if (total > LIMITS.inPlaceExpansion) {
			return {
				pointer: top.node.at,
				message: `Through $ref and the other in-place keywords this subschema applies more than ${LIMITS.inPlaceExpansion} subschemas to one value.`,
			};
		}
		size.set(top.node, total);
		height.set(top.node, tallest + 1);
	}
	return null;
}

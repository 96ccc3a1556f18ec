import { toPointer } from "./limits.ts";

/** Where each subschema of a document can be found by URI, for `$ref`. */
export interface Lookup {
	byUri: Map<string, object | boolean>;
	/** Every `$ref` (and `$dynamicRef`) with the absolute URI it names and its place in the document. */
	refs: { from: object; uri: string; written: string; path: (string | number)[] }[];
	problems: { path: (string | number)[]; message: string }[];
}

/** A base for documents without `$id`; it never reaches a user, who only sees their own `$ref`. */
const DOCUMENT_BASE = "https://schema.folio.invalid/root";

const SINGLE = [
	"additionalProperties",
	"unevaluatedProperties",
	"propertyNames",
	"contains",
	"unevaluatedItems",
	"not",
	"if",
	"then",
	"else",
];
const LISTS = ["prefixItems", "allOf", "anyOf", "oneOf"];
const MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"];

/** Calls `visit` for every subschema of `schema` with its path; recursion is safe as depth was bounded. */
export function eachSubschema(
	schema: unknown,
	visit: (child: object | boolean, path: (string | number)[]) => void,
	path: (string | number)[] = [],
) {
	if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return;
	const record = schema as Record<string, unknown>;
	const go = (child: unknown, childPath: (string | number)[]) => {
		if (
			typeof child === "boolean" ||
			(typeof child === "object" && child !== null && !Array.isArray(child))
		) {
			visit(child as object | boolean, childPath);
		}
	};
	for (const key of SINGLE) if (key in record) go(record[key], [...path, key]);
	if (!Array.isArray(record.items) && "items" in record) go(record.items, [...path, "items"]);
	for (const key of LISTS) {
		const list = record[key];
		if (!Array.isArray(list)) continue;
		for (let i = 0; i < list.length; i++) go(list[i], [...path, key, i]);
	}
	for (const key of MAPS) {
		const map = record[key];
		if (map && typeof map === "object" && !Array.isArray(map)) {
			for (const [name, child] of Object.entries(map)) go(child, [...path, key, name]);
		}
	}
}

export function buildLookup(root: unknown): Lookup {
	const lookup: Lookup = { byUri: new Map(), refs: [], problems: [] };
	const register = (uri: string, schema: object | boolean, path: (string | number)[]) => {
		const existing = lookup.byUri.get(uri);
		if (existing !== undefined && existing !== schema) {
			lookup.problems.push({ path, message: "Two subschemas declare the same $id or $anchor." });
		}
		lookup.byUri.set(uri, schema);
	};
	const walk = (
		schema: object | boolean,
		path: (string | number)[],
		base: string,
		resource: string,
		inResource: (string | number)[],
	) => {
		if (typeof schema === "object") {
			const record = schema as Record<string, unknown>;
			if (typeof record.$id === "string") {
				const id = resolveUri(record.$id, base);
				if (id === null) {
					lookup.problems.push({ path: [...path, "$id"], message: "$id is not a valid URI reference." });
				} else {
					base = id.split("#")[0] as string;
					resource = base;
					inResource = [];
					register(base, schema, path);
				}
			}
			for (const key of ["$anchor", "$dynamicAnchor"]) {
				if (typeof record[key] === "string") register(`${base}#${record[key]}`, schema, [...path, key]);
			}
			for (const key of ["$ref", "$dynamicRef"]) {
				const written = record[key];
				if (typeof written !== "string") continue;
				const uri = resolveUri(written, base);
				if (uri === null)
					lookup.problems.push({ path: [...path, key], message: `${key} is not a valid URI reference.` });
				else lookup.refs.push({ from: schema, uri, written, path: [...path, key] });
			}
		}
		register(`${resource}#${toPointer(inResource)}`, schema, path);
		const here = path.length;
		eachSubschema(
			schema,
			(child, childPath) => walk(child, childPath, base, resource, [...inResource, ...childPath.slice(here)]),
			path,
		);
	};
	walk(root as object | boolean, [], DOCUMENT_BASE, DOCUMENT_BASE, []);
	return lookup;
}

/** The subschema a resolved `$ref` names, or undefined. Pointer fragments may be percent-encoded. */
export function target(lookup: Lookup, uri: string): object | boolean | undefined {
	const direct = lookup.byUri.get(uri);
	if (direct !== undefined) return direct;
	const hash = uri.indexOf("#");
	if (hash < 0) return lookup.byUri.get(`${uri}#`);
	try {
		return lookup.byUri.get(`${uri.slice(0, hash)}#${decodeURIComponent(uri.slice(hash + 1))}`);
	} catch {
		return undefined;
	}
}

function resolveUri(reference: string, base: string): string | null {
	try {
		const url = new URL(reference, base);
		const text = url.href;
		return text.endsWith("#") ? text.slice(0, -1) : text;
	} catch {
		return null;
	}
}

import { h, inline } from "./dom.js";
import { deref } from "./spec.js";

const MAX_DEPTH = 4; // levels of nested properties expanded in one schema

// A one-line type such as "string (date-time)" or "array<Project>". Named schemas are not
// expanded, so cycles cannot recurse here.
export function typeLabel(schema) {
	if (schema?.$ref) return schema.$ref.split("/").pop();
	const s = schema || {};
	let label;
	if (s.oneOf || s.anyOf) label = (s.oneOf || s.anyOf).map(typeLabel).join(" | ");
	else if (s.allOf && !s.properties) label = s.allOf.map(typeLabel).join(" & ");
	else if (s.enum) label = s.enum.map((v) => JSON.stringify(v)).join(" | ");
	else if (s.const !== undefined) label = JSON.stringify(s.const);
	else {
		label = []
			.concat(s.type || (s.properties ? "object" : "any"))
			.map((t) => {
				if (t === "array") return `array<${typeLabel(s.items)}>`;
				if (
					t === "object" &&
					s.additionalProperties &&
					typeof s.additionalProperties === "object" &&
					!s.properties
				) {
					return `map<string, ${typeLabel(s.additionalProperties)}>`;
				}
				return t;
			})
			.join(" | ");
	}
	if (s.format) label += ` (${s.format})`;
	return label;
}

// The properties to list for a schema: through arrays' items and nullable unions, with allOf merged.
function fields(schema) {
	let s = deref(schema);
	for (let i = 0; i < 4; i++) {
		const variants = (s.anyOf || s.oneOf || []).filter((v) => deref(v).type !== "null");
		if (variants.length === 1) s = deref(variants[0]);
		else if (s.items && !s.properties) s = deref(s.items);
		else break;
	}
	const props = {};
	const required = new Set();
	for (const part of [s].concat((s.allOf || []).map(deref))) {
		Object.assign(props, part.properties);
		for (const name of part.required || []) required.add(name);
	}
	return { target: s, props, required };
}

// "seen" holds the schemas being expanded above this one: a schema that contains itself is named
// by its type label and not expanded again.
function propsList(schema, depth, seen) {
	const { target, props, required } = fields(schema);
	const names = Object.keys(props);
	if (!names.length || seen.has(target)) return null;
	if (depth >= MAX_DEPTH) return h("span", { class: "muted" }, " {…}");
	const inside = new Set(seen).add(target);
	return h(
		"ul",
		{ class: "props" },
		names.map((name) => {
			const description = deref(props[name]).description;
			return h(
				"li",
				null,
				h("code", null, name),
				" ",
				h("span", { class: "type" }, typeLabel(props[name])),
				required.has(name) ? h("span", { class: "required" }, "required") : null,
				description ? h("div", { class: "desc" }, inline(description)) : null,
				propsList(props[name], depth + 1, inside),
			);
		}),
	);
}

export function schemaView(schema) {
	const description = deref(schema).description;
	return h(
		"div",
		{ class: "schema" },
		h("span", { class: "type" }, typeLabel(schema)),
		description ? h("div", { class: "desc" }, inline(description)) : null,
		propsList(schema, 0, new Set()),
	);
}

export function contentView(content) {
	return Object.entries(content || {}).map(([type, media]) =>
		h("div", null, h("p", null, h("code", null, type)), schemaView(media.schema)),
	);
}

export function bodyExample(media) {
	if (media.example !== undefined) return media.example;
	const first = Object.values(media.examples || {})[0];
	if (first) return deref(first).value;
	return exampleOf(media.schema) ?? {};
}

// A body a reader can send as is: the schema's own example, else one built from its properties'
// examples, with a placeholder for each required one that has none (so "Create a project" does
// not start as `{}`).
function exampleOf(ref, depth = 0) {
	const schema = deref(ref);
	if (schema.example !== undefined) return schema.example;
	if (schema.examples?.length) return schema.examples[0];
	if (schema.default !== undefined) return schema.default;
	if (schema.const !== undefined) return schema.const;
	if (schema.enum?.length) return schema.enum[0];
	if (depth > MAX_DEPTH) return undefined;
	const alternative = (schema.oneOf || schema.anyOf || schema.allOf)?.[0];
	if (alternative && !schema.properties) return exampleOf(alternative, depth + 1);
	const type = [].concat(schema.type || (schema.properties ? "object" : []))[0];
	if (type === "object") {
		const required = new Set(schema.required || []);
		const out = {};
		for (const [name, property] of Object.entries(schema.properties || {})) {
			const own = deref(property);
			const value = exampleOf(property, depth + 1);
			if (value !== undefined && (required.has(name) || own.example !== undefined)) out[name] = value;
		}
		return out;
	}
	if (type === "array") {
		const item = exampleOf(schema.items, depth + 1);
		return item === undefined ? [] : [item];
	}
	return { string: "", integer: 0, number: 0, boolean: false }[type];
}

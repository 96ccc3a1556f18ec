// The OpenAPI document the page shows, loaded once by app.js and read by every view.
export const SPEC_URL = "/api/v1/openapi.json";

let spec = {};

export function useSpec(document) {
	spec = document;
}

export const currentSpec = () => spec;

// Follows local references ("#/components/schemas/X", "#/components/parameters/Y", ...).
export function deref(node) {
	for (
		let hops = 0;
		node && typeof node.$ref === "string" && node.$ref.startsWith("#/") && hops < 16;
		hops++
	) {
		const keys = node.$ref
			.slice(2)
			.split("/")
			.map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
		node = keys.reduce((parent, key) => parent?.[key], spec);
	}
	return node || {};
}

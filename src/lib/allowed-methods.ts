interface RouteEntry {
	method: string;
	path: string;
}

/**
 * The methods a path answers, so the API can answer 405 with `Allow` (RFC 9110) where Hono would
 * answer 404 or route to the wrong operation. Paths match exactly, as the router does:
 * `…/entities/` is not `…/entities` (a 404, where a 405 would list methods it also refuses).
 * A fixed segment wins over a template: `…/snapshots/regenerate` is that POST operation, never a
 * snapshot id, so a GET there is 405 `Allow: POST`, not a lookup of the snapshot "regenerate".
 */
export function allowedMethods(routes: readonly RouteEntry[]) {
	let compiled: { pattern: RegExp; method: string; fixed: string }[] | undefined;
	return (path: string): string[] => {
		compiled ??= routes
			.filter((r) => r.method !== "ALL" && !r.path.includes("*"))
			.map((r) => ({
				method: r.method,
				pattern: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}$`),
				// One digit a segment, 1 when fixed: among routes matching one path (as many segments
				// each), the greatest string is fixed where the others first take a parameter.
				fixed: r.path
					.split("/")
					.map((s) => (s.startsWith(":") ? "0" : "1"))
					.join(""),
			}));
		const matches = compiled.filter((r) => r.pattern.test(path));
		const best = matches
			.map((r) => r.fixed)
			.sort()
			.at(-1);
		const methods = new Set(matches.filter((r) => r.fixed === best).map((r) => r.method));
		if (methods.has("GET")) methods.add("HEAD");
		return [...methods].sort();
	};
}

interface RouteEntry {
	method: string;
	path: string;
}

/**
 * Hono answers 404 when a path exists under another method. This finds those methods so the
 * API can answer 405 with `Allow`, as RFC 9110 asks. Paths match exactly, as the router does:
 * `…/entities/` is not `…/entities` (a 404, where a 405 would list methods it also refuses).
 */
export function allowedMethods(routes: readonly RouteEntry[]) {
	let compiled: { pattern: RegExp; method: string }[] | undefined;
	return (path: string): string[] => {
		compiled ??= routes
			.filter((r) => r.method !== "ALL" && !r.path.includes("*"))
			.map((r) => ({
				method: r.method,
				pattern: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}$`),
			}));
		const methods = new Set(compiled.filter((r) => r.pattern.test(path)).map((r) => r.method));
		if (methods.has("GET")) methods.add("HEAD");
		return [...methods].sort();
	};
}

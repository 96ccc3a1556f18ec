interface RouteEntry {
	method: string;
	path: string;
}

/** Distinct path shapes kept: the API has about fifty; anything past that is a client probing. */
const SHAPES_KEPT = 512;
/** Stands for a segment no route has as a fixed one; never equal to one, never empty. */
const OTHER = ":";

/**
 * The methods a path answers, so the API can answer 405 with `Allow` (RFC 9110) where Hono would
 * answer 404 or route to the wrong operation. Paths match exactly, as the router does:
 * `…/entities/` is not `…/entities` (a 404, where a 405 would list methods it also refuses).
 * A fixed segment wins over a template: `…/snapshots/regenerate` is that POST operation, never a
 * snapshot id, so a GET there is 405 `Allow: POST`, not a lookup of the snapshot "regenerate".
 *
 * It runs on every request, so the answer is kept per path shape: each segment that is no route's
 * fixed segment becomes OTHER. A route's fixed segment matches only itself and its parameter any
 * non-empty segment, so a path and its shape match the same routes (`…/snapshots/snp_1/entities/a`
 * and `…/snapshots/snp_2/entities/b` share one entry, and testing every route's pattern, which was
 * a twentieth of a cached read's CPU, happens once per shape).
 */
export function allowedMethods(routes: readonly RouteEntry[]) {
	let compiled: { pattern: RegExp; method: string; fixed: string }[] | undefined;
	let fixedSegments: Set<string> | undefined;
	const shapes = new Map<string, string[]>();
	const compute = (path: string): string[] => {
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
	return (path: string): string[] => {
		// Compiled on first use, once every route is registered.
		fixedSegments ??= new Set(
			routes
				.filter((r) => r.method !== "ALL" && !r.path.includes("*"))
				.flatMap((r) => r.path.split("/"))
				.filter((s) => !s.startsWith(":")),
		);
		const known = fixedSegments;
		const shape = path
			.split("/")
			.map((s) => (s === "" || known.has(s) ? s : OTHER))
			.join("/");
		const held = shapes.get(shape);
		if (held) return held;
		const methods = compute(shape);
		// Emptied when full rather than kept in order: a hit must cost one Map lookup.
		if (shapes.size >= SHAPES_KEPT) shapes.clear();
		shapes.set(shape, methods);
		return methods;
	};
}

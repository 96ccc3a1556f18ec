/**
 * One string per JSON value such that two values are equal in JSON Schema's sense (objects
 * regardless of key order) exactly when their strings are equal. `enum`, `const` and
 * `uniqueItems` compare through it: one pass over each value and a hash lookup, instead of a deep
 * comparison of every pair. `charge` is called once per value visited, so the caller can count
 * the work; `maxDepth` bounds the recursion.
 */
export function canonical(value: unknown, charge: () => void, maxDepth: number, depth = 0): string {
	charge();
	if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
	if (depth >= maxDepth) throw new RangeError("nested too deeply to compare");
	if (Array.isArray(value)) {
		let out = "[";
		for (let i = 0; i < value.length; i++) {
			if (i > 0) out += ",";
			out += canonical(value[i], charge, maxDepth, depth + 1);
		}
		return `${out}]`;
	}
	const keys = Object.keys(value).sort();
	let out = "{";
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i] as string;
		if (i > 0) out += ",";
		out += `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key], charge, maxDepth, depth + 1)}`;
	}
	return `${out}}`;
}

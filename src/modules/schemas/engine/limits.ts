/**
 * The bounds that keep one validation from holding the isolate. Each is far above what a real
 * content schema needs and far below what overflows the stack or takes a noticeable time.
 */
export const LIMITS = {
	/** Nesting of the schema document (objects and arrays), checked before anything walks it. */
	schemaDepth: 64,
	/** Subschemas one value can be checked against in place (allOf, anyOf, $ref… expanded). */
	inPlaceExpansion: 10_000,
	/** `pattern` and `patternProperties` entries in one schema. */
	patterns: 1_000,
	/** Characters of one pattern. */
	patternLength: 4_096,
	/** Characters × the largest repetition count of one pattern: a bound on its size before compiling it. */
	patternExpansion: 20_000,
	/** Instructions of one compiled pattern (RE2's measure of its cost; matching costs up to this per character). */
	patternProgram: 2_000,
	/** Instructions of all the patterns of one schema (compiling costs about this much). */
	patternPrograms: 5_000,
	/** Nested evaluations during one validation (schema applications and data levels together). */
	evaluationDepth: 400,
	/** Units of work for one validation: one per subschema applied, plus per character and per value compared. */
	steps: 2_000_000,
	/** Problems reported for one document. */
	reportedErrors: 100,
} as const;

/** Thrown when a validation would exceed one of the bounds; the message is for the user. */
export class ValidationAborted extends Error {
	readonly path: readonly (string | number)[];

	constructor(path: readonly (string | number)[], message: string) {
		super(message);
		this.path = path;
	}
}

/**
 * The path to the first place where `value` nests deeper than `max` levels, or null. Iterative,
 * so a document nested far too deep is reported instead of overflowing the stack.
 */
export function tooDeepAt(value: unknown, max: number): (string | number)[] | null {
	const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
	while (stack.length > 0) {
		const top = stack.pop() as { value: unknown; path: (string | number)[] };
		if (top.value === null || typeof top.value !== "object") continue;
		if (top.path.length >= max) return top.path;
		const entries: [string | number, unknown][] = Array.isArray(top.value)
			? top.value.map((v, i) => [i, v])
			: Object.entries(top.value);
		for (const [key, child] of entries) {
			if (child !== null && typeof child === "object") stack.push({ value: child, path: [...top.path, key] });
		}
	}
	return null;
}

/** `["a", 0]` to `/a/0`, escaping `~` and `/` as RFC 6901 says. */
export function toPointer(path: readonly (string | number)[]): string {
	let out = "";
	for (const part of path) out += `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`;
	return out;
}

/** Quotes user text in a message without letting a 100 KB key make a 100 KB message. */
export function quote(text: string, max = 80): string {
	const shown = text.length > max ? `${text.slice(0, max)}…` : text;
	return JSON.stringify(shown);
}

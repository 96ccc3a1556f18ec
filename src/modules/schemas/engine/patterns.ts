import { RE2JS } from "re2js";
import { LIMITS } from "./limits.ts";

export interface Pattern {
	source: string;
	/** RE2 instructions: matching a text costs at most about this many operations per character. */
	size: number;
	test(text: string): boolean;
}

/**
 * Compiles a schema's `pattern` (or `patternProperties` key) for RE2, whose matching time is
 * linear in the text whatever the pattern: a backtracking engine (JavaScript's RegExp) needs
 * seconds for `^(a+)+$` on 31 characters. What RE2 cannot run in linear time (backreferences,
 * lookahead, lookbehind) is refused when the schema is stored, with a reason in the user's terms.
 * ECMAScript spellings RE2 lacks (`\u00e9`, `\cA`, `[^]`, `(?<name>…)`) are translated first.
 */
export function compilePattern(source: string): Pattern | { problem: string } {
	if (source.length > LIMITS.patternLength)
		return { problem: `The pattern is longer than ${LIMITS.patternLength} characters.` };
	// RE2 expands counted repetitions: `(a|b|c){1000}` is 3,000 instructions. Refuse before compiling.
	let largest = 1;
	for (const m of source.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) largest = Math.max(largest, Number(m[2] || m[1]));
	if (source.length * largest > LIMITS.patternExpansion)
		return {
			problem: "The pattern repeats too much to run cheaply (use fewer or smaller repetition counts).",
		};
	let compiled: RE2JS;
	try {
		compiled = RE2JS.compile(ecmaClasses(RE2JS.translateRegExp(source)));
	} catch (error) {
		return { problem: explain(source, error instanceof Error ? error.message : "") };
	}
	if (compiled.programSize() > LIMITS.patternProgram)
		return { problem: "The pattern is too large to run (expand fewer or smaller repetitions)." };
	return { source, size: compiled.programSize(), test: (text) => compiled.test(text) };
}

function explain(source: string, reason: string): string {
	const supported =
		"Patterns run on a linear-time engine (RE2 syntax): backreferences and lookaround are not supported.";
	if (/\(\?<?[=!]/.test(source)) return `The pattern uses lookahead or lookbehind. ${supported}`;
	if (/\\[1-9]|\\k</.test(source)) return `The pattern uses a backreference. ${supported}`;
	if (reason.includes("repeat count")) return "A repetition count in the pattern is above 1000.";
	const detail = reason.replace(/^error parsing regexp: /, "");
	return `The pattern is not a regular expression Folio can run (${detail}). ${supported}`;
}

/** ECMAScript's `\s` (Unicode spaces and line terminators); RE2's is ASCII only. */
const SPACE =
	"\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";

/**
 * Gives `.`, `\s` and `\S` their ECMAScript meaning in RE2 syntax: `.` stops at every line
 * terminator (RE2's stops at `\n` only) and `\s` includes the Unicode spaces.
 */
export function ecmaClasses(source: string): string {
	let out = "";
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const c = source.charAt(i);
		if (c === "\\") {
			const next = source.charAt(i + 1);
			i++;
			if (next === "s") out += inClass ? SPACE : `[${SPACE}]`;
			else if (next === "S" && !inClass) out += `[^${SPACE}]`;
			else out += c + next;
		} else if (inClass) {
			if (c === "]") inClass = false;
			out += c;
		} else if (c === "[") {
			inClass = true;
			out += c;
			// A "]" first in a class (after an optional "^") is a member in RE2 syntax, not its end.
			if (source.charAt(i + 1) === "^") out += source.charAt(++i);
			if (source.charAt(i + 1) === "]") out += source.charAt(++i);
		} else out += c === "." ? "[^\\n\\r\\x{2028}\\x{2029}]" : c;
	}
	return out;
}

import { RE2JS } from "re2js";
import { LIMITS } from "./limits.ts";

export interface Pattern {
	source: string;
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
	let compiled: RE2JS;
	try {
		compiled = RE2JS.compile(RE2JS.translateRegExp(source));
	} catch (error) {
		return { problem: explain(source, error instanceof Error ? error.message : "") };
	}
	if (compiled.programSize() > LIMITS.patternProgram)
		return { problem: "The pattern is too large to run (expand fewer or smaller repetitions)." };
	return { source, test: (text) => compiled.test(text) };
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

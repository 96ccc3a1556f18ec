import type { z } from "@hono/zod-openapi";

// zod's own messages describe its internals ("expected nonoptional, received undefined", a regex
// source); a client reads the 422 in the API's terms. Messages a schema sets itself are kept.
const ZOD_DEFAULT =
	/^(Invalid input|Too big|Too small|Invalid string|Invalid option|Unrecognized keys?|Invalid key|Invalid element|Invalid (email|url|uuid|ISO|number|date|base64|hex|ULID|E\.164|IPv[46])|Invalid$)/;

const KIND: Record<string, string> = {
	string: "a string",
	number: "a number",
	int: "an integer",
	boolean: "true or false",
	object: "an object",
	array: "an array",
	null: "null",
	bigint: "an integer",
};

type Issue = z.core.$ZodIssue;

/** The message a client sees for one zod issue. */
export function humanMessage(issue: Issue): string {
	if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
	switch (issue.code) {
		case "invalid_type": {
			const received = /received (\w+)/.exec(issue.message)?.[1];
			if (received === "undefined" || issue.expected === "nonoptional") return "Required.";
			return `Expected ${KIND[issue.expected] ?? issue.expected}${received ? `, got ${KIND[received] ?? received}` : ""}.`;
		}
		case "too_small":
		case "too_big": {
			const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
			const word = issue.code === "too_small" ? "least" : "most";
			if (issue.origin === "string") return `At ${word} ${bound} characters.`;
			if (issue.origin === "array" || issue.origin === "set") return `At ${word} ${bound} items.`;
			const strict = issue.inclusive === false;
			if (issue.code === "too_small")
				return strict ? `Must be greater than ${bound}.` : `Must be at least ${bound}.`;
			return strict ? `Must be less than ${bound}.` : `Must be at most ${bound}.`;
		}
		case "invalid_format":
			return issue.format === "regex" ? "Not in the expected format." : `Expected a valid ${issue.format}.`;
		case "invalid_value":
			return `Expected one of: ${issue.values
				.slice(0, 12)
				.map((v) => JSON.stringify(v))
				.join(", ")}${issue.values.length > 12 ? ", …" : ""}.`;
		case "unrecognized_keys":
			return `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.slice(0, 10).join(", ")}.`;
		case "invalid_union":
			return "Does not match any accepted form of this field.";
		case "not_multiple_of":
			return `Must be a multiple of ${issue.divisor}.`;
		default:
			return "Not a valid value for this field.";
	}
}

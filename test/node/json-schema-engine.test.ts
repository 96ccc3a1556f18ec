import { describe, expect, it } from "vitest";
import { compileSchema, LIMITS, validate } from "../../src/modules/schemas/engine/index.ts";
import { CASES } from "./json-schema-cases";

function compiled(schema: unknown) {
	const result = compileSchema(schema);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result;
}
const check = (schema: unknown, data: unknown) => {
	const c = compiled(schema);
	return validate(c.root, c.tracksEvaluated, data);
};

describe("Folio's JSON Schema engine", () => {
	for (const c of CASES) {
		it(`keeps 2020-12 semantics: ${c.name}`, () => {
			for (const data of c.valid)
				expect(check(c.schema, data), JSON.stringify(data)).toEqual({ valid: true });
			for (const data of c.invalid) expect(check(c.schema, data).valid, JSON.stringify(data)).toBe(false);
		});
	}

	it("reports the deepest problem per place and none above a failing place, with RFC 6901 pointers", () => {
		const outcome = check(
			{ properties: { "a/b": { properties: { "~": { type: "string" } } } }, required: ["z"] },
			{
				"a/b": { "~": 1 },
			},
		);
		expect(outcome).toEqual({
			valid: false,
			errors: [{ pointer: "/a~1b/~0", message: 'Instance type "number" is invalid. Expected "string".' }],
		});
	});

	it("stops a validation past its work budget with an answer, not a stalled isolate", () => {
		const allOf = Array.from({ length: 200 }, (_, i) => ({ not: { const: i + 1000 } }));
		const outcome = check(
			{ items: { allOf } },
			Array.from({ length: 20000 }, (_, i) => i),
		);
		expect(outcome).toMatchObject({
			valid: false,
			aborted: { message: expect.stringMatching(/takes more than/) },
		});
		expect(check({ items: { allOf } }, [1, 2, 3])).toEqual({ valid: true });
	});

	it("refuses at compile time what it cannot run in bounded time, with pointers into the schema", () => {
		const problems = (schema: unknown) => {
			const result = compileSchema(schema);
			return result.ok ? [] : result.problems;
		};
		expect(problems({ properties: { a: { pattern: "a{1001}" } } })).toEqual([
			{ pointer: "/properties/a/pattern", message: "A repetition count in the pattern is above 1000." },
		]);
		expect(problems({ pattern: "x".repeat(LIMITS.patternLength + 1) })[0]?.message).toMatch(/longer than/);
		expect(problems({ pattern: "(x|y|z){1000}" })[0]?.message).toMatch(/too large to run/);
		expect(problems({ pattern: `(${"a|".repeat(100)}b){1000}` })[0]?.message).toMatch(/repeats too much/);
		const many = Object.fromEntries(
			Array.from({ length: 20 }, (_, i) => [`p${i}`, { pattern: `(x|y|z){${500 + i}}` }]),
		);
		expect(problems({ properties: many })).toEqual([
			{ pointer: "/properties/p3/pattern", message: expect.stringMatching(/too large together/) },
		]);
		expect(problems({ $ref: "#" })[0]).toMatchObject({
			pointer: "",
			message: expect.stringMatching(/applies itself again/),
		});
		expect(problems({ $defs: { a: { $id: "x.json" }, b: { $id: "x.json" } } })[0]?.message).toMatch(
			/same \$id/,
		);
		expect(problems({ items: { $ref: "#" } })).toEqual([]);
	});
});

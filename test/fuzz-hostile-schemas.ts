// Arbitraries for the fuzz test (test/fuzz.test.ts): JSON Schemas built to cost a validator as
// much as possible, and data aimed at them.
import fc from "fast-check";

/** Patterns a backtracking engine chokes on, or that RE2 cannot run, or that are not patterns. */
const costlyPattern = fc.constantFrom(
	"^(a+)+$",
	"(a|aa)+$",
	"^(\\w+\\s?)*$",
	"(.*a){12}",
	"(a)\\1",
	"(?=a)a",
	"(?<!a)b",
	"(?<n>a)\\k<n>",
	"a{1001}",
	"(a{1000}){1000}",
	"[",
	"\\p{Nope}",
	"[^]*\\u{1F600}",
	`${"(".repeat(3000)}${")".repeat(3000)}`,
	"x".repeat(5000),
);

const nestedNot = (depth: number, leaf: unknown = {}) => {
	let schema = leaf;
	for (let i = 0; i < depth; i++) schema = { not: schema };
	return schema;
};

/** $defs where each level applies the one below twice: 2^levels subschemas per value. */
const expanding = (levels: number) => {
	const $defs: Record<string, unknown> = { d0: { type: "string", pattern: "^(a+)+$" } };
	for (let i = 1; i <= levels; i++)
		$defs[`d${i}`] = { anyOf: [{ $ref: `#/$defs/d${i - 1}` }, { $ref: `#/$defs/d${i - 1}` }] };
	return { $defs, $ref: `#/$defs/d${levels}` };
};

/** Schemas built to cost: deep, huge enums, ReDoS patterns, bad and looping $refs, huge patterns. */
const hostileLeaf = fc.oneof(
	costlyPattern.map((pattern) => ({ type: "string", pattern })),
	costlyPattern.map((pattern) => ({ patternProperties: { [pattern]: { type: "integer" } } })),
	fc
		.constantFrom(
			"url",
			"email",
			"uri",
			"uri-reference",
			"date-time",
			"hostname",
			"ipv6",
			"regex",
			"duration",
		)
		.map((format) => ({ format })),
	fc.constant({ uniqueItems: true }),
	fc.integer({ min: 1, max: 5000 }).map((n) => ({ enum: Array.from({ length: n }, (_, i) => ({ i })) })),
	fc.integer({ min: 1, max: 5000 }).map((n) => ({ const: Array.from({ length: n }, (_, i) => `v${i}`) })),
	fc
		.constantFrom(
			"#/nope",
			"#",
			"other.json",
			"http://169.254.169.254/x",
			"#/$defs/a~2",
			"%",
			"#%ZZ",
			"urn:x",
			"#/$defs/loop",
		)
		.map(($ref) => ({ $ref, $defs: { loop: { allOf: [{ $ref: "#/$defs/loop" }] }, a: true } })),
	fc.integer({ min: 1, max: 24 }).map(expanding),
	fc.constant({ $defs: { n: { items: { $ref: "#/$defs/n" }, uniqueItems: true } }, $ref: "#/$defs/n" }),
);
export const hostileSchema: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	schema: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		hostileLeaf,
		fc.array(tie("schema"), { minLength: 1, maxLength: 3 }).map((anyOf) => ({ anyOf })),
		fc.array(tie("schema"), { minLength: 1, maxLength: 3 }).map((oneOf) => ({ oneOf })),
		tie("schema").map((not) => ({ not })),
		tie("schema").map((items) => ({ items, unevaluatedItems: false })),
		fc
			.tuple(fc.oneof(fc.integer({ min: 5, max: 55 }), fc.integer({ min: 56, max: 1500 })), hostileLeaf)
			.map(([depth, leaf]) => nestedNot(depth, leaf)),
	),
})).schema;

/** Data aimed at those schemas: backtracking bait, long URLs, many arrays, deep nesting. */
export const hostileData = fc.oneof(
	fc.constantFrom(`${"a".repeat(31)}!`, `http://${"a:".repeat(20000)}\n`, "a".repeat(100000)),
	fc.integer({ min: 1, max: 20000 }).map((n) => Array.from({ length: n }, (_, i) => [i % 7])),
	fc.integer({ min: 1, max: 3000 }).map((depth) => {
		let data: unknown = "a";
		for (let i = 0; i < depth; i++) data = [data];
		return data;
	}),
	fc.constant({ [`${"a".repeat(31)}!`]: 1, aaaa: "x" }),
	fc.jsonValue({ maxDepth: 3 }),
);

// Times JSON Schema validation on the worst cases known (ReDoS patterns, quadratic formats and
// uniqueItems, huge enums, deep and expanding schemas), for the validator Folio used before
// (@cfworker/json-schema as is) and for Folio's own bounded engine (src/modules/schemas/engine).
// Both run in this Node process, on the same V8 as workerd: this is the CPU one request costs.
// `npm run bench:validation`; BENCH_VALIDATION_OLD=0 skips the old validator (it needs minutes).
// With BENCH_VALIDATION_URL (a running `npm run dev`, e.g. http://127.0.0.1:8787) it also sends the
// three worst cases found in review as `?dry_run=true` writes and times a health check sent beside each.
import { readFileSync } from "node:fs";
import { Validator } from "@cfworker/json-schema";
import { checkSchema, compileSchema, validate } from "../src/modules/schemas/engine/index.ts";

const metaschema = JSON.parse(
	readFileSync(new URL("../src/modules/schemas/metaschema-2020-12.json", import.meta.url), "utf8"),
);
const runOld = process.env.BENCH_VALIDATION_OLD !== "0";

const nested = (depth, leaf) => {
	let schema = leaf;
	for (let i = 0; i < depth; i++) schema = { not: schema };
	return schema;
};
const expanding = (levels) => {
	const $defs = { d0: { type: "string" } };
	for (let i = 1; i <= levels; i++)
		$defs[`d${i}`] = { allOf: [{ $ref: `#/$defs/d${i - 1}` }, { $ref: `#/$defs/d${i - 1}` }] };
	return { $defs, $ref: `#/$defs/d${levels}` };
};

/** name, schema, data; `store` validates the schema itself against the meta-schema (a PUT schema). */
const cases = [
	{ name: 'pattern "^(a+)+$", "a"×31 + "!"', schema: { pattern: "^(a+)+$" }, data: `${"a".repeat(31)}!` },
	{
		name: 'format "url", "http://" + "a:"×96000 + "\\n" (192 KB)',
		schema: { format: "url" },
		data: `http://${"a:".repeat(96000)}\n`,
	},
	{
		name: "uniqueItems, [[0],[1],…,[29999]] (229 KB)",
		schema: { uniqueItems: true },
		data: Array.from({ length: 30000 }, (_, i) => [i]),
	},
	{
		name: 'patternProperties "^(a+)+$", 2 keys "a"×28 + "!"',
		schema: { patternProperties: { "^(a+)+$": true } },
		data: { [`${"a".repeat(28)}!`]: 1, [`${"a".repeat(28)}?`]: 2 },
	},
	{
		name: "enum of 20,000 objects, 20,000 object items",
		schema: { items: { enum: Array.from({ length: 20000 }, (_, i) => ({ id: i })) } },
		data: Array.from({ length: 20000 }, (_, i) => ({ id: 19999 - i })),
	},
	{
		name: "20,000 invalid items (error collection)",
		schema: { items: { type: "string" } },
		data: Array.from({ length: 20000 }, (_, i) => i),
	},
	{
		name: "work budget: 200 allOf checks × 20,000 items",
		schema: { items: { allOf: Array.from({ length: 200 }, (_, i) => ({ not: { const: i + 1000 } })) } },
		data: Array.from({ length: 20000 }, (_, i) => i),
	},
	{ name: "allOf/$ref expanding 2^14 per value", schema: expanding(14), data: "x" },
	{
		name: 'pattern "(x|y|z){600}" (1,800 instructions) on 100 KB',
		schema: { pattern: "(x|y|z){600}" },
		data: "x".repeat(100000),
	},
	{
		name: "PUT schema: 1,000 patterns of Unicode classes",
		store: true,
		schema: metaschema,
		data: {
			properties: Object.fromEntries(
				Array.from({ length: 1000 }, (_, i) => [
					`p${i}`,
					{ pattern: `^(\\p{L}|\\p{N}|\\p{P}){1,${20 + i}}$` },
				]),
			),
		},
	},
	{
		name: 'PUT schema: {"not":…} nested 1,000 deep (8 KB)',
		store: true,
		schema: metaschema,
		data: nested(1000, {}),
	},
	{
		name: "PUT schema: required of 30,000 names",
		store: true,
		schema: metaschema,
		data: { required: Array.from({ length: 30000 }, (_, i) => `p${i}`) },
	},
];

function time(run) {
	const start = performance.now();
	let result;
	try {
		result = run();
	} catch (error) {
		result = `${error.constructor.name}: ${String(error.message).slice(0, 60)}`;
	}
	return { ms: performance.now() - start, result };
}

function oldValidator(schema, data) {
	const { valid, errors } = new Validator(structuredClone(schema), "2020-12", false).validate(data);
	return valid ? "valid" : `invalid (${errors.length} errors)`;
}

function folio(schema, data, store) {
	if (store) {
		const problems = checkSchema(compileSchema(schema), data);
		return problems.length === 0 ? "stored" : `422: ${problems[0].message.slice(0, 50)}`;
	}
	const compiled = compileSchema(schema);
	if (!compiled.ok) return `refused: ${compiled.problems[0].message.slice(0, 50)}`;
	return describe(validate(compiled.root, compiled.tracksEvaluated, data));
}

const describe = (outcome) =>
	outcome.valid
		? "valid"
		: outcome.aborted
			? `422: ${outcome.aborted.message.slice(0, 50)}`
			: `invalid (${outcome.errors.length} errors)`;

const rows = [];
for (const c of cases) {
	const before = runOld ? time(() => oldValidator(c.schema, c.data)) : { ms: Number.NaN, result: "skipped" };
	const after = time(() => folio(c.schema, c.data, c.store));
	rows.push({
		case: c.name,
		before_ms: before.ms.toFixed(1),
		before: before.result,
		after_ms: after.ms.toFixed(1),
		after: after.result,
	});
	console.error(`${c.name}: ${before.ms.toFixed(1)} ms → ${after.ms.toFixed(1)} ms`);
}
console.table(rows);

const base = process.env.BENCH_VALIDATION_URL;
if (base) await overHttp(base);

/** The three cases through a running worker, each with a health check sent 5 ms after it. */
async function overHttp(url) {
	const token = /^FOLIO_ADMIN_TOKEN=(.*)$/m.exec(readFileSync(".dev.vars", "utf8"))?.[1]?.trim();
	const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
	const send = async (method, path, body) => {
		const start = performance.now();
		const res = await fetch(`${url}${path}`, { method, headers, body: body && JSON.stringify(body) });
		await res.text();
		return { status: res.status, ms: performance.now() - start };
	};
	const project = `bench-validation-${Date.now().toString(36)}`;
	await send("POST", "/api/v1/admin/projects", { id: project, name: "validation bench" });
	const health = async () => (await send("GET", "/api/v1/health")).ms;
	const alone = [];
	for (let i = 0; i < 5; i++) alone.push(await health());
	const http = [];
	for (const [i, c] of cases.slice(0, 3).entries()) {
		const schemaPath = `/api/v1/admin/projects/${project}/schemas/s${i}`;
		await send("PUT", schemaPath, { json_schema: { type: "object", properties: { v: c.schema } } });
		const write = send("PUT", `/api/v1/admin/projects/${project}/entities/e${i}?dry_run=true`, {
			schema: `s${i}`,
			data: { v: c.data },
		});
		await new Promise((resolve) => setTimeout(resolve, 5));
		const beside = await health();
		const done = await write;
		http.push({
			case: c.name,
			status: done.status,
			request_ms: done.ms.toFixed(1),
			health_beside_ms: beside.toFixed(1),
		});
	}
	console.log(`health alone: median ${alone.sort((a, b) => a - b)[2].toFixed(1)} ms`);
	console.table(http);
}

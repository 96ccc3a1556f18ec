// Property-based fuzzing driven by the OpenAPI document: every operation gets random and
// malformed path parameters, query strings, headers and bodies. Every answer must be a 2xx/3xx or
// a 4xx problem document, never a 5xx, and a 4xx must not change any row. A fixed seed and a
// modest run count in `npm test`; `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED).
import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Conformance, report } from "./conformance";
import { hostileData, hostileSchema } from "./fuzz-hostile-schemas";
import { BASE, call, createKey, createProject, ROOT } from "./helpers";

const RUNS = Number(env.FUZZ_RUNS ?? 12);
const SEED = Number(env.FUZZ_SEED ?? 20261127);

type Schema = Record<string, any>;
interface Operation {
	method: string;
	path: string;
	operationId: string;
	parameters: { name: string; in: string; schema?: Schema }[];
	body?: Schema;
}

let doc: any;
let project: string;
let writer: string;
const ops: Operation[] = [];

/**
 * Tables only requests write. Queue consumers also write elsewhere (snapshot manifests,
 * deliveries, notifications, events of builds and exports), at times no test can predict.
 */
const SYNC_TABLES = [
	"projects",
	"api_keys",
	"api_key_secrets",
	"schemas",
	"schema_versions",
	"entities",
	"entity_revisions",
	"webhook_endpoints",
	"webhook_secrets",
	"idempotency_records",
	"exports",
	"snapshots",
];

async function rowCounts() {
	const existing = new Set(
		(
			await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>()
		).results.map((r) => r.name),
	);
	const tables = SYNC_TABLES.filter((t) => existing.has(t));
	const row = await env.DB.prepare(
		`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS "${t}"`).join(", ")}`,
	).first();
	return row as Record<string, number>;
}

const resolve = (schema: Schema | undefined): Schema | undefined => {
	if (!schema?.$ref) return schema;
	return doc.components.schemas[(schema.$ref as string).split("/").pop() as string];
};

const weird = fc.constantFrom(
	"",
	" ",
	"__proto__",
	"constructor",
	"prototype",
	"../../etc/passwd",
	"%00",
	"%FF%FE",
	"\u0000",
	"\uD800",
	"🙂",
	"null",
	"true",
	"-1",
	"1e309",
	"9007199254740993",
	"'; DROP TABLE entities; --",
	"<script>",
	"a".repeat(5000),
);

const text = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 1, arbitrary: weird },
);

const numbers = fc.oneof(
	fc.integer(),
	fc.double(),
	fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 0.5),
);

/** Values shaped by a JSON Schema, now and then of the wrong type altogether. */
function valueFor(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
	const s = resolve(schema) ?? {};
	const wrong = fc.jsonValue({ maxDepth: 2 });
	let typed: fc.Arbitrary<unknown>;
	if (depth > 4) typed = fc.jsonValue({ maxDepth: 1 });
	else if (s.anyOf || s.oneOf)
		typed = fc.oneof(...(s.anyOf ?? s.oneOf).map((x: Schema) => valueFor(x, depth + 1)));
	else if (s.enum) typed = fc.oneof(fc.constantFrom(...s.enum), text);
	else if (s.const !== undefined) typed = fc.constant(s.const);
	else if (s.type === "object" || s.properties) {
		const props: Record<string, fc.Arbitrary<unknown>> = {};
		for (const [k, v] of Object.entries<Schema>(s.properties ?? {})) props[k] = valueFor(v, depth + 1);
		typed = fc
			.tuple(
				fc.record(props, { requiredKeys: [] }),
				fc.dictionary(text, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
				fc.boolean(),
			)
			.map(([known, extra, addExtra]) => (addExtra ? { ...extra, ...known } : known));
	} else if (s.type === "array") typed = fc.array(valueFor(s.items, depth + 1), { maxLength: 4 });
	else if (s.type === "string") typed = text;
	else if (s.type === "integer" || s.type === "number") typed = numbers;
	else if (s.type === "boolean") typed = fc.boolean();
	else typed = fc.jsonValue({ maxDepth: 2 });
	return fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: wrong });
}

/** Raw bodies no serialiser would write. */
const hostileBody = fc.constantFrom<BodyInit>(
	"",
	"null",
	"[]",
	'"a string"',
	"{",
	'{"a":1,"a":2,"operations":[],"operations":{}}',
	'{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
	'{"n":1e999,"m":-1e999,"big":123456789012345678901234567890}',
	`${"[".repeat(5000)}${"]".repeat(5000)}`,
	`{"data":${'{"a":'.repeat(2000)}1${"}".repeat(2000)}}`,
	new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
	`{"x":"${"z".repeat(1024 * 1024 + 10)}"}`,
	"\uFEFF{}",
);

const contentTypes = fc.constantFrom(
	"application/json",
	"application/json",
	"application/json; charset=utf-8",
	"text/plain",
	"application/x-www-form-urlencoded",
	"multipart/form-data; boundary=x",
	"application/problem+json",
	"",
);

/** Text of any generated value (objects without a prototype have no toString). */
const asText = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));

function requestFor(op: Operation) {
	const path = fc.record(
		Object.fromEntries(
			op.parameters
				.filter((p) => p.in === "path")
				.map((p) => {
					const sample =
						p.name === "project"
							? project
							: ({ schema: "note", slug: "alpha" } as Record<string, string>)[p.name];
					return [
						p.name,
						fc.oneof({ weight: 3, arbitrary: fc.constant(sample ?? "x") }, { weight: 2, arbitrary: text }),
					];
				}),
		),
	);
	const query = fc.record(
		Object.fromEntries(
			op.parameters
				.filter((p) => p.in === "query")
				.map((p) => [p.name, fc.option(fc.oneof(valueFor(p.schema).map(asText), text), { nil: undefined })]),
		),
		{ requiredKeys: [] },
	);
	const headers = fc.record(
		{
			"If-Match": fc.oneof(fc.constantFrom('"1"', '"2"', "*", 'W/"1"', "garbage"), text),
			"If-None-Match": fc.oneof(fc.constantFrom("*", '"1"'), text),
			"Idempotency-Key": fc.oneof(
				fc.string({ minLength: 1, maxLength: 20 }),
				fc.constantFrom("", "a".repeat(300), "bad\u0001key"),
			),
			Prefer: fc.constantFrom("return=minimal", "return=representation", "garbage"),
		},
		{ requiredKeys: [] },
	);
	const body = op.body
		? fc.oneof(
				{ weight: 5, arbitrary: valueFor(op.body).map((v) => JSON.stringify(v) as BodyInit | undefined) },
				{ weight: 2, arbitrary: hostileBody.map((b) => b as BodyInit | undefined) },
				{ weight: 1, arbitrary: fc.constant(undefined) },
			)
		: fc.oneof(
				{ weight: 4, arbitrary: fc.constant(undefined) },
				{ weight: 1, arbitrary: hostileBody.map((b) => b as BodyInit | undefined) },
			);
	const token = fc.constantFrom(ROOT, ROOT, ROOT, "writer", "folio_notARealKey", "");
	return fc.record({ path, query, headers, body, contentType: contentTypes, token });
}

/** A lone surrogate cannot be encoded: it goes as the invalid UTF-8 a careless client would send. */
function encodeSegment(value: string) {
	try {
		return encodeURIComponent(value);
	} catch {
		return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ""))}%ED%A0%80`;
	}
}

async function send(op: Operation, r: any) {
	const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(String(r.path[name])));
	const search = new URLSearchParams();
	for (const [k, v] of Object.entries(r.query)) if (v !== undefined) search.set(k, String(v));
	const headers = new Headers();
	for (const [k, v] of Object.entries<string>(r.headers)) {
		// Browsers refuse non-ASCII header values (workerd sends them as UTF-8 with a warning).
		if (!/^[\x20-\x7e]*$/.test(v)) continue;
		try {
			headers.set(k, v);
		} catch {
			// A header value fetch itself refuses never reaches a server.
		}
	}
	if (r.contentType) headers.set("Content-Type", r.contentType);
	const token = r.token === "writer" ? writer : r.token;
	if (token) headers.set("Authorization", `Bearer ${token}`);
	const withBody = r.body !== undefined && !["GET", "HEAD"].includes(op.method);
	const url = `${BASE}${path}${search.size ? `?${search}` : ""}`;
	const res = await exports.default.fetch(
		new Request(url, { method: op.method, headers, body: withBody ? r.body : undefined }),
	);
	return { res, path };
}

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	vi.spyOn(console, "error").mockImplementation(() => {});
	doc = (await call("GET", "/api/v1/openapi.json", { token: null })).json;
	project = await createProject();
	writer = (
		await createKey(project, {
			scopes: ["content.write", "schema.manage", "snapshot.manage", "webhook.manage", "export.run"],
		})
	).key;
	await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		body: { json_schema: { type: "object" } },
	});
	await call("PUT", `/api/v1/admin/projects/${project}/entities/alpha`, {
		body: { schema: "note", data: { title: "a" }, mode: "commit", message: "m" },
	});
	for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
		for (const [method, op] of Object.entries<any>(item)) {
			ops.push({
				method: method.toUpperCase(),
				path,
				operationId: op.operationId,
				parameters: op.parameters ?? [],
				body: op.requestBody?.content?.["application/json"]?.schema,
			});
		}
	}
});

describe("fuzzing every operation of the OpenAPI document", () => {
	it("covers every operation", () => {
		const count = Object.values<object>(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
		expect(ops).toHaveLength(count);
		expect(count).toBeGreaterThanOrEqual(40);
	});

	it("never answers 5xx, answers 4xx with a problem document, a 4xx changes no row, and every answer is the documented one", async () => {
		const conformance = new Conformance(doc);
		for (const op of ops) {
			await fc.assert(
				fc.asyncProperty(requestFor(op), async (r) => {
					const before = await rowCounts();
					const { res, path } = await send(op, r);
					const body = await res.text();
					conformance.check({ method: op.method, path, status: res.status, headers: res.headers, body });
					const label = `${op.method} ${op.path} → ${res.status} ${body.slice(0, 200)}`;
					expect(res.status, label).toBeLessThan(500);
					if (res.status >= 400) {
						expect(res.headers.get("Content-Type"), label).toBe("application/problem+json");
						const problem = JSON.parse(body);
						expect(problem, label).toMatchObject({ status: res.status, code: expect.any(String) });
						expect(await rowCounts(), label).toEqual(before);
					}
				}),
				{ numRuns: RUNS, seed: SEED, endOnFailure: true },
			);
		}
		// All of them at once, grouped by operation and status, rather than the first.
		expect(report(conformance.violations)).toBe("");
	}, 600_000);

	it("stores or refuses hostile schemas, then validates hostile data against them, never with a 5xx", async () => {
		const internals = /cfworker|RangeError|Maximum call stack|Known schemas|error parsing regexp/i;
		const expectAnswer = async (res: Response, label: string) => {
			const body = await res.text();
			expect(res.status, `${label} → ${res.status} ${body.slice(0, 300)}`).toBeLessThan(500);
			expect(body, label).not.toMatch(internals);
			if (res.status >= 400) expect(res.headers.get("Content-Type"), label).toBe("application/problem+json");
			return res.status;
		};
		const request = (method: string, path: string, body: unknown) =>
			exports.default.fetch(
				new Request(`${BASE}/api/v1/admin/projects/${project}${path}`, {
					method,
					headers: { Authorization: `Bearer ${ROOT}`, "Content-Type": "application/json" },
					body: JSON.stringify(body),
				}),
			);
		await fc.assert(
			fc.asyncProperty(
				hostileSchema,
				fc.array(hostileData, { minLength: 1, maxLength: 3 }),
				async (schema, values) => {
					const json_schema = { type: "object", properties: { v: schema } };
					const stored = await expectAnswer(
						await request("PUT", "/schemas/hostile", { json_schema }),
						"PUT schema",
					);
					if (stored >= 300) return;
					for (const v of values) {
						await expectAnswer(
							await request("PUT", "/entities/hostile-e?dry_run=true", { schema: "hostile", data: { v } }),
							"PUT entity",
						);
					}
				},
			),
			{ numRuns: RUNS * 3, seed: SEED, endOnFailure: true },
		);
	}, 600_000);
});

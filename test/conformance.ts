// Checks answers against the served OpenAPI document, as schemathesis would: the status is one the
// operation documents, a JSON body validates against the documented schema of that status and
// content type, documented required headers are present and the headers a client reads (the ones
// below) are documented. Plain functions over plain data, so workerd tests and node e2e tests share it.
import { Validator } from "@cfworker/json-schema";

type Doc = Record<string, any>;

export interface Exchange {
	method: string;
	/** The path as sent, query string allowed. */
	path: string;
	status: number;
	headers: Headers;
	/** The body's text; parsed here when the content type is JSON. */
	body: string;
}

export interface Violation {
	/** `METHOD /path/{template} status`, or the path as sent when no operation matches. */
	where: string;
	message: string;
}

/** Headers a client of Folio reads: when the server sends one, the document must name it. */
const READ_HEADERS = [
	"x-request-id",
	"ratelimit",
	"ratelimit-policy",
	"retry-after",
	"etag",
	"location",
	"idempotency-replayed",
	"x-folio-bookmark",
	"x-folio-cache",
];

export class Conformance {
	readonly violations: Violation[] = [];
	private readonly validators = new Map<unknown, Validator>();
	private readonly templates: { template: string; pattern: RegExp; fixed: number }[] = [];

	private readonly doc: Doc;

	constructor(doc: Doc) {
		// The validator annotates the schemas it compiles: a copy keeps the caller's document as served.
		this.doc = structuredClone(doc);
		for (const template of Object.keys(this.doc.paths ?? {})) {
			const source = template
				.split(/(\{[^}]+\})/)
				.map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
				.join("");
			// More literal characters first: `/snapshots/regenerate` wins over `/snapshots/{snapshot}`.
			const fixed = template.replace(/\{[^}]+\}/g, "").length;
			this.templates.push({ template, pattern: new RegExp(`^${source}$`), fixed });
		}
		this.templates.sort((a, b) => b.fixed - a.fixed);
	}

	/**
	 * The path template a request reaches, whatever its method (a fixed path wins over a template
	 * for every method, as the router does), and the operation of its method there, if any.
	 */
	operationFor(method: string, path: string) {
		const bare = path.split("?")[0] as string;
		const match = this.templates.find((t) => t.pattern.test(bare));
		if (!match) return undefined;
		const wanted = method.toLowerCase() === "head" ? "get" : method.toLowerCase();
		return { template: match.template, operation: this.doc.paths[match.template][wanted] as Doc | undefined };
	}

	/** Records every way the answer departs from the document; returns this answer's violations. */
	check(exchange: Exchange): Violation[] {
		const found: Violation[] = [];
		const found_ = (where: string, message: string) => void found.push({ where, message });
		const match = this.operationFor(exchange.method, exchange.path);
		// Paths the document does not describe (/docs, the document itself) are not operations.
		if (!match) return found;
		if (!match.operation) {
			// A method the path lacks is the router's 405 (OPTIONS answers Allow); nothing else may answer it.
			const method = exchange.method.toUpperCase();
			if (method !== "OPTIONS" && exchange.status !== 405)
				found_(
					`${method} ${match.template}`,
					`no documented operation, yet ${exchange.status} rather than 405`,
				);
			this.violations.push(...found);
			return found;
		}
		const where = `${exchange.method.toUpperCase()} ${match.template} ${exchange.status}`;
		const responses = match.operation.responses ?? {};
		const response =
			responses[String(exchange.status)] ?? responses[`${String(exchange.status)[0]}XX`] ?? responses.default;
		if (!response) {
			found_(where, `status ${exchange.status} is not documented`);
			this.violations.push(...found);
			return found;
		}
		const documented = new Set(Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()));
		for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
			if (this.deref(header).required && !exchange.headers.has(name))
				found_(where, `required header ${name} is missing`);
		}
		for (const name of READ_HEADERS)
			if (exchange.headers.has(name) && !documented.has(name))
				found_(where, `header ${name} is sent but not documented`);
		this.checkBody(exchange, response, where, found_);
		this.violations.push(...found);
		return found;
	}

	private checkBody(
		exchange: Exchange,
		response: any,
		where: string,
		report: (w: string, m: string) => void,
	) {
		const type = (exchange.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
		const content = response.content as Record<string, any> | undefined;
		if (exchange.method.toUpperCase() === "HEAD" || exchange.status === 304 || exchange.status === 204) {
			if (exchange.body.length > 0) report(where, "a body where none may be");
			return;
		}
		if (!content) {
			if (exchange.body.length > 0) report(where, `a ${type || "typeless"} body where the document has none`);
			return;
		}
		const media = content[type];
		if (!media) {
			report(
				where,
				`content type "${type}" is not documented (documented: ${Object.keys(content).join(", ")})`,
			);
			return;
		}
		if (!/^application\/([\w.+-]+\+)?json$/.test(type) || !media.schema) return;
		let body: unknown;
		try {
			body = JSON.parse(exchange.body);
		} catch {
			report(where, "the body is not JSON");
			return;
		}
		const result = this.validatorFor(media.schema).validate(body);
		if (!result.valid) {
			// The leaves say what is wrong; allOf, $ref and properties only say where it was found.
			const errors = result.errors.filter(
				(e) => !["properties", "$ref", "allOf", "items"].includes(e.keyword),
			);
			const shown = (errors.length ? errors : result.errors).slice(0, 3);
			report(
				where,
				`the body does not match its schema: ${shown.map((e) => `${e.instanceLocation} ${e.error}`).join("; ")}`,
			);
		}
	}

	private deref(node: any): any {
		if (!node?.$ref) return node;
		return (node.$ref as string)
			.slice(2)
			.split("/")
			.reduce((at: any, key) => at?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], this.doc);
	}

	/** One validator per schema object; `#/components/...` resolves because the root carries them. */
	private validatorFor(schema: unknown) {
		let validator = this.validators.get(schema);
		if (!validator) {
			validator = new Validator(
				{ allOf: [schema], components: this.doc.components } as any,
				"2020-12",
				false,
			);
			this.validators.set(schema, validator);
		}
		return validator;
	}
}

/** Violations as one text, grouped by operation and status, each message once with its count. */
export function report(violations: Violation[]) {
	const groups = new Map<string, Map<string, number>>();
	for (const v of violations) {
		const group = groups.get(v.where) ?? new Map<string, number>();
		group.set(v.message, (group.get(v.message) ?? 0) + 1);
		groups.set(v.where, group);
	}
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(
			([where, messages]) =>
				`${where}\n${[...messages].map(([m, n]) => `  ${m}${n > 1 ? ` (×${n})` : ""}`).join("\n")}`,
		)
		.join("\n");
}

// A client over the OpenAPI document's generated types (sdk/src/api-types.ts), so that a test's
// response body is typed by the operation and the status it got, and a request that no longer
// matches the document fails the typecheck instead of passing for the wrong reason.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { components, paths } from "../sdk/src/api-types.ts";
import worker from "../src/index";
import type { Exchange } from "./conformance";

export const ROOT = env.FOLIO_ADMIN_TOKEN;
export const BASE = "http://folio.test";

export type Problem = components["schemas"]["Problem"];

export interface Sent {
	status: number;
	headers: Headers;
	json: unknown;
	text: string;
}

export interface SendOptions {
	/** The bearer token: the root token when left out, none when null. */
	token?: string | null;
	body?: unknown;
	/** Sent as is, without JSON encoding. */
	raw?: BodyInit;
	headers?: Record<string, string>;
	/** Another environment for this request only: a setting changed or a binding that misbehaves. */
	env?: Env;
}

/** Every answer `send` got in this test file; setup.ts checks them against the document after it. */
export const exchanges: Exchange[] = [];

/** Sends a request through the worker's own fetch handler, as a client would. */
export async function send(method: string, path: string, options: SendOptions = {}): Promise<Sent> {
	const headers = new Headers(options.headers);
	const token = options.token === undefined ? ROOT : options.token;
	if (token !== null) headers.set("Authorization", `Bearer ${token}`);
	let body: BodyInit | undefined = options.raw;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
	}
	const request = new Request(`${BASE}${path}`, { method, headers, body });
	let response: Response;
	if (options.env) {
		const ctx = createExecutionContext();
		response = await worker.fetch(request, options.env, ctx);
		await waitOnExecutionContext(ctx);
	} else {
		response = await exports.default.fetch(request);
	}
	const text = await response.text();
	exchanges.push({ method, path, status: response.status, headers: response.headers, body: text });
	let json: unknown = null;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		json = null;
	}
	return { status: response.status, headers: response.headers, json, text };
}

type Method = "get" | "put" | "post" | "delete";
/** The paths the document defines `method` on (the others are `?: never` in the generated type). */
type PathWith<M extends Method> = {
	[P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type ParamsOf<O> = O extends { parameters: infer Params } ? Params : never;
/** A test reads whichever JSON the status may carry (a dry run has its own media type). */
type DryRunOf<Content> = Content extends { "application/vnd.folio.dry-run+json": infer Body } ? Body : never;
type JsonOf<Content> = Content extends { "application/json": infer Body }
	? Body | DryRunOf<Content>
	: Content extends { "application/problem+json": infer Body }
		? Body
		: [DryRunOf<Content>] extends [never]
			? null
			: DryRunOf<Content>;
type BodyOf<R> = R extends { content: infer Content } ? JsonOf<Content> : null;
type RequestBody<O> = O extends { requestBody: { content: { "application/json": infer Body } } }
	? { body: Body }
	: O extends { requestBody?: { content: { "application/json": infer Body } } }
		? { body?: Body }
		: { body?: never };
type PathParams<O> =
	ParamsOf<O> extends { path: infer Path extends Record<string, string> } ? { path: Path } : { path?: never };
type QueryParams<O> = ParamsOf<O> extends { query?: infer Query } ? { query?: Query } : { query?: never };

/** The JSON body an operation takes, e.g. `BodyFor<"/api/v1/admin/projects/{project}/keys", "post">`. */
export type BodyFor<P extends keyof paths, M extends Method> =
	RequestBody<Operation<P, M>> extends {
		body?: infer Body;
	}
		? Body
		: never;

export type ApiOptions<O> = PathParams<O> &
	QueryParams<O> &
	RequestBody<O> & {
		token?: string | null;
		headers?: Record<string, string>;
		env?: Env;
	};

/** One member per documented status, so checking `status` narrows `json`. */
export type ApiResult<O> = O extends { responses: infer Responses }
	? {
			[S in keyof Responses]: { status: S; headers: Headers; json: BodyOf<Responses[S]>; text: string };
		}[keyof Responses]
	: never;

type Args<O> =
	Record<never, never> extends ApiOptions<O> ? [options?: ApiOptions<O>] : [options: ApiOptions<O>];

function request<M extends Method>(method: M) {
	return <P extends PathWith<M>>(
		template: P,
		...[options]: Args<Operation<P, M>>
	): Promise<ApiResult<Operation<P, M>>> => {
		const { path, query, ...rest } = (options ?? {}) as SendOptions & {
			path?: Record<string, string>;
			query?: Record<string, string | number | boolean | undefined>;
		};
		const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
			const value = path?.[name];
			if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
			return encodeURIComponent(value);
		});
		const search = new URLSearchParams();
		for (const [name, value] of Object.entries(query ?? {})) {
			if (value !== undefined) search.set(name, String(value));
		}
		const url = search.size > 0 ? `${filled}?${search}` : filled;
		return send(method.toUpperCase(), url, rest) as Promise<ApiResult<Operation<P, M>>>;
	};
}

/**
 * Typed calls by the document's path templates:
 * `api.put("/api/v1/admin/projects/{project}/entities/{slug}", { path: { project, slug }, body })`.
 * Requests the document does not describe (a malformed body, an unknown route) go through `call`.
 */
export const api = {
	get: request("get"),
	put: request("put"),
	post: request("post"),
	delete: request("delete"),
};

/** Asserts the status (showing the body when it differs) and returns the body, typed for that status. */
export function expectStatus<R extends { status: unknown; text: string }, const S extends R["status"]>(
	result: R,
	status: S,
): Extract<R, { status: S }> extends { json: infer Body } ? Body : never {
	expect(result.status, result.text).toBe(status);
	return (result as unknown as { json: never }).json;
}

import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";

export const ROOT = env.FOLIO_ADMIN_TOKEN;
export const BASE = "http://folio.test";

export interface CallOptions {
	token?: string | null;
	body?: unknown;
	/** Sent as is, without JSON encoding. */
	raw?: BodyInit;
	headers?: Record<string, string>;
}

/** Sends a request through the worker's own fetch handler, as a client would. */
export async function call(method: string, path: string, options: CallOptions = {}) {
	const headers = new Headers(options.headers);
	const token = options.token === undefined ? ROOT : options.token;
	if (token !== null) headers.set("Authorization", `Bearer ${token}`);
	let body: BodyInit | undefined = options.raw;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
	}
	const response = await exports.default.fetch(new Request(`${BASE}${path}`, { method, headers, body }));
	const text = await response.text();
	let json: any = null;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		json = null;
	}
	return { status: response.status, headers: response.headers, json, text };
}

type Result = Awaited<ReturnType<typeof call>>;

/** Asserts an RFC 9457 problem with the given status and code, and returns its body. */
export function expectProblem(result: Result, status: number, code: string) {
	expect({ status: result.status, code: result.json?.code }).toEqual({ status, code });
	expect(result.headers.get("Content-Type")).toBe("application/problem+json");
	expect(result.json.request_id).toBe(result.headers.get("X-Request-Id"));
	expect(result.json).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
	expect(result.text).not.toMatch(/at .+\.(ts|js):\d+/);
	return result.json;
}

let counter = 0;
export const uniqueId = (prefix: string) =>
	`${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function createProject(id = uniqueId("p")) {
	const res = await call("POST", "/api/v1/admin/projects", { body: { id, name: `Project ${id}` } });
	expect(res.status).toBe(201);
	return id;
}

export async function createKey(project: string, body: Record<string, unknown> = {}) {
	const res = await call("POST", `/api/v1/admin/projects/${project}/keys`, {
		body: { name: "test", scopes: ["content.write"], ...body },
	});
	expect(res.status, res.text).toBe(201);
	return res.json as { id: string; key: string; signing_secret?: string };
}

/** Row counts of everything a write touches: a refused or dry-run write must leave them equal. */
export function rowCounts() {
	return env.DB.prepare(
		`SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM entity_revisions) AS revisions,
		 (SELECT count(*) FROM outbox_events) AS events`,
	).first();
}

/**
 * A MessageBatch whose messages record ack() and retry(options): cloudflare:test's
 * getQueueResult does not report the delay passed to retry, which the consumers' backoff needs.
 */
export function recordingBatch(queue: string, messages: { id: string; attempts: number; body: unknown }[]) {
	const acked: string[] = [];
	const retried: { id: string; delaySeconds?: number }[] = [];
	const batch = {
		queue,
		messages: messages.map((m) => ({
			...m,
			timestamp: new Date(),
			ack: () => void acked.push(m.id),
			retry: (options?: { delaySeconds?: number }) => void retried.push({ id: m.id, ...options }),
		})),
		ackAll: () => void acked.push(...messages.map((m) => m.id)),
		retryAll: () => void retried.push(...messages.map((m) => ({ id: m.id }))),
	} as unknown as MessageBatch;
	return { batch, acked, retried };
}

import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { api, type BodyFor, expectStatus, type SendOptions, send } from "./api";

export { BASE, ROOT } from "./api";

export type CallOptions = SendOptions;

/**
 * Sends a request through the worker's own fetch handler, as a client would, with an untyped
 * body. Kept for deliberately malformed requests; typed calls go through `api` (test/api.ts).
 */
export async function call(method: string, path: string, options: CallOptions = {}) {
	const { json, ...rest } = await send(method, path, options);
	return { ...rest, json: json as any };
}

/** Asserts an RFC 9457 problem with the given status and code, and returns its body. */
export function expectProblem(
	result: { status: unknown; headers: Headers; json: any; text: string },
	status: number,
	code: string,
) {
	expect({ status: result.status, code: result.json?.code }).toEqual({ status, code });
	expect(result.headers.get("Content-Type")).toBe("application/problem+json");
	expect(result.json.request_id).toBe(result.headers.get("X-Request-Id"));
	expect(result.json).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
	expect(result.text).not.toMatch(/at .+\.(ts|js):\d+/);
	return result.json;
}

let counter = 0;
/** Regenerates the project's snapshot as the root token and waits until it is published: its id. */
export async function publishSnapshot(project: string) {
	const admin = `/api/v1/admin/projects/${project}/snapshots`;
	const queued = await call("POST", `${admin}/regenerate`);
	expect(queued.status, queued.text).toBe(202);
	const id = queued.json.id as string;
	await vi.waitFor(async () => expect((await call("GET", `${admin}/${id}`)).json.status).toBe("published"), {
		timeout: 10_000,
		interval: 50,
	});
	return id;
}

export const uniqueId = (prefix: string) =>
	`${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function createProject(id = uniqueId("p")) {
	expectStatus(await api.post("/api/v1/admin/projects", { body: { id, name: `Project ${id}` } }), 201);
	return id;
}

export async function createKey(
	project: string,
	body: Partial<BodyFor<"/api/v1/admin/projects/{project}/keys", "post">> = {},
) {
	const res = await api.post("/api/v1/admin/projects/{project}/keys", {
		path: { project },
		body: { name: "test", scopes: ["content.write"], ...body },
	});
	return expectStatus(res, 201);
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

// Faults injected in the Workers runtime: a D1 batch that fails on its last statement, queue
// consumers that throw mid-batch, an outbox relay that fails, a Durable Object replaced between
// calls, a webhook receiver that flaps. After recovery every committed change has exactly one
// event, every event reaches every subscribed endpoint at least once, and nothing partial was
// ever readable.
import { createExecutionContext, runInDurableObject, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { KeyState } from "../src/durable-objects/key-state";
import worker from "../src/index";
import { STALE_ATTEMPT_MS } from "../src/modules/webhooks/delivery-store";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { consumeJobs } from "../src/queues/jobs-consumer";
import { BASE, call, createKey, createProject, ROOT, recordingBatch } from "./helpers";
import {
	createWebhook,
	mockOutboundFetch,
	receiver,
	requestsTo,
	seedDelivery,
	untilNoneInFlight,
} from "./webhook-helpers";

let project: string;
const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;

/** A D1 whose batches get one more statement, at the end, that always fails. */
function failingLastStatement<T extends D1Database | D1DatabaseSession>(d1: T): T {
	return new Proxy(d1, {
		get(target, prop) {
			if (prop === "batch") {
				return (statements: D1PreparedStatement[]) =>
					target.batch([
						...statements,
						target.prepare("INSERT INTO projects (id, name, created_at) VALUES (NULL, NULL, NULL)"),
					]);
			}
			// Requests run their queries in D1 sessions: those fail the same way.
			if (prop === "withSession") {
				return (constraint?: string) => failingLastStatement((target as D1Database).withSession(constraint));
			}
			const value = Reflect.get(target, prop);
			return typeof value === "function" ? value.bind(target) : value;
		},
	});
}

/** Sends a request through the worker's fetch with another environment. */
async function fetchWith(environment: Env, method: string, path: string, body?: unknown) {
	const ctx = createExecutionContext();
	const res = await worker.fetch(
		new Request(`${BASE}${path}`, {
			method,
			headers: { Authorization: `Bearer ${ROOT}`, "Content-Type": "application/json" },
			body: body === undefined ? undefined : JSON.stringify(body),
		}),
		environment,
		ctx,
	);
	await waitOnExecutionContext(ctx);
	return res;
}

const counts = () =>
	env.DB.prepare(
		`SELECT (SELECT count(*) FROM entities WHERE project_id = ?1) AS entities,
			(SELECT count(*) FROM entity_revisions WHERE project_id = ?1) AS revisions,
			(SELECT count(*) FROM outbox_events WHERE project_id = ?1) AS events`,
	)
		.bind(project)
		.first();

/** Every committed revision of the project has exactly one entity.committed event. */
async function expectOneEventPerCommit() {
	const rows = await env.DB.prepare(
		`SELECT r.slug, r.revision, (SELECT count(*) FROM outbox_events e WHERE e.project_id = r.project_id
			AND e.type = 'entity.committed' AND json_extract(e.payload, '$.data.entity.slug') = r.slug
			AND json_extract(e.payload, '$.data.entity.revision') = r.revision) AS events
		FROM entity_revisions r WHERE r.project_id = ? AND r.kind = 'commit'`,
	)
		.bind(project)
		.all<{ slug: string; revision: number; events: number }>();
	expect(rows.results.length).toBeGreaterThan(0);
	for (const row of rows.results) expect(row, `${row.slug}@${row.revision}`).toMatchObject({ events: 1 });
}

const eventOf = async (slug: string) =>
	(
		await env.DB.prepare(
			"SELECT id FROM outbox_events WHERE project_id = ? AND json_extract(payload, '$.data.entity.slug') = ?",
		)
			.bind(project, slug)
			.first<{ id: string }>()
	)?.id as string;

beforeAll(async () => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
	vi.spyOn(console, "error").mockImplementation(() => {});
	project = await createProject();
	await call("PUT", admin("/schemas/note"), { body: { json_schema: { type: "object" } } });
});

describe("a D1 batch that fails on its last statement", () => {
	it("leaves nothing behind, answers 500, and the retried write has exactly one event", async () => {
		const before = await counts();
		const broken = { ...env, DB: failingLastStatement(env.DB) };
		const body = { schema: "note", data: { title: "atomic" }, mode: "commit", message: "m" };
		const failed = await fetchWith(broken, "PUT", admin("/entities/atomic"), body);
		expect(failed.status).toBe(500);
		expect((await failed.json()) as object).toMatchObject({ code: "internal_error" });
		expect(await counts()).toEqual(before);
		// Nothing partial is readable: the entity does not exist.
		expect((await call("GET", admin("/entities/atomic"))).status).toBe(404);

		const batch = await fetchWith(broken, "POST", admin("/batch"), {
			operations: [
				{ op: "update", slug: "atomic-a", schema: "note", data: {}, mode: "commit", message: "m" },
				{ op: "update", slug: "atomic-b", schema: "note", data: {}, mode: "commit", message: "m" },
			],
		});
		expect(batch.status).toBe(500);
		expect(await counts()).toEqual(before);

		expect((await call("PUT", admin("/entities/atomic"), { body })).status).toBe(201);
		await expectOneEventPerCommit();
	});
});

describe("the outbox relay failing", () => {
	it("loses no event: the cron sweep sends it, and its webhook is delivered once", async () => {
		const url = receiver(() => new Response(null, { status: 200 }));
		const hook = await createWebhook(project, url, ["entity.committed"]);
		// The queue refuses every send for this commit, as if Queues were down.
		const down = {
			...env,
			JOBS: {
				send: () => Promise.reject(new Error("down")),
				sendBatch: () => Promise.reject(new Error("down")),
			},
		};
		const res = await fetchWith(down as unknown as Env, "PUT", admin("/entities/relayed"), {
			schema: "note",
			data: { title: "r" },
			mode: "commit",
			message: "m",
		});
		expect(res.status).toBe(201);
		const id = await eventOf("relayed");
		expect(
			(await env.DB.prepare("SELECT handled_at FROM outbox_events WHERE id = ?").bind(id).first())
				?.handled_at,
		).toBeNull();

		// The sweep picks up events a minute old; age this one and run the cron.
		await env.DB.prepare("UPDATE outbox_events SET created_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 120_000).toISOString(), id)
			.run();
		const ctx = createExecutionContext();
		await worker.scheduled(
			{ cron: "* * * * *", scheduledTime: Date.now(), noRetry() {} } as ScheduledController,
			env,
			ctx,
		);
		await waitOnExecutionContext(ctx);
		await vi.waitFor(
			async () => {
				const rows = await env.DB.prepare(
					"SELECT state FROM webhook_deliveries WHERE event_id = ? AND endpoint_id = ?",
				)
					.bind(id, hook.id)
					.all();
				expect(rows.results).toEqual([{ state: "succeeded" }]);
			},
			{ timeout: 10_000, interval: 100 },
		);
		expect(requestsTo(url).filter((r) => JSON.parse(r.body).id === id)).toHaveLength(1);
		await expectOneEventPerCommit();
	});
});

describe("queue consumers that throw mid-batch", () => {
	it("fan-out: a batch that fails is retried whole, and each event still gets one delivery per endpoint", async () => {
		const url = receiver(() => new Response(null, { status: 200 }));
		const hook = await createWebhook(project, url, ["entity.committed"]);
		const slugs = ["mid-1", "mid-2", "mid-3"];
		// Commit with the relay down, so that only this test's consumer calls see the events.
		const down = {
			...env,
			JOBS: {
				send: () => Promise.reject(new Error("down")),
				sendBatch: () => Promise.reject(new Error("down")),
			},
		};
		for (const slug of slugs) {
			await fetchWith(down as unknown as Env, "PUT", admin(`/entities/${slug}`), {
				schema: "note",
				data: {},
				mode: "commit",
				message: "m",
			});
		}
		const ids = await Promise.all(slugs.map(eventOf));
		const messages = ids.map((id, i) => ({
			id: `j${i}`,
			attempts: 1,
			body: { v: 1, kind: "event", event_id: id },
		}));

		const crashing = {
			...env,
			DB: failingLastStatement(env.DB),
			DELIVERIES: { sendBatch: async () => {} },
		} as unknown as Env;
		const first = recordingBatch("folio-jobs", messages);
		await consumeJobs(first.batch, crashing);
		expect(first.retried.map((r) => r.id)).toEqual(["j0", "j1", "j2"]);
		const none = await env.DB.prepare("SELECT count(*) AS n FROM webhook_deliveries WHERE endpoint_id = ?")
			.bind(hook.id)
			.first();
		expect(none?.n).toBe(0);

		// The retry (twice, as a queue may deliver it) creates one delivery per event.
		const sent: unknown[] = [];
		const recording = {
			...env,
			DELIVERIES: { sendBatch: async (m: unknown[]) => void sent.push(...m) },
		} as unknown as Env;
		for (const attempt of [2, 3]) {
			const again = recordingBatch(
				"folio-jobs",
				messages.map((m) => ({ ...m, attempts: attempt })),
			);
			await consumeJobs(again.batch, recording);
			expect(again.acked).toHaveLength(3);
		}
		const rows = await env.DB.prepare(
			"SELECT event_id FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY event_id",
		)
			.bind(hook.id)
			.all<{ event_id: string }>();
		expect(rows.results.map((r) => r.event_id)).toEqual([...ids].sort());
		// One message per delivery created, for every endpoint subscribed (earlier tests left one more).
		const all = await env.DB.prepare(
			"SELECT count(*) AS n FROM webhook_deliveries WHERE event_id IN (SELECT value FROM json_each(?))",
		)
			.bind(JSON.stringify(ids))
			.first<{ n: number }>();
		expect(sent).toHaveLength(all?.n as number);
	});

	it("deliveries: outcomes that cannot be recorded are retried later, and every event arrives", async () => {
		const url = receiver(() => new Response(null, { status: 200 }));
		const hook = await createWebhook(project, url, ["entity.committed"]);
		const test = await call("POST", admin(`/webhooks/${hook.id}/test`));
		await vi.waitFor(async () => expect(requestsTo(url)).toHaveLength(1), { timeout: 10_000 });
		// Redeliver, but with a D1 whose outcome batch fails: the attempt happens, its record does not.
		await env.DB.prepare("UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = ? WHERE id = ?")
			.bind(new Date().toISOString(), test.json.id)
			.run();
		const message = { id: "d1", attempts: 1, body: { v: 1, kind: "delivery", delivery_id: test.json.id } };
		const crashing = recordingBatch("folio-deliveries", [message]);
		const brokenRecord = new Proxy(env.DB, {
			get(target, prop) {
				// The claim is six statements, the record eight: only the record fails.
				if (prop === "batch") {
					return (statements: D1PreparedStatement[]) =>
						statements.length === 8 ? Promise.reject(new Error("D1 went away")) : target.batch(statements);
				}
				const value = Reflect.get(target, prop);
				return typeof value === "function" ? value.bind(target) : value;
			},
		});
		await consumeDeliveries(crashing.batch, { ...env, DB: brokenRecord } as Env);
		expect(crashing.retried).toEqual([{ id: "d1", delaySeconds: expect.any(Number) }]);
		expect(crashing.retried[0]?.delaySeconds).toBeGreaterThan(STALE_ATTEMPT_MS / 1000);
		// Once the claim is stale (aged here), the retried message takes the attempt over and records it.
		await env.DB.prepare("UPDATE webhook_deliveries SET in_flight_since = ? WHERE id = ?")
			.bind(new Date(Date.now() - STALE_ATTEMPT_MS - 60_000).toISOString(), test.json.id)
			.run();
		const retry = recordingBatch("folio-deliveries", [{ ...message, attempts: 2 }]);
		await consumeDeliveries(retry.batch, env);
		const delivery = await env.DB.prepare("SELECT state, attempts FROM webhook_deliveries WHERE id = ?")
			.bind(test.json.id)
			.first();
		expect(delivery).toEqual({ state: "succeeded", attempts: 3 });
		const attempts = await env.DB.prepare(
			"SELECT number, status_code, error FROM webhook_attempts WHERE delivery_id = ? ORDER BY number",
		)
			.bind(test.json.id)
			.all();
		expect(attempts.results).toEqual([
			{ number: 1, status_code: 200, error: null },
			{
				number: 2,
				status_code: null,
				error: "Interrupted: the consumer stopped before recording an outcome.",
			},
			{ number: 3, status_code: 200, error: null },
		]);
	});
});

describe("a webhook receiver that flaps", () => {
	// Long enough for a retry the senders queued for real to meet a hanging turn (15 s).
	it("gets every event at least once, however its answers and the queue's duplicates fall", {
		timeout: 60_000,
	}, async () => {
		// Each delivery meets, attempt after attempt, a 500, a timeout, a 503 with Retry-After, a
		// redirect and a success, starting at a different point of that cycle.
		const seen = new Map<string, number>();
		const url = receiver(async (req, init) => {
			const id = req.headers.get("webhook-id") as string;
			const k = seen.get(id) ?? Number(id.at(-1)?.charCodeAt(0)) % 5;
			seen.set(id, k + 1);
			const turn = k % 5;
			if (turn === 1)
				return new Promise((_, reject) =>
					init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
				);
			if (turn === 2) return new Response(null, { status: 200 });
			if (turn === 3) return new Response(null, { status: 503, headers: { "Retry-After": "0" } });
			if (turn === 4)
				return new Response(null, { status: 302, headers: { Location: "https://elsewhere.example" } });
			return new Response(null, { status: 500 });
		});
		const hook = await createWebhook(project, url, ["entity.committed"]);
		// An endpoint failing like this belongs to the slow lane: put it there from the start, so
		// that every round's batch is this test's (the main lane would hand them over).
		await env.DB.prepare("UPDATE webhook_endpoints SET slow_until = '9999-01-01' WHERE id = ?")
			.bind(hook.id)
			.run();
		// Seeded without queue messages, so that only this test's consumer calls attempt them.
		const ids: string[] = [];
		for (let i = 0; i < 6; i++)
			ids.push((await seedDelivery(project, hook.id, { finalAttempt: 20 })).deliveryId);
		// Each round: every pending delivery made due, each message delivered twice (duplicates).
		for (let round = 0; round < 12; round++) {
			await env.DB.prepare(
				"UPDATE webhook_deliveries SET next_attempt_at = ? WHERE endpoint_id = ? AND state = 'pending'",
			)
				.bind(new Date(Date.now() - 1000).toISOString(), hook.id)
				.run();
			const messages = ids.map((id, i) => ({
				id: `f${i}`,
				attempts: round + 1,
				body: { v: 1, kind: "delivery", delivery_id: id },
			}));
			const { batch } = recordingBatch("folio-deliveries-slow", [...messages, ...messages]);
			await consumeDeliveries(batch, env, { timeoutMs: 50 });
			// The slow lane's senders run the attempts after the batch: wait for their outcomes.
			await untilNoneInFlight(hook.id);
		}
		const rows = await env.DB.prepare(
			"SELECT id, state, attempts FROM webhook_deliveries WHERE endpoint_id = ?",
		)
			.bind(hook.id)
			.all<{ id: string; state: string; attempts: number }>();
		expect(rows.results.map((r) => r.state)).toEqual(Array(6).fill("succeeded"));
		// Each attempt number was made once, and each delivery was received as one webhook-id.
		for (const row of rows.results) {
			const numbers = await env.DB.prepare(
				"SELECT number FROM webhook_attempts WHERE delivery_id = ? ORDER BY number",
			)
				.bind(row.id)
				.all<{ number: number }>();
			expect(numbers.results.map((r) => r.number)).toEqual(
				Array.from({ length: row.attempts }, (_, i) => i + 1),
			);
			expect(row.attempts).toBeLessThanOrEqual(5);
		}
		expect(new Set(requestsTo(url).map((r) => r.headers["webhook-id"]))).toEqual(new Set(ids));
	});
});

describe("a Durable Object replaced between calls", () => {
	it("keeps the spent bucket, the held idempotency lock and the seen nonce", async () => {
		const { id } = await createKey(project, { rate_limit: { write: { burst: 2, per_second: 0.01 } } });
		const stub = env.KEY_STATE.get(env.KEY_STATE.idFromName(id));
		await stub.check({
			policy: { name: "write", burst: 2, perSecond: 0.01 },
			want: 2,
			lock: { name: "POST /x k1", fingerprint: "f1", ttlMs: 60_000 },
			nonce: { value: "n-1", ttlMs: 600_000 },
		});
		// A new instance over the same storage, as after an eviction or a restart.
		const fresh = await runInDurableObject(stub, (_instance, state) => {
			const object = new KeyState(state, env);
			return {
				admission: object.admit({ name: "write", burst: 2, perSecond: 0.01 }),
				lock: object.lock({ name: "POST /x k1", fingerprint: "f2", ttlMs: 60_000 }),
				nonceIsNew: object.remember({ value: "n-1", ttlMs: 600_000 }),
			};
		});
		expect(fresh.admission.allowed).toBe(false);
		expect(fresh.lock).toEqual({ acquired: false, fingerprint: "f1" });
		expect(fresh.nonceIsNew).toBe(false);
	});
});

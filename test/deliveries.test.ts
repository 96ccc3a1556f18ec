import {
	createExecutionContext,
	createMessageBatch,
	createScheduledController,
	waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { DELIVERY_SWEEP_AFTER_MS } from "../src/modules/webhooks/deliveries.service";
import { STALE_ATTEMPT_MS } from "../src/modules/webhooks/delivery-store";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { createProject, recordingBatch } from "./helpers";
import {
	attemptRows,
	createWebhook,
	deliveryMessage,
	deliveryRow,
	endpointRow,
	hangs,
	mockOutboundFetch,
	notificationRows,
	receiver,
	requestsTo,
	seedDelivery,
} from "./webhook-helpers";

let project: string;

beforeAll(async () => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
});

/** Runs the deliveries consumer on these messages, recording what it acks and retries. */
async function deliver(messages: ReturnType<typeof deliveryMessage>[], timeoutMs = 15_000) {
	const { batch, acked, retried } = recordingBatch("folio-deliveries", messages);
	await consumeDeliveries(batch, env, { timeoutMs });
	return { acked, retried };
}

let endpoints = 0;

async function setUp(
	reply: Parameters<typeof receiver>[0],
	options: Parameters<typeof seedDelivery>[2] = {},
) {
	// A project holds at most 20 endpoints: move on to a fresh one before that.
	if (++endpoints % 15 === 0) project = await createProject();
	const url = receiver(reply);
	const hook = await createWebhook(project, url);
	const seeded = await seedDelivery(project, hook.id, options);
	return { url, hook, ...seeded };
}

describe("a delivery attempt", () => {
	it("POSTs the event with Standard Webhooks headers that the standardwebhooks library verifies", async () => {
		const { url, hook, deliveryId, payload } = await setUp(() => new Response("thanks", { status: 200 }));
		const { acked, retried } = await deliver([deliveryMessage(deliveryId)]);
		expect({ acked, retried }).toEqual({ acked: [`m-${deliveryId}`], retried: [] });

		const [request] = requestsTo(url);
		expect(request?.body).toBe(payload);
		expect(request?.init).toMatchObject({ method: "POST", redirect: "manual" });
		expect(request?.init.signal).toBeInstanceOf(AbortSignal);
		expect(request?.headers).toMatchObject({
			"content-type": "application/json",
			"webhook-id": deliveryId,
			"webhook-timestamp": expect.stringMatching(/^\d{10}$/),
			"webhook-signature": expect.stringMatching(/^v1,[A-Za-z0-9+/]+=*$/),
		});
		expect(
			new Webhook(hook.secret).verify(request?.body as string, request?.headers as Record<string, string>),
		).toEqual(JSON.parse(payload));
		expect(() =>
			new Webhook(`whsec_${btoa("another secret entirely!")}`).verify(
				request?.body as string,
				request?.headers as Record<string, string>,
			),
		).toThrow();

		expect(await deliveryRow(deliveryId)).toMatchObject({
			state: "succeeded",
			attempts: 1,
			in_flight_since: null,
			next_attempt_at: null,
			last_status_code: 200,
		});
		expect(await attemptRows(deliveryId)).toEqual([
			expect.objectContaining({ number: 1, status_code: 200, error: null, response: "thanks" }),
		]);
	});

	it("retries a 500 after the first step of the schedule, with jitter, and records the attempt", async () => {
		const { deliveryId } = await setUp(() => new Response("x".repeat(5000), { status: 500 }));
		const before = Date.now();
		const { acked, retried } = await deliver([deliveryMessage(deliveryId)]);
		expect(acked).toEqual([]);
		expect(retried).toHaveLength(1);
		// Schedule step 1 is 5 s; jitter keeps it within ±20 %.
		expect(retried[0]?.delaySeconds).toBeGreaterThanOrEqual(4);
		expect(retried[0]?.delaySeconds).toBeLessThanOrEqual(6);
		const row = await deliveryRow(deliveryId);
		expect(row).toMatchObject({
			state: "pending",
			attempts: 1,
			last_status_code: 500,
			in_flight_since: null,
		});
		const due = Date.parse(row?.next_attempt_at) - before;
		expect(due).toBeGreaterThanOrEqual(3_900);
		const [attempt] = await attemptRows(deliveryId);
		expect(attempt).toMatchObject({ number: 1, status_code: 500, error: "The receiver answered 500." });
		expect(attempt?.response).toHaveLength(1024);
		expect(attempt?.duration_ms).toEqual(expect.any(Number));
	});

	it("uses later steps of the schedule for later attempts", async () => {
		const { deliveryId } = await setUp(() => new Response(null, { status: 502 }), { attempts: 2 });
		const { retried } = await deliver([deliveryMessage(deliveryId)]);
		// Attempt 3 failed: the third step is 1800 s.
		expect(retried[0]?.delaySeconds).toBeGreaterThanOrEqual(1440);
		expect(retried[0]?.delaySeconds).toBeLessThanOrEqual(2160);
	});

	it("gives a receiver that does not answer in time a timeout error and a retry", async () => {
		const { deliveryId } = await setUp(hangs);
		const { retried } = await deliver([deliveryMessage(deliveryId)], 100);
		expect(retried).toHaveLength(1);
		expect((await attemptRows(deliveryId))[0]).toMatchObject({
			status_code: null,
			error: "Timed out after 0.1 s.",
		});
	});

	it("does not follow a redirect: it is a failed attempt", async () => {
		const { url, deliveryId } = await setUp(
			() => new Response(null, { status: 302, headers: { Location: "http://169.254.169.254/latest" } }),
		);
		const { retried } = await deliver([deliveryMessage(deliveryId)]);
		expect(retried).toHaveLength(1);
		expect(requestsTo(url)).toHaveLength(1);
		expect((await attemptRows(deliveryId))[0]).toMatchObject({
			status_code: 302,
			error: "Redirect to http://169.254.169.254/latest not followed.",
		});
	});

	it("honours Retry-After on 429 and 503, capped at the queue's 12 h maximum delay", async () => {
		const a = await setUp(() => new Response(null, { status: 429, headers: { "Retry-After": "120" } }));
		expect((await deliver([deliveryMessage(a.deliveryId)])).retried).toEqual([
			{ id: `m-${a.deliveryId}`, delaySeconds: 120 },
		]);
		const b = await setUp(() => new Response(null, { status: 503, headers: { "Retry-After": "9999999" } }));
		expect((await deliver([deliveryMessage(b.deliveryId)])).retried[0]?.delaySeconds).toBe(43_200);
		const inAMinute = new Date(Date.now() + 61_000).toUTCString();
		const c = await setUp(() => new Response(null, { status: 503, headers: { "Retry-After": inAMinute } }));
		const delay = (await deliver([deliveryMessage(c.deliveryId)])).retried[0]?.delaySeconds as number;
		expect(delay).toBeGreaterThanOrEqual(59);
		expect(delay).toBeLessThanOrEqual(62);
	});

	it("checks the URL again before every attempt and refuses one that is no longer allowed", async () => {
		const { url, hook, deliveryId } = await setUp(() => new Response(null, { status: 200 }));
		await env.DB.prepare("UPDATE webhook_endpoints SET url = 'https://169.254.169.254/latest' WHERE id = ?")
			.bind(hook.id)
			.run();
		const { retried } = await deliver([deliveryMessage(deliveryId)]);
		expect(retried).toHaveLength(1);
		expect(requestsTo(url)).toHaveLength(0);
		expect((await attemptRows(deliveryId))[0]).toMatchObject({
			status_code: null,
			error: expect.stringMatching(/^URL refused: /),
		});
	});

	it("disables the endpoint on 410, fails the delivery and notifies, without a retry", async () => {
		const { hook, deliveryId } = await setUp(() => new Response("gone", { status: 410 }));
		const { acked, retried } = await deliver([deliveryMessage(deliveryId)]);
		expect({ acked, retried }).toEqual({ acked: [`m-${deliveryId}`], retried: [] });
		expect(await deliveryRow(deliveryId)).toMatchObject({ state: "failed", last_status_code: 410 });
		expect(await endpointRow(hook.id)).toMatchObject({
			enabled: 0,
			disabled_reason: "The receiver answered 410 Gone.",
		});
		const notes = (await notificationRows(project)).filter((n) => n.subject === hook.id);
		expect(notes).toEqual([expect.objectContaining({ type: "webhook.endpoint_disabled" })]);
		expect(JSON.parse(notes[0]?.detail)).toMatchObject({ reason: "The receiver answered 410 Gone." });

		// Further deliveries to the disabled endpoint fail without a request.
		const next = await seedDelivery(project, hook.id);
		await deliver([deliveryMessage(next.deliveryId)]);
		expect(await deliveryRow(next.deliveryId)).toMatchObject({ state: "failed", attempts: 0 });
		expect(await attemptRows(next.deliveryId)).toEqual([]);
	});

	it("fails the delivery after its last attempt and records a notification", async () => {
		const { deliveryId } = await setUp(() => new Response("no", { status: 500 }), {
			attempts: 7,
			finalAttempt: 8,
		});
		const { acked, retried } = await deliver([deliveryMessage(deliveryId)]);
		expect({ acked, retried }).toEqual({ acked: [`m-${deliveryId}`], retried: [] });
		expect(await deliveryRow(deliveryId)).toMatchObject({
			state: "failed",
			attempts: 8,
			next_attempt_at: null,
		});
		const notes = (await notificationRows(project)).filter((n) => n.subject === deliveryId);
		expect(notes).toEqual([expect.objectContaining({ type: "webhook.delivery_failed" })]);
		expect(JSON.parse(notes[0]?.detail)).toMatchObject({ attempts: 8, last_status_code: 500 });
	});

	it("disables an endpoint that has failed for 5 days, once, and a success resets the count", async () => {
		const { hook, deliveryId } = await setUp(() => new Response(null, { status: 500 }));
		const sixDaysAgo = new Date(Date.now() - 6 * 86_400_000).toISOString();
		await env.DB.prepare("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?")
			.bind(sixDaysAgo, hook.id)
			.run();
		await deliver([deliveryMessage(deliveryId)]);
		expect(await endpointRow(hook.id)).toMatchObject({
			enabled: 0,
			failing_since: sixDaysAgo,
			disabled_reason: `Every attempt has failed since ${sixDaysAgo} (5 days).`,
		});
		expect((await notificationRows(project)).filter((n) => n.subject === hook.id)).toHaveLength(1);

		const healthy = await setUp(() => new Response(null, { status: 500 }));
		await deliver([deliveryMessage(healthy.deliveryId)]);
		const failing = (await endpointRow(healthy.hook.id))?.failing_since;
		expect(failing).toEqual(expect.any(String));
		expect((await endpointRow(healthy.hook.id))?.enabled).toBe(1);
	});

	it("clears an endpoint's failing streak on success", async () => {
		let status = 500;
		const { hook, deliveryId } = await setUp(() => new Response(null, { status }));
		await deliver([deliveryMessage(deliveryId)]);
		expect((await endpointRow(hook.id))?.failing_since).toEqual(expect.any(String));
		status = 204;
		const next = await seedDelivery(project, hook.id);
		await deliver([deliveryMessage(next.deliveryId)]);
		expect((await endpointRow(hook.id))?.failing_since).toBeNull();
	});
});

describe("duplicates and lost consumers", () => {
	it("makes one attempt for a message delivered twice, in one batch or later", async () => {
		const { url, deliveryId } = await setUp(() => new Response(null, { status: 500 }));
		const first = await deliver([deliveryMessage(deliveryId, "a"), deliveryMessage(deliveryId, "b")]);
		expect(first.retried).toHaveLength(1);
		expect(first.acked).toHaveLength(1);
		// The same message again, before its retry is due: acked, no attempt.
		const again = await deliver([deliveryMessage(deliveryId, "a", 2)]);
		expect(again).toEqual({ acked: ["a"], retried: [] });
		expect(requestsTo(url)).toHaveLength(1);
		expect((await attemptRows(deliveryId)).map((a) => a.number)).toEqual([1]);
	});

	it("makes one attempt when two consumers get the same message at once", async () => {
		const { url, deliveryId } = await setUp(async () => {
			await new Promise((r) => setTimeout(r, 50));
			return new Response(null, { status: 200 });
		});
		await Promise.all([
			deliver([deliveryMessage(deliveryId, "a")]),
			deliver([deliveryMessage(deliveryId, "b")]),
		]);
		expect(requestsTo(url)).toHaveLength(1);
		expect(await attemptRows(deliveryId)).toHaveLength(1);
	});

	it("takes over an attempt whose consumer died, closing it as interrupted", async () => {
		const longAgo = new Date(Date.now() - STALE_ATTEMPT_MS - 1000).toISOString();
		const { deliveryId } = await setUp(() => new Response(null, { status: 200 }), {
			attempts: 1,
			inFlightSince: longAgo,
		});
		await env.DB.prepare("INSERT INTO webhook_attempts (delivery_id, number, attempted_at) VALUES (?, 1, ?)")
			.bind(deliveryId, longAgo)
			.run();
		await deliver([deliveryMessage(deliveryId)]);
		const attempts = await attemptRows(deliveryId);
		expect(attempts.map((a) => [a.number, a.status_code, a.error])).toEqual([
			[1, null, "Interrupted: the consumer stopped before recording an outcome."],
			[2, 200, null],
		]);
		expect(await deliveryRow(deliveryId)).toMatchObject({ state: "succeeded", attempts: 2 });
	});

	it("leaves an attempt in flight elsewhere alone", async () => {
		const { url, deliveryId } = await setUp(() => new Response(null, { status: 200 }), {
			attempts: 1,
			inFlightSince: new Date().toISOString(),
		});
		expect(await deliver([deliveryMessage(deliveryId)])).toEqual({ acked: [`m-${deliveryId}`], retried: [] });
		expect(requestsTo(url)).toHaveLength(0);
	});

	it("re-sends, from the cron sweep, a delivery whose message was lost", async () => {
		const old = new Date(Date.now() - DELIVERY_SWEEP_AFTER_MS - 1000).toISOString();
		const { url, deliveryId } = await setUp(() => new Response(null, { status: 200 }), {
			nextAttemptAt: old,
		});
		const ctx = createExecutionContext();
		await worker.scheduled(createScheduledController(), env, ctx);
		await waitOnExecutionContext(ctx);
		// The real deliveries queue and consumer take it from here.
		await vi.waitFor(async () => expect((await deliveryRow(deliveryId))?.state).toBe("succeeded"), {
			timeout: 8000,
			interval: 100,
		});
		expect(requestsTo(url)).toHaveLength(1);
	});

	it("leaves a dead-lettered delivery alone while another consumer's attempt is in flight", async () => {
		const { deliveryId } = await setUp(() => new Response(null, { status: 200 }), {
			attempts: 2,
			inFlightSince: new Date().toISOString(),
		});
		vi.spyOn(console, "error").mockImplementation(() => {});
		const batch = createMessageBatch("folio-deliveries-dlq", [
			{ ...deliveryMessage(deliveryId), timestamp: new Date() },
		]);
		await worker.queue(batch, env, createExecutionContext());
		expect(await deliveryRow(deliveryId)).toMatchObject({ state: "pending", attempts: 2 });
	});

	it("fails a delivery the queue gave up on, with a notification", async () => {
		const { deliveryId } = await setUp(() => new Response(null, { status: 200 }), { attempts: 3 });
		vi.spyOn(console, "error").mockImplementation(() => {});
		const batch = createMessageBatch("folio-deliveries-dlq", [
			{ ...deliveryMessage(deliveryId), timestamp: new Date() },
		]);
		await worker.queue(batch, env, createExecutionContext());
		expect(await deliveryRow(deliveryId)).toMatchObject({
			state: "failed",
			last_error: "The deliveries queue gave up on this delivery.",
		});
		expect((await notificationRows(project)).filter((n) => n.subject === deliveryId)).toEqual([
			expect.objectContaining({ type: "webhook.delivery_failed" }),
		]);
	});
});

import { abortAllDurableObjects } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../src/db/client";
import { sweepDeliveries } from "../src/modules/webhooks/deliveries.service";
import { STALE_ATTEMPT_MS } from "../src/modules/webhooks/delivery-store";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { createProject, recordingBatch } from "./helpers";
import {
	attemptRows,
	createWebhook,
	deliveryMessage,
	deliveryRow,
	mockOutboundFetch,
	notificationRows,
	type Receiver,
	receiver,
	requestsTo,
	seedDelivery,
	untilNoneInFlight,
} from "./webhook-helpers";

let project: string;

beforeAll(async () => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
});

beforeEach(async () => {
	project = await createProject();
});

/** A receiver whose requests hang until the test lets them go (then 200), and how many hang now. */
function holdingReceiver(holds: (webhookId: string) => boolean = () => true) {
	let hanging = 0;
	let released = false;
	// The request waits on its own timer (in the sender's context): a promise the test resolved
	// would cross from one Durable Object's context into another's.
	const reply: Receiver = async (request) => {
		if (holds(request.headers.get("webhook-id") ?? "")) {
			hanging++;
			while (!released) await scheduler.wait(20);
			hanging--;
		}
		return new Response(null, { status: 200 });
	};
	return {
		url: receiver(reply),
		hanging: () => hanging,
		release: () => {
			released = true;
		},
	};
}

/** An endpoint already in the slow lane (where the senders work) with `n` pending deliveries. */
async function slowEndpoint(url: string, n: number, options: Parameters<typeof seedDelivery>[2] = {}) {
	const hook = await createWebhook(project, url);
	await env.DB.prepare("UPDATE webhook_endpoints SET slow_until = '9999-01-01' WHERE id = ?")
		.bind(hook.id)
		.run();
	const ids: string[] = [];
	for (let i = 0; i < n; i++) ids.push((await seedDelivery(project, hook.id, options)).deliveryId);
	return { hook, ids };
}

/** One slow-lane batch, with a timeout long enough that only the test ends a hanging request. */
async function slowBatch(ids: string[]) {
	const recorded = recordingBatch(
		"folio-deliveries-slow",
		ids.map((id) => deliveryMessage(id)),
	);
	await consumeDeliveries(recorded.batch, env, { timeoutMs: 60_000 });
	return recorded;
}

describe("slow-lane senders", () => {
	it("deliver a healthy endpoint's attempts while another endpoint's hang, and the batch waits for neither", {
		timeout: 30_000,
	}, async () => {
		const stuck = holdingReceiver();
		const bad = await slowEndpoint(stuck.url, 12);
		const healthy = receiver(() => new Response(null, { status: 200 }));
		const good = await slowEndpoint(healthy, 12);
		const { acked, retried } = await slowBatch([...bad.ids, ...good.ids]);
		// The batch is settled as soon as the senders have the attempts.
		expect(acked).toHaveLength(24);
		expect(retried).toEqual([]);
		await vi.waitFor(
			async () => {
				for (const id of good.ids)
					expect(await deliveryRow(id)).toMatchObject({ state: "succeeded", attempts: 1 });
			},
			{ timeout: 10_000, interval: 50 },
		);
		// ...while every request to the other endpoint still hangs, its attempts in flight.
		expect(stuck.hanging()).toBe(12);
		for (const id of bad.ids) {
			const row = await deliveryRow(id);
			expect(row).toMatchObject({ state: "pending", attempts: 1 });
			expect(row?.in_flight_since).not.toBeNull();
		}
		stuck.release();
		await untilNoneInFlight(bad.hook.id);
		for (const id of bad.ids)
			expect(await deliveryRow(id)).toMatchObject({ state: "succeeded", attempts: 1 });
		expect(requestsTo(stuck.url)).toHaveLength(12);
		expect(requestsTo(healthy)).toHaveLength(12);
	});

	it("spread one endpoint over several senders: more hanging requests than one invocation's six connections, and its other deliveries still go", {
		timeout: 30_000,
	}, async () => {
		const held = new Set<string>();
		const stuck = holdingReceiver((id) => held.has(id));
		const { hook, ids } = await slowEndpoint(stuck.url, 24);
		// The first twelve claimed hang: with one sender they would hold all six of its connections.
		for (const id of ids.slice(0, 12)) held.add(id);
		await slowBatch(ids);
		await vi.waitFor(
			async () => {
				for (const id of ids.slice(12)) expect((await deliveryRow(id))?.state).toBe("succeeded");
			},
			{ timeout: 10_000, interval: 50 },
		);
		expect(stuck.hanging()).toBe(12);
		stuck.release();
		await untilNoneInFlight(hook.id);
		for (const id of ids) expect(await deliveryRow(id)).toMatchObject({ state: "succeeded", attempts: 1 });
	});

	it("record each attempt in D1 and queue the next one on the slow lane; a last failure leaves its notification", {
		timeout: 30_000,
	}, async () => {
		// 503 with Retry-After: 0 first, so the retry the sender queues comes back at once; then 200.
		const seen = new Set<string>();
		const url = receiver((request) => {
			const id = request.headers.get("webhook-id") ?? "";
			if (seen.has(id)) return new Response("ok", { status: 200 });
			seen.add(id);
			return new Response("busy", { status: 503, headers: { "Retry-After": "0" } });
		});
		const { hook, ids } = await slowEndpoint(url, 3);
		const failing = receiver(() => new Response("broken", { status: 500 }));
		const last = await slowEndpoint(failing, 1, { attempts: 7, finalAttempt: 8 });
		const { acked } = await slowBatch([...ids, ...last.ids]);
		expect(acked).toHaveLength(4);
		// The second attempts come from the real slow-lane queue and consumer, through the senders again.
		await vi.waitFor(
			async () => {
				for (const id of ids) expect((await deliveryRow(id))?.state).toBe("succeeded");
			},
			{ timeout: 10_000, interval: 50 },
		);
		await untilNoneInFlight(hook.id);
		for (const id of ids) {
			expect(await deliveryRow(id)).toMatchObject({ attempts: 2, last_status_code: 200, claim: null });
			const attempts = await attemptRows(id);
			expect(attempts.map((a) => [a.number, a.status_code, a.error, a.response])).toEqual([
				[1, 503, "The receiver answered 503.", "busy"],
				[2, 200, null, "ok"],
			]);
			for (const a of attempts) expect(a.duration_ms).toBeGreaterThanOrEqual(0);
		}
		await untilNoneInFlight(last.hook.id);
		const [failed] = last.ids;
		expect(await deliveryRow(failed as string)).toMatchObject({
			state: "failed",
			attempts: 8,
			next_attempt_at: null,
		});
		const notes = (await notificationRows(project)).filter((n) => n.subject === failed);
		expect(notes.map((n) => n.type)).toEqual(["webhook.delivery_failed"]);
	});

	it("lose their attempts with the object, and the cron sweep takes them over with the same webhook-id", {
		timeout: 30_000,
	}, async () => {
		let hang = true;
		const stuck = holdingReceiver(() => hang);
		const { hook, ids } = await slowEndpoint(stuck.url, 2);
		await slowBatch(ids);
		await vi.waitFor(() => expect(stuck.hanging()).toBe(2), { timeout: 10_000, interval: 20 });
		// The senders die mid-attempt (as in a crash): nothing records an outcome.
		await abortAllDurableObjects();
		for (const id of ids) expect(await deliveryRow(id)).toMatchObject({ state: "pending", attempts: 1 });
		// A minute later (the claims backdated past STALE_ATTEMPT_MS), the cron sweep finds them.
		const claimedLongAgo = new Date(Date.now() - STALE_ATTEMPT_MS - 1000).toISOString();
		await env.DB.prepare("UPDATE webhook_deliveries SET in_flight_since = ? WHERE endpoint_id = ?")
			.bind(claimedLongAgo, hook.id)
			.run();
		hang = false;
		const swept = await sweepDeliveries(createDb(env.DB));
		expect(swept).toEqual(expect.arrayContaining(ids));
		await slowBatch(ids);
		await untilNoneInFlight(hook.id);
		for (const id of ids) {
			expect(await deliveryRow(id)).toMatchObject({ state: "succeeded", attempts: 2 });
			expect((await attemptRows(id)).map((a) => [a.number, a.status_code, a.error])).toEqual([
				[1, null, "Interrupted: the consumer stopped before recording an outcome."],
				[2, 200, null],
			]);
			expect(requestsTo(stuck.url).filter((r) => r.headers["webhook-id"] === id)).toHaveLength(2);
		}
		stuck.release();
	});
});

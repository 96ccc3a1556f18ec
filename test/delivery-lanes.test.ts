import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { createProject, recordingBatch } from "./helpers";
import {
	attemptRows,
	createWebhook,
	deliveryMessage,
	deliveryRow,
	endpointRow,
	mockOutboundFetch,
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

describe("lanes: a hanging receiver beside a healthy one", () => {
	it("delivers the healthy endpoint's batch without waiting for the hanging one, which moves to the slow lane", {
		timeout: 20_000,
	}, async () => {
		const healthy = receiver(() => new Response(null, { status: 200 }));
		// Hangs until the test lets go (or the attempt is cut off); answers 200 from then on.
		let hanging = true;
		const slow = receiver((_request, init) =>
			hanging
				? new Promise((_, reject) =>
						init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
					)
				: new Response(null, { status: 200 }),
		);
		const good = await createWebhook(project, healthy);
		const bad = await createWebhook(project, slow);
		const goodIds: string[] = [];
		const badIds: string[] = [];
		for (let i = 0; i < 8; i++) {
			badIds.push((await seedDelivery(project, bad.id)).deliveryId);
			goodIds.push((await seedDelivery(project, good.id)).deliveryId);
		}
		const messages = goodIds.flatMap((id, i) => [deliveryMessage(badIds[i] as string), deliveryMessage(id)]);
		const { batch, acked, retried } = recordingBatch("folio-deliveries", messages);
		// The full 15 s timeout; only the main lane's cut-off (shortened here) ends the hanging requests.
		await consumeDeliveries(batch, env, { cutOffMs: 50 });

		for (const id of goodIds)
			expect(await deliveryRow(id)).toMatchObject({ state: "succeeded", attempts: 1 });
		expect(requestsTo(healthy)).toHaveLength(8);
		// The hanging endpoint's requests were cut off together, at most six (the connection limit);
		// its deliveries not yet started then went to the slow lane without an attempt.
		const cutOff = requestsTo(slow).length;
		expect(cutOff).toBeGreaterThanOrEqual(1);
		expect(cutOff).toBeLessThanOrEqual(6);
		expect(Date.parse((await endpointRow(bad.id))?.slow_until)).toBeGreaterThan(Date.now());
		expect((await endpointRow(good.id))?.slow_until).toBeNull();
		const attempted = [];
		for (const id of badIds) {
			const row = await deliveryRow(id);
			expect(row).toMatchObject({ state: "pending", claim: null, in_flight_since: null });
			if (row?.attempts === 1) {
				attempted.push(id);
				// A cut-off attempt is logged, and does not use up a step of the schedule.
				expect(row.final_attempt).toBe(9);
				expect((await attemptRows(id))[0]?.error).toMatch(/moved to the slow lane/);
			} else {
				expect(row).toMatchObject({ attempts: 0, final_attempt: 8 });
				expect(await attemptRows(id)).toEqual([]);
			}
		}
		expect(attempted).toHaveLength(cutOff);
		// Every message is settled: none waits in the main lane for the hanging endpoint.
		expect(retried).toEqual([]);
		expect(acked).toHaveLength(16);

		// The slow lane (its own queue and consumer, running here) delivers the rest.
		hanging = false;
		await vi.waitFor(
			async () => {
				for (const id of badIds) expect((await deliveryRow(id))?.state).toBe("succeeded");
			},
			{ timeout: 10_000, interval: 100 },
		);
	});

	it("hands a slow endpoint's deliveries from the main lane to the slow lane without attempting them", {
		timeout: 20_000,
	}, async () => {
		const url = receiver(() => new Response(null, { status: 200 }));
		const hook = await createWebhook(project, url);
		await env.DB.prepare("UPDATE webhook_endpoints SET slow_until = ? WHERE id = ?")
			.bind(new Date(Date.now() + 60_000).toISOString(), hook.id)
			.run();
		const { deliveryId } = await seedDelivery(project, hook.id);
		const { batch, acked } = recordingBatch("folio-deliveries", [deliveryMessage(deliveryId)]);
		await consumeDeliveries(batch, env);
		expect(acked).toEqual([`m-${deliveryId}`]);
		expect(await deliveryRow(deliveryId)).toMatchObject({ state: "pending", attempts: 0 });
		await vi.waitFor(async () => expect((await deliveryRow(deliveryId))?.state).toBe("succeeded"), {
			timeout: 15000,
			interval: 100,
		});
		expect(requestsTo(url)).toHaveLength(1);
	});
});

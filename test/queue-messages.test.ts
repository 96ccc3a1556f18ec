import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { enqueue, eventMessages, relayMessages } from "../src/queues/producer";
import { recordingBatch } from "./helpers";

/** Bodies no consumer should act on: another version, a wrong type, another queue's kind, junk. */
const MALFORMED: Record<string, unknown[]> = {
	"folio-jobs": [
		{ v: 2, kind: "event", event_id: "evt_x" },
		{ v: 1, kind: "event", event_id: 7 },
		{ v: 1, kind: "relay", ids: [1, 2] },
		{ v: 1, kind: "delivery", delivery_id: "msg_x" },
		"event",
	],
	"folio-builds": [
		{ v: 1, kind: "snapshot" },
		{ v: 1, kind: "export", export_id: null },
		{ v: 1, kind: "event", event_id: "evt_x" },
		null,
	],
	"folio-deliveries": [
		{ v: 1, kind: "delivery", delivery_id: ["msg_x"] },
		{ v: 1, kind: "relay", ids: "msg_x" },
		{ v: 1, kind: "export", export_id: "exp_x" },
	],
	"folio-deliveries-slow": [{ kind: "delivery", delivery_id: "msg_x" }],
};

/** A queue that records its batches. */
function recordingQueue() {
	const batches: { body: unknown }[][] = [];
	const queue = {
		sendBatch: async (messages: { body: unknown }[]) => void batches.push([...messages]),
	} as unknown as Queue;
	return { batches, queue };
}

describe("queue messages", () => {
	for (const [queue, bodies] of Object.entries(MALFORMED)) {
		it(`${queue}: a malformed message is acked and logged, never retried`, async () => {
			const errors = vi.spyOn(console, "error").mockImplementation(() => {});
			const messages = bodies.map((body, i) => ({ id: `m${i}`, attempts: 1, body }));
			const { batch, acked, retried } = recordingBatch(queue, messages);
			await worker.queue(batch, env, createExecutionContext());
			expect(retried).toEqual([]);
			expect(acked.sort()).toEqual(messages.map((m) => m.id).sort());
			const dropped = errors.mock.calls
				.map((args) => JSON.parse(String(args[0])))
				.filter((line) => / message dropped$/.test(line.msg));
			expect(dropped.map((line) => line.id).sort()).toEqual(messages.map((m) => m.id).sort());
			errors.mockRestore();
		});
	}

	it("the producer refuses a message its queue does not carry, before sending anything", async () => {
		const { batches, queue } = recordingQueue();
		const wrong = [...eventMessages(["evt_a"]), { v: 1, kind: "snapshot", snapshot_id: "s" }];
		// @ts-expect-error: the jobs queue carries no snapshot builds, and the type says so too.
		await expect(enqueue({ JOBS: queue }, "JOBS", wrong)).rejects.toThrow();
		expect(batches).toEqual([]);
	});

	it("the producer sends at most 100 messages per batch, and relays 100 ids per message", async () => {
		const { batches, queue } = recordingQueue();
		const ids = Array.from({ length: 250 }, (_, i) => `evt_${i}`);
		await enqueue({ JOBS: queue }, "JOBS", eventMessages(ids));
		expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
		expect(batches.flat().map((m) => (m.body as { event_id: string }).event_id)).toEqual(ids);

		const swept = Array.from({ length: 12_345 }, (_, i) => `evt_6b0f50ae${String(i).padStart(16, "0")}`);
		const relays = recordingQueue();
		await enqueue({ DELIVERIES: relays.queue }, "DELIVERIES", relayMessages(swept));
		const sent = relays.batches.flat().map((m) => m.body as { kind: string; ids: string[] });
		expect(sent.every((m) => m.kind === "relay" && m.ids.length <= 100)).toBe(true);
		expect(sent.flatMap((m) => m.ids)).toEqual(swept);
		// Each batch stays inside a queue's 256 KB sendBatch limit.
		for (const b of relays.batches) expect(JSON.stringify(b.map((m) => m.body)).length).toBeLessThan(256_000);
	});
});

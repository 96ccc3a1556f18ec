import {
	createExecutionContext,
	createMessageBatch,
	createScheduledController,
	getQueueResult,
	waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../src/db/client";
import worker from "../src/index";
import { relayEvents, SWEEP_AFTER_MS } from "../src/modules/events/outbox";
import { call, createProject } from "./helpers";

let project: string;

async function commit(slug: string) {
	const res = await call("PUT", `/api/v1/admin/projects/${project}/entities/${slug}`, {
		body: { schema: "note", data: { text: slug }, mode: "commit", message: "m" },
	});
	expect(res.status).toBe(201);
	const row = await env.DB.prepare(
		"SELECT id, relayed_at FROM outbox_events WHERE json_extract(payload, '$.data.entity.slug') = ?",
	)
		.bind(slug)
		.first<{ id: string; relayed_at: string | null }>();
	return row as { id: string; relayed_at: string | null };
}

const relayedAt = async (id: string) =>
	(
		await env.DB.prepare("SELECT relayed_at FROM outbox_events WHERE id = ?")
			.bind(id)
			.first<{ relayed_at: string | null }>()
	)?.relayed_at;

beforeAll(async () => {
	project = await createProject();
	await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		body: { json_schema: { type: "object" } },
	});
});

describe("outbox", () => {
	it("writes the event row in the same batch as the commit and relays it after the response", async () => {
		const { id } = await commit("relayed");
		await vi.waitFor(async () => expect(await relayedAt(id)).toEqual(expect.any(String)), { timeout: 5000 });
	});

	it("leaves an event pending when the relay fails, and the cron sweep re-sends it after a minute", async () => {
		const { id } = await commit("swept");
		const db = createDb(env.DB);
		await env.DB.prepare("UPDATE outbox_events SET relayed_at = NULL WHERE id = ?").bind(id).run();
		const broken = { sendBatch: async () => Promise.reject(new Error("queue down")) } as unknown as Queue;
		vi.spyOn(console, "error").mockImplementation(() => {});
		await relayEvents(db, broken, [id]);
		expect(await relayedAt(id)).toBeNull();
		const row = await env.DB.prepare("SELECT relay_attempts FROM outbox_events WHERE id = ?")
			.bind(id)
			.first();
		expect(row?.relay_attempts).toBe(1);

		// Too fresh for the sweep: it waits a minute so it does not race the first relay.
		const ctx = createExecutionContext();
		await worker.scheduled(createScheduledController(), env, ctx);
		await waitOnExecutionContext(ctx);
		expect(await relayedAt(id)).toBeNull();

		await env.DB.prepare("UPDATE outbox_events SET created_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - SWEEP_AFTER_MS - 1000).toISOString(), id)
			.run();
		const later = createExecutionContext();
		await worker.scheduled(createScheduledController(), env, later);
		await waitOnExecutionContext(later);
		expect(await relayedAt(id)).toEqual(expect.any(String));
	});

	it("handles an event once however often the queue delivers it", async () => {
		const { id } = await commit("twice");
		const message = {
			id: "m1",
			timestamp: new Date(),
			attempts: 1,
			body: { v: 1, kind: "event", event_id: id },
		};
		for (const attempt of [1, 2]) {
			const batch = createMessageBatch("folio-jobs", [{ ...message, attempts: attempt }]);
			const ctx = createExecutionContext();
			await worker.queue(batch, env, ctx);
			const result = await getQueueResult(batch, ctx);
			expect(result.explicitAcks).toEqual(["m1"]);
		}
		const receipts = await env.DB.prepare("SELECT count(*) AS n FROM event_receipts WHERE event_id = ?")
			.bind(id)
			.first();
		expect(receipts?.n).toBe(1);
	});

	it("acks and logs a message it does not understand rather than retrying it forever", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		const batch = createMessageBatch("folio-jobs", [
			{ id: "junk", timestamp: new Date(), attempts: 1, body: { v: 9 } },
		]);
		const ctx = createExecutionContext();
		await worker.queue(batch, env, ctx);
		expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["junk"]);
	});
});

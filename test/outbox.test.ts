import {
	createExecutionContext,
	createMessageBatch,
	createScheduledController,
	getQueueResult,
	waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { SWEEP_AFTER_MS } from "../src/modules/events/outbox";
import { dispatch } from "../src/queues/effects";
import { call, createProject } from "./helpers";

let project: string;

/** Commits an entity through the API and returns the id of its outbox event. */
async function commit(slug: string) {
	const res = await call("PUT", `/api/v1/admin/projects/${project}/entities/${slug}`, {
		body: { schema: "note", data: { text: slug }, mode: "commit", message: "m" },
	});
	expect(res.status).toBe(201);
	const row = await env.DB.prepare(
		"SELECT id FROM outbox_events WHERE json_extract(payload, '$.data.entity.slug') = ?",
	)
		.bind(slug)
		.first<{ id: string }>();
	return row?.id as string;
}

const eventRow = (id: string) =>
	env.DB.prepare("SELECT handled_at, resent_at, resends FROM outbox_events WHERE id = ?")
		.bind(id)
		.first<{ handled_at: string | null; resent_at: string | null; resends: number }>();

async function runCron() {
	const ctx = createExecutionContext();
	await worker.scheduled(createScheduledController(), env, ctx);
	await waitOnExecutionContext(ctx);
}

beforeAll(async () => {
	project = await createProject();
	await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		body: { json_schema: { type: "object" } },
	});
});

describe("outbox", () => {
	it("relays the commit's event after the response and the real queue consumer handles it", async () => {
		const id = await commit("relayed");
		await vi.waitFor(async () => expect((await eventRow(id))?.handled_at).toEqual(expect.any(String)), {
			timeout: 8000,
			interval: 100,
		});
	});

	it("keeps an event whose relay failed, and the cron sweep re-sends it once a minute has passed", async () => {
		const id = await commit("swept");
		// Simulate the first relay having failed: the event was never handled.
		await env.DB.prepare("UPDATE outbox_events SET handled_at = NULL WHERE id = ?").bind(id).run();
		const broken = { sendBatch: () => Promise.reject(new Error("queue down")) } as unknown as Queue;
		vi.spyOn(console, "error").mockImplementation(() => {});
		await dispatch({ JOBS: broken }, [{ kind: "relay-events", ids: [id] }]);
		expect(await eventRow(id)).toMatchObject({ handled_at: null, resends: 0 });

		await runCron(); // too fresh: the sweep leaves the first relay its minute
		expect(await eventRow(id)).toMatchObject({ resent_at: null, resends: 0 });

		const old = new Date(Date.now() - SWEEP_AFTER_MS - 1000).toISOString();
		await env.DB.prepare("UPDATE outbox_events SET created_at = ? WHERE id = ?").bind(old, id).run();
		await runCron();
		expect(await eventRow(id)).toMatchObject({ resent_at: expect.any(String), resends: 1 });
		await vi.waitFor(async () => expect((await eventRow(id))?.handled_at).toEqual(expect.any(String)), {
			timeout: 8000,
			interval: 100,
		});
	});

	it("handles an event once however often the queue delivers it", async () => {
		const id = await commit("twice");
		await vi.waitFor(async () => expect((await eventRow(id))?.handled_at).toEqual(expect.any(String)), {
			timeout: 8000,
		});
		const first = (await eventRow(id))?.handled_at;
		const logs = vi.spyOn(console, "log").mockImplementation(() => {});
		const batch = createMessageBatch("folio-jobs", [
			{ id: "m1", timestamp: new Date(), attempts: 2, body: { v: 1, kind: "event", event_id: id } },
		]);
		const ctx = createExecutionContext();
		await worker.queue(batch, env, ctx);
		expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["m1"]);
		expect((await eventRow(id))?.handled_at).toBe(first);
		const lines = logs.mock.calls.map((args) => JSON.parse(String(args[0])));
		expect(lines).toContainEqual(
			expect.objectContaining({ msg: "events handled", received: 1, first_time: 0 }),
		);
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

import {
	createExecutionContext,
	createScheduledController,
	runDurableObjectAlarm,
	runInDurableObject,
	waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { Sha256 } from "../src/lib/sha256";
import { STALLED_BUILD_MS } from "../src/modules/snapshots/snapshot-build";
import { DELIVERY_SWEEP_AFTER_MS } from "../src/modules/webhooks/deliveries.service";
import { call, createProject } from "./helpers";
import { createWebhook, mockOutboundFetch, receiver, requestsTo, seedDelivery } from "./webhook-helpers";

/** More than the old sweeps' 500 per cron run, and more than one sweep page's sendBatch. */
const LOST = 1_200;
const SERIES = `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${LOST - 1})`;

beforeAll(() => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
});

async function cron(withEnv: Env = env) {
	const ctx = createExecutionContext();
	await worker.scheduled(createScheduledController(), withEnv, ctx);
	await waitOnExecutionContext(ctx);
}

const count = async (sql: string, ...params: unknown[]) =>
	(
		await env.DB.prepare(sql)
			.bind(...params)
			.first<{ n: number }>()
	)?.n;

describe("recovery after a crash: one cron run re-queues every lost message", () => {
	it("re-sends 1,200 deliveries whose messages were lost, and each is attempted once", {
		timeout: 60_000,
	}, async () => {
		const project = await createProject();
		const url = receiver(() => new Response(null, { status: 200 }));
		const hook = await createWebhook(project, url);
		const due = new Date(Date.now() - 5 * 60_000).toISOString();
		await env.DB.batch([
			env.DB.prepare(
				`${SERIES} INSERT INTO outbox_events (id, project_id, type, payload, created_at, handled_at)
				SELECT 'evt_lost' || n, ?1, 'webhook.test', json_object('id', 'evt_lost' || n), ?2, ?2 FROM s`,
			).bind(project, due),
			env.DB.prepare(
				`${SERIES} INSERT INTO webhook_deliveries (id, project_id, endpoint_id, event_id, event_type, state,
					attempts, final_attempt, next_attempt_at, created_at, updated_at)
				SELECT 'msg_lost' || n, ?1, ?2, 'evt_lost' || n, 'webhook.test', 'pending', 0, 8, ?3, ?3, ?3 FROM s`,
			).bind(project, hook.id, due),
		]);
		await cron();
		await vi.waitFor(
			async () =>
				expect(
					await count(
						"SELECT count(*) AS n FROM webhook_deliveries WHERE endpoint_id = ? AND state = 'succeeded'",
						hook.id,
					),
				).toBe(LOST),
			{ timeout: 50_000, interval: 250 },
		);
		expect(new Set(requestsTo(url).map((r) => r.headers["webhook-id"])).size).toBe(LOST);
		expect(await count("SELECT count(*) AS n FROM webhook_attempts WHERE delivery_id LIKE 'msg_lost%'")).toBe(
			LOST,
		);
	});

	it("re-sends 1,200 outbox events whose messages were lost, and each is handled", {
		timeout: 60_000,
	}, async () => {
		const project = await createProject();
		const written = new Date(Date.now() - 5 * 60_000).toISOString();
		await env.DB.prepare(
			`${SERIES} INSERT INTO outbox_events (id, project_id, type, payload, created_at)
			SELECT 'evt_unsent' || n, ?1, 'entity.committed', '{}', ?2 FROM s`,
		)
			.bind(project, written)
			.run();
		await cron();
		await vi.waitFor(
			async () =>
				expect(
					await count(
						"SELECT count(*) AS n FROM outbox_events WHERE project_id = ? AND handled_at IS NOT NULL",
						project,
					),
				).toBe(LOST),
			{ timeout: 50_000, interval: 250 },
		);
	});

	it("re-sends a snapshot build whose message was lost while building, and it publishes", {
		timeout: 30_000,
	}, async () => {
		const project = await createProject();
		const admin = `/api/v1/admin/projects/${project}`;
		await call("PUT", `${admin}/schemas/note`, { body: { json_schema: { type: "object" } } });
		for (const slug of ["a", "b", "c", "d"]) {
			const res = await call("PUT", `${admin}/entities/${slug}`, {
				body: { schema: "note", data: { slug }, mode: "commit", message: "m" },
			});
			expect(res.status).toBe(201);
		}
		// A build that started, then lost its consumer and its message: no queue will bring it back.
		const id = "snap_0badc0deAAAAAAAAAAAAAAAA";
		const stalled = new Date(Date.now() - STALLED_BUILD_MS - 60_000).toISOString();
		await env.DB.prepare(
			`INSERT INTO snapshots (id, project_id, status, requested_by, requested_at, started_at, progress_at,
				watermark, cursor, entity_count, hash_state)
			VALUES (?1, ?2, 'building', 'root', ?3, ?3, ?3, (SELECT max(seq) FROM entity_revisions), '', 0, ?4)`,
		)
			.bind(id, project, stalled, new Sha256().save())
			.run();
		await cron();
		await vi.waitFor(
			async () =>
				expect((await call("GET", `${admin}/snapshots/${id}`)).json).toMatchObject({
					status: "published",
					entity_count: 4,
				}),
			{ timeout: 20_000, interval: 100 },
		);
	});
});

describe("recovery between crons: the Recovery object sweeps every few seconds", () => {
	const recovery = () => env.RECOVERY.get(env.RECOVERY.idFromName("recovery"));
	const alarmOf = () => runInDurableObject(recovery(), (_instance, state) => state.storage.getAlarm());

	it("the cron arms it with FOLIO_RECOVERY_INTERVAL, and 0 disarms it", async () => {
		const before = Date.now();
		await cron({ ...env, FOLIO_RECOVERY_INTERVAL: "15" });
		const due = await alarmOf();
		expect(due).toBeGreaterThanOrEqual(before + 15_000);
		expect(due).toBeLessThanOrEqual(Date.now() + 15_000);
		await cron({ ...env, FOLIO_RECOVERY_INTERVAL: "0" });
		expect(await alarmOf()).toBeNull();
	});

	it("its alarm re-sends deliveries lost 30 s ago, not those due sooner, and sets the next run", {
		timeout: 30_000,
	}, async () => {
		const project = await createProject();
		const url = receiver(() => new Response(null, { status: 200 }));
		const hook = await createWebhook(project, url);
		const lost = new Date(Date.now() - DELIVERY_SWEEP_AFTER_MS - 1_000).toISOString();
		// Due a moment ago: its message may still be on its way, so it is not the sweep's yet.
		const late = new Date(Date.now() - 5_000).toISOString();
		const lost1 = await seedDelivery(project, hook.id, { nextAttemptAt: lost });
		const lost2 = await seedDelivery(project, hook.id, { nextAttemptAt: lost });
		const pending = await seedDelivery(project, hook.id, { nextAttemptAt: late });
		await recovery().arm(15_000);
		expect(await runDurableObjectAlarm(recovery())).toBe(true);
		const stateOf = async (id: string) =>
			(
				await env.DB.prepare("SELECT state FROM webhook_deliveries WHERE id = ?")
					.bind(id)
					.first<{ state: string }>()
			)?.state;
		await vi.waitFor(
			async () => {
				expect(await stateOf(lost1.deliveryId)).toBe("succeeded");
				expect(await stateOf(lost2.deliveryId)).toBe("succeeded");
			},
			{ timeout: 20_000, interval: 100 },
		);
		expect(await stateOf(pending.deliveryId)).toBe("pending");
		expect(
			requestsTo(url)
				.map((r) => r.headers["webhook-id"])
				.sort(),
		).toEqual([lost1.deliveryId, lost2.deliveryId].sort());
		// The run set the next one before sweeping, so the loop goes on without the cron.
		expect(await alarmOf()).toBeGreaterThan(Date.now());
		await recovery().arm(0);
		expect(await alarmOf()).toBeNull();
		expect(await runDurableObjectAlarm(recovery())).toBe(false);
	});
});

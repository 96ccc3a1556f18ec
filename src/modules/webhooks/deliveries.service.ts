import { and, eq, sql } from "drizzle-orm";
import { webhookAttempts, webhookDeliveries } from "../../db/schema";
import { ApiError, notFound } from "../../lib/errors";
import { nowIso, sqlId } from "../../lib/ids";
import { newestFirst, toPage } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";
import { STALE_ATTEMPT_MS } from "./delivery-store";
import { findWebhook } from "./endpoints.service";

type DeliveryRow = typeof webhookDeliveries.$inferSelect;
type AttemptRow = typeof webhookAttempts.$inferSelect;

/**
 * A pending delivery not attempted this long after it was due has lost its queue message. The
 * same in both lanes: the slow lane's consumer only hands attempts to the senders, so its queue
 * holds no backlog either. Short, because every second of it is added to each delivery a crash
 * interrupted; a message that is merely late becomes a duplicate, which its claim makes harmless,
 * and a row is re-sent at most once per this interval.
 */
export const DELIVERY_SWEEP_AFTER_MS = 30_000;
/** Rows per sweep statement, and per cron run: 20 statements, then 20 sends of 5,000 ids. */
const SWEEP_PAGE = 5_000;
const SWEEP_MAX = 100_000;

function deliveryResource(row: DeliveryRow, attempts: AttemptRow[]) {
	return {
		id: row.id,
		webhook: row.endpointId,
		event_id: row.eventId,
		event_type: row.eventType,
		state: row.state,
		attempts: attempts.map((a) => ({
			number: a.number,
			attempted_at: a.attemptedAt,
			status_code: a.statusCode,
			duration_ms: a.durationMs,
			error: a.error,
			response: a.response,
		})),
		next_attempt_at: row.state === "pending" ? row.nextAttemptAt : null,
		last_error: row.lastError,
		created_at: row.createdAt,
		updated_at: row.updatedAt,
	};
}

async function withAttempts(db: Db, rows: DeliveryRow[]) {
	if (rows.length === 0) return [];
	// One JSON array parameter: D1 binds at most 100 parameters per statement and a page holds 500.
	const ids = JSON.stringify(rows.map((r) => r.id));
	const attempts = await db
		.select()
		.from(webhookAttempts)
		.where(sql`${webhookAttempts.deliveryId} IN (SELECT value FROM json_each(${ids}))`)
		.orderBy(webhookAttempts.deliveryId, webhookAttempts.number);
	const byDelivery = new Map<string, AttemptRow[]>();
	for (const a of attempts) byDelivery.set(a.deliveryId, [...(byDelivery.get(a.deliveryId) ?? []), a]);
	return rows.map((row) => deliveryResource(row, byDelivery.get(row.id) ?? []));
}

export async function listDeliveries(
	db: Db,
	projectId: string,
	endpointId: string,
	query: { limit: number; cursor?: string; state?: DeliveryRow["state"] },
) {
	await findWebhook(db, projectId, endpointId);
	const order = newestFirst(webhookDeliveries.createdAt, webhookDeliveries.id, query.cursor);
	const rows = await db.query.webhookDeliveries.findMany({
		where: and(
			eq(webhookDeliveries.endpointId, endpointId),
			query.state ? eq(webhookDeliveries.state, query.state) : undefined,
			order.where,
		),
		orderBy: order.orderBy,
		limit: query.limit + 1,
	});
	const page = toPage(rows, query.limit, order.position);
	return { data: await withAttempts(db, page.data), next_cursor: page.next_cursor };
}

async function findDelivery(db: Db, projectId: string, deliveryId: string, endpointId?: string) {
	const row = await db.query.webhookDeliveries.findFirst({
		where: and(
			eq(webhookDeliveries.id, deliveryId),
			eq(webhookDeliveries.projectId, projectId),
			endpointId ? eq(webhookDeliveries.endpointId, endpointId) : undefined,
		),
	});
	if (!row) throw notFound(`Delivery ${deliveryId}`);
	return row;
}

export async function getDelivery(db: Db, projectId: string, deliveryId: string, endpointId?: string) {
	const row = await findDelivery(db, projectId, deliveryId, endpointId);
	return (await withAttempts(db, [row]))[0] as ReturnType<typeof deliveryResource>;
}

/**
 * Makes a delivery due now. A finished one (succeeded or failed) gets exactly one more attempt; a
 * pending one keeps its schedule, its next attempt merely brought forward. Same delivery id, so
 * the receiver sees the same `webhook-id`.
 */
export async function redeliver(db: Db, projectId: string, deliveryId: string, endpointId?: string) {
	const row = await findDelivery(db, projectId, deliveryId, endpointId);
	const endpoint = await findWebhook(db, projectId, row.endpointId);
	if (!endpoint.enabled) {
		throw new ApiError("webhook_disabled", "The webhook is disabled; enable it before redelivering.");
	}
	const now = Date.now();
	if (row.inFlightSince && Date.parse(row.inFlightSince) > now - STALE_ATTEMPT_MS) {
		throw new ApiError(
			"delivery_in_flight",
			"An attempt of this delivery is in progress; try again shortly.",
		);
	}
	// The events feed's retention purges old events; an attempt reads its body from the event.
	const event = await db.$client
		.prepare("SELECT 1 FROM outbox_events WHERE id = ?")
		.bind(row.eventId)
		.first();
	if (!event) {
		throw new ApiError("event_not_found", `Event ${row.eventId} of this delivery is past retention.`);
	}
	const at = new Date(now).toISOString();
	const finalAttempt = row.state === "pending" ? row.finalAttempt : row.attempts + 1;
	await db
		.update(webhookDeliveries)
		.set({ state: "pending", finalAttempt, nextAttemptAt: at, updatedAt: at })
		.where(and(eq(webhookDeliveries.id, row.id), eq(webhookDeliveries.attempts, row.attempts)));
	// If the attempt's message is lost, the recovery sweep re-sends it within a minute (recover-lost.ts).
	const effects: Effect[] = [{ kind: "attempt-deliveries", ids: [row.id] }];
	return { delivery: await getDelivery(db, projectId, deliveryId), effects };
}

/**
 * Recovery (recover-lost.ts): pending deliveries whose message was lost (due DELIVERY_SWEEP_AFTER_MS
 * ago and not attempted, or in flight a minute with a consumer or sender that died) are made due
 * now and returned for re-sending, however many there are: pages of SWEEP_PAGE rows (one
 * statement each) up to SWEEP_MAX per run. A message that was merely late becomes a duplicate,
 * which the claim makes harmless.
 */
export async function sweepDeliveries(db: Db, at = Date.now()): Promise<string[]> {
	const d1 = db.$client;
	const now = new Date(at).toISOString();
	const lost = new Date(at - DELIVERY_SWEEP_AFTER_MS).toISOString();
	const stale = new Date(at - STALE_ATTEMPT_MS).toISOString();
	const ids: string[] = [];
	// Each page's rows get next_attempt_at = now, so the next page's query no longer sees them.
	while (ids.length < SWEEP_MAX) {
		const { results } = await d1
			.prepare(
				`UPDATE webhook_deliveries SET next_attempt_at = ?1
				WHERE id IN (SELECT d.id FROM webhook_deliveries d WHERE d.state = 'pending'
					AND ((d.in_flight_since IS NULL AND d.next_attempt_at < ?2) OR d.in_flight_since < ?3)
					LIMIT ${SWEEP_PAGE})
				RETURNING id`,
			)
			.bind(now, lost, stale)
			.all<{ id: string }>();
		ids.push(...results.map((r) => r.id));
		if (results.length < SWEEP_PAGE) break;
	}
	return ids;
}

/**
 * What a dead-lettered message leaves: the delivery failed, with its notification (once), unless
 * an attempt of it is in flight right now (a duplicate message's consumer owns the outcome).
 */
export async function failDelivery(db: Db, deliveryId: string, reason: string) {
	const d1 = db.$client;
	const now = nowIso();
	const stale = new Date(Date.now() - STALE_ATTEMPT_MS).toISOString();
	const free = "(in_flight_since IS NULL OR in_flight_since < ?4)";
	await d1.batch([
		d1
			.prepare(
				`INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
				SELECT ${sqlId("ntf")}, project_id, 'webhook.delivery_failed', id,
					json_object('webhook', endpoint_id, 'event_id', event_id, 'event_type', event_type,
						'attempts', attempts, 'last_status_code', last_status_code, 'last_error', ?2), ?3
				FROM webhook_deliveries WHERE id = ?1 AND state = 'pending' AND ${free}`,
			)
			.bind(deliveryId, reason, now, stale),
		d1
			.prepare(
				`UPDATE webhook_deliveries SET state = 'failed', next_attempt_at = NULL, in_flight_since = NULL,
					claim = NULL, last_error = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'pending' AND ${free}`,
			)
			.bind(deliveryId, reason, now, stale),
	]);
}

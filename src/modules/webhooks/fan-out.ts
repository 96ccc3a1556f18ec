import { nowIso, sqlId } from "../../lib/ids";
import type { Db } from "../../lib/types";
import { eventVisibleSql } from "../events/event-visibility";
import { SUBSCRIBABLE_EVENTS } from "./webhooks.schemas";

const TYPES = SUBSCRIBABLE_EVENTS.map((t) => `'${t}'`).join(", ");

/**
 * Claims a queue batch of outbox events and, in the same D1 transaction, creates one delivery per
 * (event, enabled endpoint subscribed to its type; an endpoint a schema-limited key created gets
 * only entity events of its schemas, see event-visibility.ts). An event already claimed creates nothing, so
 * a redelivered message never fans out twice, and a crash cannot leave an event claimed without
 * its deliveries. Returns the new deliveries' ids and how many events were claimed.
 */
export async function fanOutEvents(db: Db, eventIds: string[], finalAttempt: number) {
	const d1 = db.$client;
	const ids = JSON.stringify(eventIds);
	const now = nowIso();
	const [deliveries, claimed] = await d1.batch<{ id: string; project_id: string }>([
		d1
			.prepare(
				`INSERT OR IGNORE INTO webhook_deliveries (id, project_id, endpoint_id, event_id, event_type, state,
					attempts, final_attempt, next_attempt_at, created_at, updated_at)
				SELECT ${sqlId("msg")}, e.project_id, w.id, e.id, e.type, 'pending', 0, ?2, ?3, ?3, ?3
				FROM outbox_events e JOIN webhook_endpoints w ON w.project_id = e.project_id AND w.enabled = 1
				WHERE e.id IN (SELECT value FROM json_each(?1)) AND e.handled_at IS NULL AND e.type IN (${TYPES})
					AND EXISTS (SELECT 1 FROM json_each(w.events) WHERE value IN ('*', e.type))
					AND ${eventVisibleSql("e", "w.schemas")}
				RETURNING id`,
			)
			.bind(ids, finalAttempt, now),
		d1
			.prepare(
				`UPDATE outbox_events SET handled_at = ?2
				WHERE id IN (SELECT value FROM json_each(?1)) AND handled_at IS NULL RETURNING project_id`,
			)
			.bind(ids, now),
	]);
	return {
		deliveryIds: (deliveries?.results ?? []).map((r) => r.id),
		claimed: claimed?.results.length ?? 0,
		/** The projects of the events claimed now, whose long polls the consumer wakes. */
		projects: [...new Set((claimed?.results ?? []).map((r) => r.project_id))],
	};
}

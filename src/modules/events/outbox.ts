import { and, isNull, lt, type SQL, sql } from "drizzle-orm";
import { outboxEvents } from "../../db/schema";
import { nowIso } from "../../lib/ids";
import type { Db } from "../../lib/types";
import type { JobMessage } from "../../queues/messages";

/** An event unhandled this long after its last send is the sweep's to send again. */
export const SWEEP_AFTER_MS = 60_000;
const SWEEP_LIMIT = 500;
const QUEUE_BATCH = 100;

/** D1 binds at most 100 parameters, so id lists travel as one JSON array. */
const idIn = (ids: string[]): SQL =>
	sql`${outboxEvents.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

async function send(queue: Queue, ids: string[]) {
	for (let i = 0; i < ids.length; i += QUEUE_BATCH) {
		const body = ids
			.slice(i, i + QUEUE_BATCH)
			.map((id) => ({ body: { v: 1, kind: "event", event_id: id } satisfies JobMessage }));
		await queue.sendBatch(body);
	}
}

/**
 * After a write: sends the new events' ids to the jobs queue. Writes nothing to D1, so a commit
 * costs no extra round trip; if the send fails the events stay unhandled and the sweep sends them.
 */
export async function relayEvents(queue: Queue, eventIds: string[]) {
	try {
		await send(queue, eventIds);
	} catch (error) {
		console.error(
			JSON.stringify({
				level: "error",
				msg: "outbox relay failed",
				events: eventIds.length,
				error: String(error),
			}),
		);
	}
}

/** Cron: re-sends events still unhandled a minute after they were written or last re-sent. */
export async function sweepOutbox(db: Db, queue: Queue) {
	const cutoff = new Date(Date.now() - SWEEP_AFTER_MS).toISOString();
	const pending = await db
		.select({ id: outboxEvents.id })
		.from(outboxEvents)
		.where(
			and(
				isNull(outboxEvents.handledAt),
				lt(sql`coalesce(${outboxEvents.resentAt}, ${outboxEvents.createdAt})`, cutoff),
			),
		)
		.orderBy(outboxEvents.createdAt)
		.limit(SWEEP_LIMIT);
	const ids = pending.map((p) => p.id);
	if (ids.length === 0) return 0;
	await send(queue, ids);
	await db
		.update(outboxEvents)
		.set({ resentAt: nowIso(), resends: sql`${outboxEvents.resends} + 1` })
		.where(idIn(ids));
	return ids.length;
}

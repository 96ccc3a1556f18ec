import { and, eq, isNull, lt, type SQL, sql } from "drizzle-orm";
import { eventReceipts, outboxEvents } from "../../db/schema";
import { nowIso } from "../../lib/ids";
import type { Db } from "../../lib/types";
import type { JobMessage } from "../../queues/messages";

/** Events older than this and still unrelayed are the sweep's to send. */
export const SWEEP_AFTER_MS = 60_000;
const SWEEP_LIMIT = 500;
const QUEUE_BATCH = 100;

/**
 * Sends events to the jobs queue, then marks them relayed. A crash between the two sends them
 * again later, which consumers absorb by event id; a failure before the send leaves them pending
 * for the sweep.
 */
export async function relayEvents(db: Db, queue: Queue, eventIds: string[]) {
	for (let i = 0; i < eventIds.length; i += QUEUE_BATCH) {
		const ids = eventIds.slice(i, i + QUEUE_BATCH);
		try {
			await queue.sendBatch(
				ids.map((id) => ({ body: { v: 1, kind: "event", event_id: id } satisfies JobMessage })),
			);
			await db.update(outboxEvents).set({ relayedAt: nowIso() }).where(idIn(ids));
		} catch (error) {
			console.error(
				JSON.stringify({
					level: "error",
					msg: "outbox relay failed",
					events: ids.length,
					error: String(error),
				}),
			);
			await db
				.update(outboxEvents)
				.set({ relayAttempts: sql`${outboxEvents.relayAttempts} + 1` })
				.where(idIn(ids))
				.catch(() => undefined);
		}
	}
}

/** D1 binds at most 100 parameters, so id lists travel as one JSON array. */
const idIn = (ids: string[]): SQL =>
	sql`${outboxEvents.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** Cron: re-sends events still pending a minute after they were written. */
export async function sweepOutbox(db: Db, queue: Queue) {
	const cutoff = new Date(Date.now() - SWEEP_AFTER_MS).toISOString();
	const pending = await db
		.select({ id: outboxEvents.id })
		.from(outboxEvents)
		.where(and(isNull(outboxEvents.relayedAt), lt(outboxEvents.createdAt, cutoff)))
		.orderBy(outboxEvents.createdAt)
		.limit(SWEEP_LIMIT);
	await relayEvents(
		db,
		queue,
		pending.map((p) => p.id),
	);
	return pending.length;
}

/**
 * Records that an event was handled. Returns false when it already was, so a consumer does its
 * work at most once per event id however often the queue delivers it.
 */
export async function claimEvent(db: Db, eventId: string): Promise<boolean> {
	const inserted = await db
		.insert(eventReceipts)
		.values({ eventId, handledAt: nowIso() })
		.onConflictDoNothing()
		.returning({ id: eventReceipts.eventId });
	return inserted.length > 0;
}

export async function loadEvent(db: Db, eventId: string) {
	return (await db.select().from(outboxEvents).where(eq(outboxEvents.id, eventId)).limit(1))[0] ?? null;
}

import type { Db } from "../../lib/types";
import { enqueue, relayMessages } from "../../queues/producer";

/** An event unhandled this long after its last send is the sweep's to send again. */
export const SWEEP_AFTER_MS = 60_000;
const SWEEP_PAGE = 5_000;
const SWEEP_MAX = 100_000;

/**
 * Cron: re-sends events still unhandled a minute after they were written or last re-sent, however
 * many there are: pages of SWEEP_PAGE marked re-sent by one statement each (up to SWEEP_MAX a run),
 * then relay messages of 100 ids that the jobs consumer turns back into one message per event.
 * If the send fails, the events are found again a minute later.
 */
export async function sweepOutbox(db: Db, queues: { JOBS: Queue }, at = Date.now()) {
	const d1 = db.$client;
	const cutoff = new Date(at - SWEEP_AFTER_MS).toISOString();
	const now = new Date(at).toISOString();
	const ids: string[] = [];
	while (ids.length < SWEEP_MAX) {
		const { results } = await d1
			.prepare(
				`UPDATE outbox_events SET resent_at = ?1, resends = resends + 1
				WHERE id IN (SELECT id FROM outbox_events WHERE handled_at IS NULL
					AND coalesce(resent_at, created_at) < ?2 ORDER BY created_at LIMIT ${SWEEP_PAGE})
				RETURNING id`,
			)
			.bind(now, cutoff)
			.all<{ id: string }>();
		ids.push(...results.map((r) => r.id));
		if (results.length < SWEEP_PAGE) break;
	}
	await enqueue(queues, "JOBS", relayMessages(ids));
	return ids.length;
}

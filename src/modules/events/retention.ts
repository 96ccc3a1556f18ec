import type { Db } from "../../lib/types";

/** Projects and events per project one cron run purges at most: a backlog drains over several runs. */
const PROJECTS_PER_RUN = 20;
const EVENTS_PER_PROJECT = 1000;

const DAY_MS = 86_400_000;

/** An event the purge may remove: handled (relayed) before the cutoff, no delivery still pending. */
const purgeable = (e: string, cutoff: string) => `${e}.handled_at < ${cutoff}
	AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = ${e}.id AND d.state = 'pending')`;

/**
 * Cron: removes events older than the retention. Per project it removes only a prefix of the
 * feed sequence, up to the first event that must stay (too young, not yet relayed, or with a webhook
 * delivery still pending, whose attempts read the payload from here), and never the newest event:
 * that one carries the project's sequence forward (seq = max + 1). Because what is gone is always
 * a prefix, a cursor is expired exactly when it lies before the oldest event kept (event-cursor.ts).
 * `webhook.test` events, outside the feed, go by age alone. Returns the number removed.
 */
export async function purgeEvents(db: Db, retentionDays: number, at = Date.now()): Promise<number> {
	const d1 = db.$client;
	const cutoff = new Date(at - retentionDays * DAY_MS).toISOString();
	const { results } = await d1
		.prepare(
			`SELECT p.id FROM projects p
			JOIN outbox_events e ON e.project_id = p.id
				AND e.seq = (SELECT min(seq) FROM outbox_events WHERE project_id = p.id AND seq IS NOT NULL)
			WHERE ${purgeable("e", "?1")} AND e.seq < (SELECT max(seq) FROM outbox_events WHERE project_id = p.id)
			LIMIT ${PROJECTS_PER_RUN}`,
		)
		.bind(cutoff)
		.all<{ id: string }>();
	const statements = results.map(({ id }) =>
		d1
			.prepare(
				`WITH oldest AS (SELECT id, seq, handled_at FROM outbox_events
					WHERE project_id = ?1 AND seq IS NOT NULL ORDER BY seq LIMIT ${EVENTS_PER_PROJECT})
				DELETE FROM outbox_events WHERE project_id = ?1 AND seq IS NOT NULL
				AND seq < coalesce((SELECT min(o.seq) FROM oldest o WHERE NOT (${purgeable("o", "?2")})),
					(SELECT max(o.seq) FROM oldest o) + 1)
				AND seq < (SELECT max(seq) FROM outbox_events WHERE project_id = ?1)`,
			)
			.bind(id, cutoff),
	);
	statements.push(
		d1
			.prepare(
				`DELETE FROM outbox_events WHERE id IN (SELECT e.id FROM outbox_events e
				WHERE e.seq IS NULL AND ${purgeable("e", "?1")} LIMIT ${EVENTS_PER_PROJECT})`,
			)
			.bind(cutoff),
	);
	const done = await d1.batch(statements);
	return done.reduce((sum, r) => sum + (r.meta.changes ?? 0), 0);
}

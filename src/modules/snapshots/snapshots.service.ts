import type { RawRow } from "../../db/raw-row";
import type { snapshots } from "../../db/schema/snapshots";
import { ApiError } from "../../lib/errors";
import { newId, nowIso } from "../../lib/ids";
import { decodeCursor, toPage } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";
import { enqueue, snapshotMessages } from "../../queues/producer";
import { SWEEP_AFTER_MS } from "../events/outbox";
import { STALLED_BUILD_MS } from "./snapshot-build";

/** Read with raw SQL (`RETURNING *`, `SELECT *`): the table's columns by their database names. */
export type SnapshotRow = RawRow<typeof snapshots>;

export const snapshotResource = (s: SnapshotRow) => ({
	id: s.id,
	status: s.status,
	message: s.message,
	entity_count: s.entity_count,
	content_hash: s.content_hash,
	requested_at: s.requested_at,
	started_at: s.started_at,
	published_at: s.published_at,
	failed_at: s.failed_at,
	error: s.error,
});

/**
 * Queues a rebuild, or returns the one already queued and not started: the partial unique index
 * on queued snapshots makes the insert a no-op then, and the same batch reads whichever is queued.
 */
export async function requestSnapshot(db: Db, projectId: string, requestedBy: string, message?: string) {
	const d1 = db.$client;
	const id = newId("snap");
	const [, queued] = await d1.batch([
		d1
			.prepare(
				`INSERT INTO snapshots (id, project_id, status, message, requested_by, requested_at)
				VALUES (?, ?, 'queued', ?, ?, ?) ON CONFLICT DO NOTHING`,
			)
			.bind(id, projectId, message ?? null, requestedBy, nowIso()),
		d1.prepare("SELECT * FROM snapshots WHERE project_id = ? AND status = 'queued'").bind(projectId),
	]);
	const snapshot = queued?.results[0] as SnapshotRow;
	const created = snapshot.id === id;
	// If the build's message is lost, the cron sweep sends it again for a snapshot still queued after a minute.
	const effects: Effect[] = created ? [{ kind: "build-snapshot", id }] : [];
	return { snapshot, created, effects };
}

/** What a rebuild started now would publish. */
export async function countPublishable(db: Db, projectId: string) {
	const row = await db.$client
		.prepare("SELECT count(*) AS n FROM entities WHERE project_id = ? AND committed_revision IS NOT NULL")
		.bind(projectId)
		.first<{ n: number }>();
	return row?.n ?? 0;
}

export async function getSnapshot(db: Db, projectId: string, id: string) {
	const row = await db.$client
		.prepare("SELECT * FROM snapshots WHERE project_id = ? AND id = ?")
		.bind(projectId, id)
		.first<SnapshotRow>();
	if (!row) throw new ApiError("snapshot_not_found", `Snapshot ${id} does not exist.`);
	return row;
}

/** Newest first: by request time, then id (ids only sort by the second). */
export async function listSnapshots(db: Db, projectId: string, limit: number, cursor?: string) {
	const [at, id] = cursor ? decodeCursor(cursor, 2).map(String) : [null, null];
	const { results } = await db.$client
		.prepare(
			`SELECT * FROM snapshots WHERE project_id = ?1
			AND (?2 IS NULL OR requested_at < ?2 OR (requested_at = ?2 AND id < ?3))
			ORDER BY requested_at DESC, id DESC LIMIT ?4`,
		)
		.bind(projectId, at, id, limit + 1)
		.all<SnapshotRow>();
	const page = toPage(results, limit, (r) => [r.requested_at, r.id]);
	return { data: page.data.map(snapshotResource), next_cursor: page.next_cursor };
}

/**
 * Cron: a snapshot still queued a minute after it was requested, or building with no chunk
 * written for STALLED_BUILD_MS, may have lost its message: it is sent again. A build resumes
 * from its last chunk, and a duplicate message only races to write the same chunk (one wins).
 */
export async function resendStalledSnapshots(db: Db, queues: { BUILDS: Queue }, at = Date.now()) {
	const { results } = await db.$client
		.prepare(
			`SELECT id FROM snapshots WHERE (status = 'queued' AND requested_at < ?1)
				OR (status = 'building' AND coalesce(progress_at, started_at) < ?2) LIMIT 100`,
		)
		.bind(new Date(at - SWEEP_AFTER_MS).toISOString(), new Date(at - STALLED_BUILD_MS).toISOString())
		.all<{ id: string }>();
	if (results.length === 0) return 0;
	await enqueue(queues, "BUILDS", snapshotMessages(results.map((r) => r.id)));
	return results.length;
}

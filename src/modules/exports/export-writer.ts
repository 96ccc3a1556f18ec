import { createDb } from "../../db/client";
import { newId, nowIso, sqlId } from "../../lib/ids";
import type { Db } from "../../lib/types";
import { dispatch } from "../../queues/effects";
import { eventPayload } from "../events/event-payloads";
import { nextEventSeqSql } from "../events/event-seq";
import { writeExportFile } from "./export-file";

/** A `running` export older than this lost its consumer; the cron sweep re-queues it. */
export const STALE_EXPORT_MS = 20 * 60_000;
/** Runs an export may start, crashed ones included; the cron fails a job that used them all. */
export const MAX_RUNS = 6;

/**
 * Claims a queued export (or one whose consumer died) and writes its snapshot to R2 as NDJSON
 * (export-file.ts). Completion, the file's digest and `export.completed` (outbox) are one D1
 * batch. Returns what happened; throws on failure after putting the job back to `queued` for the
 * retry.
 */
export async function runExport(env: Env, exportId: string): Promise<"completed" | "skipped"> {
	const d1 = env.DB;
	const now = Date.now();
	const job = await d1
		.prepare(
			`UPDATE exports SET status = 'running', started_at = ?2, attempts = attempts + 1, error = NULL
			WHERE id = ?1 AND attempts < ?4 AND (status = 'queued' OR (status = 'running' AND started_at < ?3))
			RETURNING id, project_id, snapshot_id, started_at, schemas`,
		)
		.bind(exportId, new Date(now).toISOString(), new Date(now - STALE_EXPORT_MS).toISOString(), MAX_RUNS)
		.first<{
			id: string;
			project_id: string;
			snapshot_id: string;
			started_at: string;
			schemas: string | null;
		}>();
	if (!job) return "skipped";

	const key = `exports/${job.project_id}/${job.id}.ndjson`;
	try {
		const file = await writeExportFile(createDb(d1), env.EXPORTS, job, key);
		await complete(env, job, { key, ...file });
	} catch (error) {
		await requeue(d1, job, error);
		throw error;
	}
	return "completed";
}

/** A run that failed hands the job back (if it still holds it) for the queue's retry. */
async function requeue(d1: D1Database, job: { id: string; started_at: string }, error: unknown) {
	await d1
		.prepare(
			"UPDATE exports SET status = 'queued', error = ?2 WHERE id = ?1 AND status = 'running' AND started_at = ?3",
		)
		.bind(job.id, String(error).slice(0, 1000), job.started_at)
		.run()
		.catch(() => undefined);
}

async function complete(
	env: Env,
	job: { id: string; project_id: string; snapshot_id: string; started_at: string },
	file: { key: string; count: number; bytes: number; sha256: string },
) {
	const d1 = env.DB;
	const at = nowIso();
	const eventId = newId("evt");
	const payload = eventPayload(
		"export.completed",
		{ id: eventId, timestamp: at, project: job.project_id },
		{
			export: {
				id: job.id,
				snapshot_id: job.snapshot_id,
				entity_count: file.count,
				bytes: file.bytes,
				sha256: file.sha256,
				completed_at: at,
			},
		},
	);
	// Only the run that still holds the claim completes the job and writes the event.
	const held = "SELECT 1 FROM exports WHERE id = ?1 AND status = 'running' AND started_at = ?2";
	const [event] = await d1.batch([
		d1
			.prepare(
				`INSERT INTO outbox_events (id, project_id, type, payload, created_at, seq)
				SELECT ?3, ?4, 'export.completed', ?5, ?6, ${nextEventSeqSql("?4")} WHERE EXISTS (${held})`,
			)
			.bind(job.id, job.started_at, eventId, job.project_id, JSON.stringify(payload), at),
		d1
			.prepare(
				`UPDATE exports SET status = 'completed', completed_at = ?3, object_key = ?4, entity_count = ?5,
					bytes = ?6, sha256 = ?7 WHERE id = ?1 AND status = 'running' AND started_at = ?2`,
			)
			.bind(job.id, job.started_at, at, file.key, file.count, file.bytes, file.sha256),
	]);
	if ((event?.meta.changes ?? 0) > 0) {
		await dispatch(env, [
			{ kind: "relay-events", ids: [eventId] },
			{ kind: "notify-events", project: job.project_id },
		]);
	}
}

/** The last attempt failed: the job is `failed`, with one `export.failed` notification. */
export async function failExport(db: Db, exportId: string, error: string) {
	const d1 = db.$client;
	const now = nowIso();
	const detail = error.slice(0, 1000);
	await d1.batch([
		d1
			.prepare(
				`INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
				SELECT ${sqlId("ntf")}, project_id, 'export.failed', id, json_object('error', ?2), ?3
				FROM exports WHERE id = ?1 AND status IN ('queued', 'running')`,
			)
			.bind(exportId, detail, now),
		d1
			.prepare(
				"UPDATE exports SET status = 'failed', failed_at = ?2, error = ?3 WHERE id = ?1 AND status IN ('queued', 'running')",
			)
			.bind(exportId, now, detail),
	]);
}

/**
 * Cron: exports queued a minute ago without a start, or running with a consumer that died, are
 * returned for re-sending; one that has used all its runs is failed instead (a job that kills its
 * consumer every time must not be retried for ever).
 */
export async function staleExports(db: Db): Promise<string[]> {
	const d1 = db.$client;
	const now = Date.now();
	const stale = new Date(now - STALE_EXPORT_MS).toISOString();
	const { results: spent } = await d1
		.prepare(
			`SELECT id FROM exports WHERE attempts >= ?1 AND (status = 'queued' OR (status = 'running' AND started_at < ?2)) LIMIT 100`,
		)
		.bind(MAX_RUNS, stale)
		.all<{ id: string }>();
	for (const { id } of spent) await failExport(db, id, `Gave up after ${MAX_RUNS} runs.`);
	const { results } = await d1
		.prepare(
			`SELECT id FROM exports WHERE attempts < ?3 AND ((status = 'queued' AND coalesce(started_at, requested_at) < ?1)
				OR (status = 'running' AND started_at < ?2)) LIMIT 100`,
		)
		.bind(new Date(now - 60_000).toISOString(), stale, MAX_RUNS)
		.all<{ id: string }>();
	return results.map((r) => r.id);
}

import { jsonRows } from "../../db/json-rows";
import type { OrNull, RawRow } from "../../db/raw-row";
import type { entities, entityRevisions } from "../../db/schema";
import { newId, nowIso } from "../../lib/ids";
import { Sha256 } from "../../lib/sha256";
import type { Db } from "../../lib/types";
import { dispatch } from "../../queues/effects";
import { enqueue, snapshotMessages } from "../../queues/producer";
import { eventPayload } from "../events/event-payloads";
import { nextEventSeqSql } from "../events/event-seq";
import { latestPointer } from "../read/latest-pointer";
import type { SnapshotRow } from "./snapshots.service";

export const DEFAULT_CHUNK_SIZE = 1000;

/** Wall time one consumer invocation spends building before it hands over to a new message. */
const BUDGET_MS = 30_000;
/**
 * A build with no chunk written for this long lost its message (a chunk takes seconds, a
 * hand-over is immediate, a retry after a failure waits at most 80 s): the cron sends it again.
 */
export const STALLED_BUILD_MS = 2 * 60_000;

/**
 * For each entity in a slug range, the revision that was its committed state at the build's
 * watermark: the newest commit or deletion with seq at or below it. Later commits, drafts and
 * entities created after the watermark are not seen, however long the build takes. `+x.seq`
 * keeps the planner on the entity's own revisions (primary key): given the (project_id, seq)
 * index it would walk every revision of the project for each entity.
 */
export const CHUNK_SELECT = `SELECT e.slug, r.schema_id, r.revision, r.kind, r.data_hash,
		CASE WHEN r.data_hash IS NULL THEN r.data END AS data
	FROM entities e
	LEFT JOIN entity_revisions r ON r.project_id = e.project_id AND r.slug = e.slug AND r.revision = (
		SELECT x.revision FROM entity_revisions x
		WHERE x.project_id = e.project_id AND x.slug = e.slug AND x.kind <> 'draft' AND +x.seq <= ?3
		ORDER BY x.revision DESC LIMIT 1)
	WHERE e.project_id = ?1 AND e.slug > ?2
	ORDER BY e.slug LIMIT ?4`;

/** An entity of the chunk and, through the LEFT JOIN, its revision at the watermark (`data` only
 * for revisions written before data hashes were stored). */
type ChunkRow = Pick<RawRow<typeof entities>, "slug"> &
	OrNull<Pick<RawRow<typeof entityRevisions>, "schema_id" | "revision" | "kind" | "data_hash" | "data">>;

/** Manifest rows travel to D1 as one JSON array of these fields (see db/json-rows.ts). */
const ENTRY = jsonRows(["slug", "schema_id", "revision"] as const);

/**
 * The snapshot as it stood before this chunk (?1 its id, ?2 its cursor): every statement of the
 * chunk's batch is conditional on it, evaluated before the last statement moves the cursor.
 */
const UNCHANGED = "EXISTS (SELECT 1 FROM snapshots WHERE id = ?1 AND status = 'building' AND cursor = ?2)";

export type BuildOutcome = "published" | "continues" | "not-building";

/**
 * Builds a snapshot chunk by chunk. Each chunk is one D1 batch that adds its manifest rows and
 * advances cursor, count and hash state together, conditional on the cursor it started from; the
 * last chunk also publishes, moves `latest` and writes `snapshot.published` to the outbox. A
 * retried or duplicated message therefore resumes from the last chunk written and can neither
 * duplicate manifest rows (their primary key) nor publish twice (the conditions).
 */
export async function buildSnapshot(
	env: Pick<Env, "DB" | "JOBS" | "BUILDS" | "EVENTS_HUB">,
	snapshotId: string,
	{ chunkSize = DEFAULT_CHUNK_SIZE, budgetMs = BUDGET_MS } = {},
): Promise<BuildOutcome> {
	const d1 = env.DB;
	const started = Date.now();
	let snap = await begin(d1, snapshotId);
	while (snap?.status === "building") {
		const outcome = await buildChunk(env, snap, chunkSize);
		if (outcome === "published") return outcome;
		// The state this invocation just wrote, or (after losing a race) whatever D1 holds now.
		snap =
			outcome ??
			(await d1.prepare("SELECT * FROM snapshots WHERE id = ?").bind(snapshotId).first<SnapshotRow>());
		if (snap?.status === "building" && Date.now() - started >= budgetMs) {
			// Not an effect to lose quietly: if this send fails the build throws and the queue retries it.
			await enqueue(env, "BUILDS", snapshotMessages([snapshotId]));
			return "continues";
		}
	}
	return "not-building";
}

/** Moves a queued snapshot to building, fixing its watermark; returns it as it now is. */
async function begin(d1: D1Database, snapshotId: string) {
	const [, current] = await d1.batch([
		d1
			.prepare(
				`UPDATE snapshots SET status = 'building', started_at = ?2, progress_at = ?2, cursor = '', hash_state = ?3,
					watermark = (SELECT coalesce(max(seq), 0) FROM entity_revisions)
				WHERE id = ?1 AND status = 'queued'`,
			)
			.bind(snapshotId, nowIso(), new Sha256().save()),
		d1.prepare("SELECT * FROM snapshots WHERE id = ?").bind(snapshotId),
	]);
	return (current?.results[0] as SnapshotRow | undefined) ?? null;
}

async function buildChunk(
	env: Pick<Env, "DB" | "JOBS" | "BUILDS" | "EVENTS_HUB">,
	snap: SnapshotRow,
	chunkSize: number,
): Promise<"published" | SnapshotRow | null> {
	const d1 = env.DB;
	const cursor = snap.cursor ?? "";
	const { results: rows } = await d1
		.prepare(CHUNK_SELECT)
		.bind(snap.project_id, cursor, snap.watermark ?? 0, chunkSize)
		.all<ChunkRow>();
	const hash = Sha256.restore(snap.hash_state ?? new Sha256().save());
	const entries: unknown[][] = [];
	for (const row of rows) {
		if (row.kind !== "commit" || row.schema_id === null || row.revision === null) continue;
		const dataHash = row.data_hash ?? new Sha256().update(row.data ?? "null").hexDigest();
		hash.update(`${row.slug}\t${row.schema_id}\t${dataHash}\n`);
		entries.push(ENTRY.row({ slug: row.slug, schema_id: row.schema_id, revision: row.revision }));
	}
	const last = rows.at(-1)?.slug ?? cursor;
	const final = rows.length < chunkSize;
	const count = snap.entity_count + entries.length;
	const hashState = hash.save();
	const statements = [
		d1
			.prepare(
				`INSERT INTO snapshot_entries (snapshot_id, slug, schema_id, revision)
				SELECT ?1, ${ENTRY.sql("", "slug")}, ${ENTRY.sql("", "schema_id")}, ${ENTRY.sql("", "revision")}
				FROM json_each(?3) WHERE ${UNCHANGED}`,
			)
			.bind(snap.id, cursor, JSON.stringify(entries)),
	];
	let eventId: string | null = null;
	const now = nowIso();
	if (final) {
		eventId = newId("evt");
		const contentHash = hash.hexDigest();
		const payload = eventPayload(
			"snapshot.published",
			{ id: eventId, timestamp: now, project: snap.project_id },
			{
				snapshot: { id: snap.id, entity_count: count, content_hash: contentHash, published_at: now },
				reason: "build",
			},
		);
		statements.push(
			d1
				.prepare(
					`INSERT INTO outbox_events (id, project_id, type, payload, created_at, seq)
					SELECT ?3, ?4, 'snapshot.published', ?5, ?6, ${nextEventSeqSql("?4")} WHERE ${UNCHANGED}`,
				)
				.bind(snap.id, cursor, eventId, snap.project_id, JSON.stringify(payload), now),
			// `latest` only moves forward: an older build finishing late does not replace a newer one,
			// and a build that started before a promote does not undo that rollback.
			d1
				.prepare(
					`UPDATE projects SET latest_snapshot_id = ?1 WHERE id = ?3 AND ${UNCHANGED}
					AND (latest_snapshot_id IS NULL
						OR ((SELECT watermark FROM snapshots WHERE id = projects.latest_snapshot_id) <= ?4
							AND (latest_promoted_at IS NULL OR latest_promoted_at <= ?5)))`,
				)
				.bind(snap.id, cursor, snap.project_id, snap.watermark ?? 0, snap.started_at ?? ""),
			d1
				.prepare(
					`UPDATE snapshots SET status = 'published', published_at = ?3, content_hash = ?4, cursor = ?5,
						entity_count = ?6, hash_state = NULL
					WHERE id = ?1 AND status = 'building' AND cursor = ?2`,
				)
				.bind(snap.id, cursor, now, contentHash, last, count),
		);
	} else {
		statements.push(
			d1
				.prepare(
					`UPDATE snapshots SET cursor = ?3, entity_count = ?4, hash_state = ?5, progress_at = ?6
					WHERE id = ?1 AND status = 'building' AND cursor = ?2`,
				)
				.bind(snap.id, cursor, last, count, hashState, now),
		);
	}
	const results = await d1.batch(statements);
	// If another invocation wrote this chunk first, nothing here applied: null tells the caller to
	// re-read the snapshot and carry on from wherever that one got to.
	if ((results.at(-1)?.meta.changes ?? 0) === 0) return null;
	if (final && eventId) {
		// This isolate's reads see the new `latest` at once; others within LATEST_POINTER_TTL_MS.
		latestPointer.forget(snap.project_id);
		await dispatch(env, [
			{ kind: "relay-events", ids: [eventId] },
			{ kind: "notify-events", project: snap.project_id },
		]);
		return "published";
	}
	return { ...snap, cursor: last, entity_count: count, hash_state: hashState };
}

/**
 * A build that failed for good: marked failed with its error and one admin notification (written
 * only by the call that changes the status). Its partial manifest is removed afterwards, on a
 * best-effort basis: rows of a failed snapshot are never read, and the failure may be the
 * manifest table itself.
 */
export async function failSnapshot(db: Db, snapshotId: string, error: string) {
	const d1 = db.$client;
	const now = nowIso();
	const detail = error.slice(0, 1000);
	await d1.batch([
		d1
			.prepare(
				`INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
				SELECT ?2, project_id, 'snapshot.failed', ?1, ?3, ?4 FROM snapshots
				WHERE id = ?1 AND status IN ('queued', 'building')`,
			)
			.bind(snapshotId, newId("ntf"), JSON.stringify({ error: detail }), now),
		d1
			.prepare(
				"UPDATE snapshots SET status = 'failed', failed_at = ?2, error = ?3, hash_state = NULL WHERE id = ?1 AND status IN ('queued', 'building')",
			)
			.bind(snapshotId, now, detail),
	]);
	await d1
		.prepare("DELETE FROM snapshot_entries WHERE snapshot_id = ?")
		.bind(snapshotId)
		.run()
		.catch(() => undefined);
}

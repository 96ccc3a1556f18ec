import { ApiError } from "../../lib/errors";
import { newId, nowIso } from "../../lib/ids";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";
import { eventPayload } from "../events/event-payloads";
import { nextEventSeqSql } from "../events/event-seq";
import { latestPointer } from "../read/latest-pointer";
import { getSnapshot, type SnapshotRow } from "./snapshots.service";

/** Attempts when another promote or build moves `latest` between our read and our write. */
const ATTEMPTS = 3;

export interface PromoteOptions {
	/** The snapshot id `latest` must be now (If-Match); null or undefined for any. */
	ifMatch?: string;
	dryRun?: boolean;
}

export type PromoteResult =
	| { dryRun: true; snapshot: SnapshotRow; currentLatestId: string | null }
	| { dryRun: false; snapshot: SnapshotRow; effects: Effect[] };

async function currentLatest(db: Db, projectId: string) {
	const row = await db.$client
		.prepare("SELECT latest_snapshot_id AS id FROM projects WHERE id = ?")
		.bind(projectId)
		.first<{ id: string | null }>();
	return row?.id ?? null;
}

function conflict(ifMatch: string, current: string | null) {
	return new ApiError("version_conflict", `latest is ${current ?? "not set"}, not ${ifMatch}.`, {
		extra: { current_latest_id: current },
	});
}

/**
 * Makes a published snapshot `latest` now: one batch writes `snapshot.published` (reason
 * `promote`) to the outbox and moves the pointer, both conditional on `latest` being what was
 * read (compare-and-swap), so a concurrent promote or publish is never overwritten unseen.
 * Promoting the snapshot that is already `latest` changes nothing and writes no event.
 * `latest_promoted_at` keeps a build that started earlier from moving `latest` afterwards.
 */
export async function promoteSnapshot(
	db: Db,
	projectId: string,
	id: string,
	{ ifMatch, dryRun = false }: PromoteOptions = {},
): Promise<PromoteResult> {
	const snapshot = await getSnapshot(db, projectId, id);
	if (snapshot.status !== "published") {
		throw new ApiError(
			"snapshot_not_published",
			`Snapshot ${id} is ${snapshot.status}; only a published snapshot can become latest.`,
		);
	}
	const d1 = db.$client;
	for (let attempt = 1; ; attempt++) {
		const current = await currentLatest(db, projectId);
		if (ifMatch !== undefined && current !== ifMatch) throw conflict(ifMatch, current);
		if (dryRun) return { dryRun: true, snapshot, currentLatestId: current };
		if (current === id) return { dryRun: false, snapshot, effects: [] };
		const eventId = newId("evt");
		const now = nowIso();
		const payload = eventPayload(
			"snapshot.published",
			{ id: eventId, timestamp: now, project: projectId },
			{
				snapshot: {
					id,
					entity_count: snapshot.entity_count,
					content_hash: snapshot.content_hash ?? "",
					published_at: snapshot.published_at ?? now,
				},
				reason: "promote",
			},
		);
		const unchanged = "EXISTS (SELECT 1 FROM projects WHERE id = ?1 AND latest_snapshot_id IS ?2)";
		const [, moved] = await d1.batch([
			d1
				.prepare(
					`INSERT INTO outbox_events (id, project_id, type, payload, created_at, seq)
					SELECT ?3, ?1, 'snapshot.published', ?4, ?5, ${nextEventSeqSql("?1")} WHERE ${unchanged}`,
				)
				.bind(projectId, current, eventId, JSON.stringify(payload), now),
			d1
				.prepare(
					`UPDATE projects SET latest_snapshot_id = ?3, latest_promoted_at = ?4
					WHERE id = ?1 AND latest_snapshot_id IS ?2`,
				)
				.bind(projectId, current, id, now),
		]);
		if ((moved?.meta.changes ?? 0) > 0) {
			// This isolate's reads of `latest` follow at once; others within LATEST_POINTER_TTL_MS.
			latestPointer.forget(projectId);
			const effects: Effect[] = [
				{ kind: "relay-events", ids: [eventId] },
				{ kind: "notify-events", project: projectId },
			];
			return { dryRun: false, snapshot, effects };
		}
		// `latest` moved between the read and the batch: with If-Match that is the 412 it guards
		// against (the next read says so); without, read it again and try once more.
		if (attempt >= ATTEMPTS) {
			throw new ApiError(
				"concurrent_update",
				"latest kept moving while promoting; nothing was written, retry.",
				{
					headers: { "Retry-After": "1" },
				},
			);
		}
	}
}

import { and, eq } from "drizzle-orm";
import { exportJobs, projects, snapshots } from "../../db/schema";
import { ApiError, notFound } from "../../lib/errors";
import { newId, nowIso } from "../../lib/ids";
import { newestFirst, toPage } from "../../lib/pagination";
import { coveredBy, coveredBySql } from "../../lib/schema-limits";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";

export type ExportRow = typeof exportJobs.$inferSelect;

export function exportResource(row: ExportRow) {
	return {
		id: row.id,
		project: row.projectId,
		snapshot_id: row.snapshotId,
		schemas: row.schemas ?? null,
		status: row.status,
		entity_count: row.entityCount,
		bytes: row.bytes,
		sha256: row.sha256,
		requested_at: row.requestedAt,
		started_at: row.startedAt,
		completed_at: row.completedAt,
		failed_at: row.failedAt,
		error: row.error,
		download_url:
			row.status === "completed"
				? `/api/v1/admin/projects/${row.projectId}/exports/${row.id}/download`
				: null,
	};
}

/** The published snapshot an export of `ref` (an id or `latest`) reads: fixed when the job is created. */
async function resolveSnapshot(db: Db, projectId: string, ref: string): Promise<string> {
	if (ref === "latest") {
		const project = await db.query.projects.findFirst({ where: eq(projects.id, projectId) });
		if (!project?.latestSnapshotId) {
			throw new ApiError("snapshot_not_found", "The project has no published snapshot yet.");
		}
		return project.latestSnapshotId;
	}
	const snapshot = await db.query.snapshots.findFirst({
		where: and(eq(snapshots.id, ref), eq(snapshots.projectId, projectId)),
	});
	if (!snapshot) throw new ApiError("snapshot_not_found", `Snapshot ${ref} does not exist.`);
	if (snapshot.status !== "published") {
		throw new ApiError(
			"snapshot_not_published",
			`Snapshot ${ref} is ${snapshot.status}; only published ones export.`,
		);
	}
	return snapshot.id;
}

/** `schemas` is the starting key's limit: the file holds only entities of those schemas. */
export async function createExport(
	db: Db,
	projectId: string,
	ref: string,
	by: { id: string; schemas: string[] | null },
) {
	const row: ExportRow = {
		id: newId("exp"),
		projectId,
		snapshotId: await resolveSnapshot(db, projectId, ref),
		status: "queued",
		requestedBy: by.id,
		schemas: by.schemas,
		requestedAt: nowIso(),
		startedAt: null,
		completedAt: null,
		failedAt: null,
		error: null,
		attempts: 0,
		entityCount: null,
		bytes: null,
		sha256: null,
		objectKey: null,
	};
	await db.insert(exportJobs).values(row);
	// If the job's message is lost, the cron sweep sends it again for an export still queued after a minute.
	const effects: Effect[] = [{ kind: "run-export", id: row.id }];
	return { row, effects };
}

/** `allowed`: the caller's schema limit; an export of other schemas is absent to it. */
export async function getExport(
	db: Db,
	projectId: string,
	id: string,
	allowed: string[] | null,
): Promise<ExportRow> {
	const row = await db.query.exportJobs.findFirst({
		where: and(eq(exportJobs.id, id), eq(exportJobs.projectId, projectId)),
	});
	if (!row || !coveredBy(row.schemas, allowed)) throw notFound(`Export ${id}`);
	return row;
}

export async function listExports(
	db: Db,
	projectId: string,
	page: { limit: number; cursor?: string },
	allowed: string[] | null,
) {
	const { limit, cursor } = page;
	const order = newestFirst(exportJobs.requestedAt, exportJobs.id, cursor);
	const rows = await db.query.exportJobs.findMany({
		where: and(eq(exportJobs.projectId, projectId), coveredBySql(exportJobs.schemas, allowed), order.where),
		orderBy: order.orderBy,
		limit: limit + 1,
	});
	const result = toPage(rows, limit, (r) => [r.requestedAt, r.id]);
	return { data: result.data.map(exportResource), next_cursor: result.next_cursor };
}

/** The completed file, streamed from R2 with its digest; 409 until the job has completed. */
export async function openExport(
	db: Db,
	bucket: R2Bucket,
	projectId: string,
	id: string,
	allowed: string[] | null,
) {
	const row = await getExport(db, projectId, id, allowed);
	if (row.status !== "completed" || !row.objectKey || !row.sha256) {
		throw new ApiError("export_not_ready", `Export ${id} is ${row.status}; download it once completed.`);
	}
	const object = await bucket.get(row.objectKey);
	if (!object) throw new ApiError("not_found", `The file of export ${id} is gone.`);
	return { row, object };
}

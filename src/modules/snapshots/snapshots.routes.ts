import { page, paginationQuery } from "../../lib/pagination";
import { DryRunQuery, ProjectParams } from "../../lib/params";
import { defineRoute, dryRunContent, jsonBodyOf, jsonContent } from "../../openapi/define-route";
import { RegenerateBody, RegenerateDryRun, SnapshotParams, SnapshotResource } from "./snapshots.schemas";

const MANAGE = { scope: "snapshot.manage" } as const;
const base = "/api/v1/admin/projects/{project}/snapshots";

export const regenerateSnapshotRoute = defineRoute(MANAGE, {
	operationId: "regenerateSnapshot",
	method: "post",
	path: `${base}/regenerate`,
	tags: ["Snapshots"],
	summary: "Queue a snapshot rebuild",
	description:
		"Queues a build of every committed, non-deleted entity as it stands when the build starts. While a rebuild is queued and not started, further calls return that same job. The job id is the snapshot id; poll `Location` until `published` (or `failed`).",
	request: { params: ProjectParams, query: DryRunQuery, body: jsonBodyOf(RegenerateBody, false) },
	responses: {
		202: {
			...jsonContent(SnapshotResource, "Queued (or the rebuild already queued), with `Location`."),
			headers: { Location: { schema: { type: "string" }, description: "The snapshot (job) URL." } },
		},
		200: dryRunContent(RegenerateDryRun, "Dry run: what a build started now would publish; nothing queued."),
	},
});

export const listSnapshotsRoute = defineRoute(MANAGE, {
	operationId: "listSnapshots",
	method: "get",
	path: base,
	tags: ["Snapshots"],
	summary: "List snapshots and their build jobs",
	request: { params: ProjectParams, query: paginationQuery },
	responses: { 200: jsonContent(page(SnapshotResource), "A page of snapshots, newest first.") },
});

export const getSnapshotRoute = defineRoute(MANAGE, {
	operationId: "getSnapshot",
	method: "get",
	path: `${base}/{snapshot}`,
	tags: ["Snapshots"],
	summary: "Get a snapshot and its build state",
	request: { params: SnapshotParams },
	responses: {
		200: jsonContent(SnapshotResource, "The snapshot: `queued`, `building`, `published` or `failed`."),
	},
});

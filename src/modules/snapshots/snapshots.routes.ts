import { page, paginationQuery } from "../../lib/pagination";
import { DryRunQuery, ProjectParams } from "../../lib/params";
import {
	defineRoute,
	dryRunContent,
	jsonBodyOf,
	jsonContent,
	jsonOrDryRunContent,
} from "../../openapi/define-route";
import {
	PromoteDryRun,
	PromoteHeaders,
	RegenerateBody,
	RegenerateDryRun,
	SnapshotParams,
	SnapshotResource,
} from "./snapshots.schemas";

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

export const promoteSnapshotRoute = defineRoute(
	MANAGE,
	{
		operationId: "promoteSnapshot",
		method: "post",
		path: `${base}/{snapshot}/promote`,
		tags: ["Snapshots"],
		summary: "Make a published snapshot latest (rollback)",
		description:
			'Moves `latest` to this published snapshot at once, older or newer than the current one, and writes `snapshot.published` with `data.reason: "promote"`. With `If-Match` it moves only if `latest` is still that id (412 `version_conflict` with `current_latest_id` otherwise). A snapshot not published answers 409 `snapshot_not_published`. Promoting the snapshot that is already `latest` changes nothing and writes no event. A build already running when you promote publishes without becoming `latest`; a regenerate requested afterwards builds from the current entities and becomes `latest` as usual.',
		request: { params: SnapshotParams, query: DryRunQuery, headers: PromoteHeaders },
		responses: {
			200: {
				...jsonOrDryRunContent(
					SnapshotResource,
					PromoteDryRun,
					"The snapshot, now `latest`; `ETag` is its id (for the next `If-Match`). A dry run moves nothing.",
				),
				headers: { ETag: { schema: { type: "string" }, description: "The id `latest` now has, quoted." } },
			},
		},
	},
	[409, 412],
);

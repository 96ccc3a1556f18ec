import { createRouter } from "../../lib/create-router";
import { DRY_RUN_HEADERS } from "../../lib/dry-run";
import { afterCommit } from "../../queues/effects";
import { promoteSnapshot } from "./promote-snapshot";
import {
	getSnapshotRoute,
	listSnapshotsRoute,
	promoteSnapshotRoute,
	regenerateSnapshotRoute,
} from "./snapshots.routes";
import {
	countPublishable,
	getSnapshot,
	listSnapshots,
	requestSnapshot,
	snapshotResource,
} from "./snapshots.service";

export const snapshotsRouter = createRouter()
	.openapi(regenerateSnapshotRoute, async (c) => {
		const { project } = c.req.valid("param");
		const db = c.get("db");
		if (c.req.valid("query").dry_run === "true") {
			return c.json(
				{ dry_run: true as const, valid: true as const, entity_count: await countPublishable(db, project) },
				200,
				DRY_RUN_HEADERS,
			);
		}
		const principal = c.get("principal");
		const by = principal.kind === "root" ? "root" : principal.key.id;
		const body = (c.req.valid("json") as { message?: string } | undefined) ?? {};
		const { snapshot, effects } = await requestSnapshot(db, project, by, body.message);
		afterCommit(c.executionCtx, c.env, effects);
		c.header("Location", `/api/v1/admin/projects/${project}/snapshots/${snapshot.id}`);
		return c.json(snapshotResource(snapshot), 202);
	})
	.openapi(listSnapshotsRoute, async (c) => {
		const { project } = c.req.valid("param");
		const { limit, cursor } = c.req.valid("query");
		return c.json(await listSnapshots(c.get("db"), project, limit, cursor), 200);
	})
	.openapi(getSnapshotRoute, async (c) => {
		const { project, snapshot } = c.req.valid("param");
		return c.json(snapshotResource(await getSnapshot(c.get("db"), project, snapshot)), 200);
	})
	.openapi(promoteSnapshotRoute, async (c) => {
		const { project, snapshot } = c.req.valid("param");
		const header = c.req.valid("header")["if-match"];
		const result = await promoteSnapshot(c.get("db"), project, snapshot, {
			ifMatch: header?.trim().slice(1, -1),
			dryRun: c.req.valid("query").dry_run === "true",
		});
		if (result.dryRun) {
			return c.json(
				{
					dry_run: true as const,
					valid: true as const,
					snapshot: snapshotResource(result.snapshot),
					current_latest_id: result.currentLatestId,
				},
				200,
				DRY_RUN_HEADERS,
			);
		}
		afterCommit(c.executionCtx, c.env, result.effects);
		c.header("ETag", `"${result.snapshot.id}"`);
		return c.json(snapshotResource(result.snapshot), 200);
	});

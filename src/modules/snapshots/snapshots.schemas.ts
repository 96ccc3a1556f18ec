import { z } from "@hono/zod-openapi";
import { ProjectParams, timestamp } from "../../lib/params";

export const SNAPSHOT_ID_PATTERN = /^snap_[0-9a-f]{8}[0-9A-Za-z]{16}$/;

export const snapshotId = z
	.string()
	.regex(SNAPSHOT_ID_PATTERN)
	.openapi({
		description: "Snapshot id (also its build job's id).",
		param: { name: "snapshot", in: "path" },
	});

export const SnapshotParams = ProjectParams.extend({ snapshot: snapshotId });

export const RegenerateBody = z
	.object({
		message: z
			.string()
			.max(1000)
			.optional()
			.openapi({ description: "Why; kept on the snapshot. A coalesced request keeps the first message." }),
	})
	.strict()
	.openapi("RegenerateSnapshot");

export const SnapshotResource = z
	.object({
		id: z.string(),
		status: z.enum(["queued", "building", "published", "failed"]),
		message: z.string().nullable(),
		entity_count: z
			.number()
			.int()
			.openapi({ description: "Entities so far while building; final once published." }),
		content_hash: z
			.string()
			.nullable()
			.openapi({ description: "SHA-256 over the ordered manifest (slug, schema, SHA-256 of data)." }),
		requested_at: timestamp,
		started_at: timestamp.nullable(),
		published_at: timestamp.nullable(),
		failed_at: timestamp.nullable(),
		error: z.string().nullable(),
	})
	.openapi("Snapshot");

export const RegenerateDryRun = z
	.object({
		dry_run: z.literal(true),
		valid: z.literal(true),
		entity_count: z
			.number()
			.int()
			.openapi({ description: "Committed, non-deleted entities it would publish now." }),
	})
	.openapi("RegenerateSnapshotDryRun");

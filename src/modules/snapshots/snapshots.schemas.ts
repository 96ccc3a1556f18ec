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

/** A snapshot id as an entity tag, the form `ETag` of `latest` and of a promote answer has. */
const SNAPSHOT_TAG = new RegExp(`^\\s*"${SNAPSHOT_ID_PATTERN.source.slice(1, -1)}"\\s*$`);

export const PromoteHeaders = z.object({
	// Unquoted, it is not an entity tag: refusing it says how to write one (as for entities).
	"if-match": z
		.string()
		.max(200)
		.regex(SNAPSHOT_TAG, 'Entity tags are quoted: send `If-Match: "snap_..."`, the id `latest` has now.')
		.optional()
		.openapi({
			description: "The id `latest` must have now, quoted (its `ETag`): promote only if nobody moved it.",
			example: '"snap_67a1b2c3Lm4nP8qR2sT6vW9x"',
		}),
});

export const PromoteDryRun = z
	.object({
		dry_run: z.literal(true),
		valid: z.literal(true),
		snapshot: SnapshotResource,
		current_latest_id: z
			.string()
			.nullable()
			.openapi({ description: "What `latest` is now, and would stop being (null: no snapshot yet)." }),
	})
	.openapi("PromoteSnapshotDryRun");

import { z } from "@hono/zod-openapi";
import { dataNextCursor, dataPaginationQuery } from "../../lib/page-bytes";
import { ProjectParams, SLUG_PATTERN, timestamp } from "../../lib/params";
import { SNAPSHOT_ID_PATTERN } from "../snapshots/snapshots.schemas";

export const SnapshotRefParams = ProjectParams.extend({
	snapshot: z
		.string()
		.regex(new RegExp(`^(latest|${SNAPSHOT_ID_PATTERN.source.slice(1, -1)})$`))
		.openapi({ description: "A snapshot id, or `latest`.", param: { name: "snapshot", in: "path" } }),
});

export const ReadEntityParams = SnapshotRefParams.extend({
	slug: z
		.string()
		.regex(SLUG_PATTERN)
		.openapi({ param: { name: "slug", in: "path" } }),
});

export const ConditionalHeaders = z.object({
	"if-none-match": z
		.string()
		.max(1000)
		.optional()
		.openapi({ description: "An `ETag` from an earlier response: 304 when it still matches." }),
});

export const ReadEntitiesQuery = dataPaginationQuery.extend({
	schema: z.string().regex(SLUG_PATTERN).optional().openapi({ description: "Only entities of this schema." }),
});

export const PublishedSnapshot = z
	.object({
		id: z.string(),
		entity_count: z.number().int(),
		content_hash: z.string().openapi({ description: "SHA-256 over the ordered manifest." }),
		published_at: timestamp,
	})
	.openapi("PublishedSnapshot");

export const SnapshotEntity = z
	.object({
		slug: z.string(),
		schema: z.string(),
		revision: z.number().int().openapi({ description: "The committed revision the snapshot points at." }),
		data: z.unknown(),
	})
	.openapi("SnapshotEntity");

export const SnapshotEntityPage = z
	.object({ data: z.array(SnapshotEntity), next_cursor: dataNextCursor })
	.openapi("SnapshotEntityPage");

export const ChangesQuery = dataPaginationQuery.extend({
	since: z.string().regex(SNAPSHOT_ID_PATTERN).openapi({
		description:
			"The snapshot the client holds: a published snapshot id of this project (not `latest`). Older or newer than the target; newer gives the reverse changes.",
		example: "snap_67a1b2c3Lm4nP8qR2sT6vW9x",
	}),
	include: z
		.enum(["data"])
		.optional()
		.openapi({ description: "`data`: each added or changed item carries the entity's new `data`." }),
});

export const SnapshotChange = z
	.object({
		slug: z.string(),
		change: z.enum(["added", "changed", "removed"]).openapi({
			description:
				"`changed`: the schema or the data differs (a new revision with the same content is no change).",
		}),
		schema: z
			.string()
			.openapi({ description: "The schema in the target snapshot; for `removed`, the one it had." }),
		revision: z
			.number()
			.int()
			.nullable()
			.openapi({ description: "The revision in the target snapshot; null for `removed`." }),
		previous_revision: z
			.number()
			.int()
			.nullable()
			.openapi({ description: "The revision in `since`; null for `added`." }),
		data: z
			.unknown()
			.optional()
			.openapi({ description: "With `include=data`, on `added` and `changed` items." }),
	})
	.openapi("SnapshotChange");

export const SnapshotChangePage = z
	.object({
		data: z.array(SnapshotChange),
		next_cursor: dataNextCursor.openapi({
			description:
				"Cursor of the next page, or null after the last one. A page may hold fewer than `limit` changes, even none, with more to come: follow `next_cursor` until it is null.",
		}),
	})
	.openapi("SnapshotChangePage");

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

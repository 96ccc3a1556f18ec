import { z } from "@hono/zod-openapi";
import { ProjectParams, timestamp } from "../../lib/params";

export const CreateExport = z
	.object({
		snapshot: z.string().max(64).default("latest").openapi({
			description: "A published snapshot's id, or `latest` (the default): the project's latest snapshot now.",
			example: "latest",
		}),
	})
	.strict()
	.openapi("CreateExport");

export const ExportResource = z
	.object({
		id: z.string(),
		project: z.string(),
		snapshot_id: z.string(),
		schemas: z.array(z.string()).nullable().openapi({
			description:
				"Started by a key limited to these schemas: the file holds only their entities. `null`: every schema. A limited key sees (lists, reads, downloads) only exports whose `schemas` lie within its own; others answer 404.",
		}),
		status: z.enum(["queued", "running", "completed", "failed"]),
		entity_count: z.number().int().nullable(),
		bytes: z.number().int().nullable(),
		sha256: z.string().nullable().openapi({ description: "Hex SHA-256 of the file, once completed." }),
		requested_at: timestamp,
		started_at: timestamp.nullable(),
		completed_at: timestamp.nullable(),
		failed_at: timestamp.nullable(),
		error: z.string().nullable(),
		download_url: z.string().nullable().openapi({ description: "Where the file is, once completed." }),
	})
	.openapi("Export");

export const ExportParams = ProjectParams.extend({
	id: z
		.string()
		.max(64)
		.openapi({ param: { name: "id", in: "path" }, example: "exp_67a1b2c3Xq9fL2mZ8pR4tW6n" }),
});

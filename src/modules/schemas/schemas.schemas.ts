import { z } from "@hono/zod-openapi";
import { ProjectParams, timestamp } from "../../lib/params";

export const SCHEMA_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const SchemaParams = ProjectParams.extend({
	schema: z
		.string()
		.regex(SCHEMA_ID_PATTERN)
		.openapi({ param: { name: "schema", in: "path" }, example: "article" }),
});

export const PutSchema = z
	.object({
		title: z.string().trim().min(1).max(200).optional(),
		json_schema: z
			.record(z.string(), z.unknown())
			.openapi({ description: "A JSON Schema 2020-12 document.", example: { type: "object" } }),
	})
	.strict()
	.openapi("PutSchema");

export const SchemaResource = z
	.object({
		id: z.string(),
		project: z.string(),
		version: z.number().int().openapi({ description: "Starts at 1; each change adds one." }),
		title: z.string().nullable(),
		json_schema: z.record(z.string(), z.unknown()),
		created_at: timestamp.openapi({ description: "When the schema was first created." }),
		updated_at: timestamp.openapi({ description: "When this version was written." }),
	})
	.openapi("Schema");

export const SchemaVersionQuery = z.object({
	version: z.coerce
		.number()
		.int()
		.min(1)
		.max(Number.MAX_SAFE_INTEGER)
		.optional()
		.openapi({ description: "A past version; default current." }),
});

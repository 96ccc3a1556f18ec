import { z } from "@hono/zod-openapi";

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/;
export const PROJECT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const projectId = z
	.string()
	.regex(PROJECT_ID_PATTERN)
	.openapi({ description: "Project id.", example: "acme", param: { name: "project", in: "path" } });

export const ProjectParams = z.object({ project: projectId });

export const timestamp = z.string().openapi({ format: "date-time", example: "2026-11-27T10:00:00.000Z" });

/** `?dry_run=true` on every mutating route: every check, nothing persisted, no event, no job. */
export const DryRunQuery = z.object({
	dry_run: z
		.enum(["true", "false"])
		.optional()
		.openapi({ description: "`true`: every check, nothing written, no event, no job." }),
});

import { z } from "@hono/zod-openapi";
import { PROJECT_ID_PATTERN, timestamp } from "../../lib/params";

export const CreateProject = z
	.object({
		id: z
			.string()
			.regex(PROJECT_ID_PATTERN, "Use lowercase letters, digits and dashes (at most 63).")
			.openapi({ example: "acme" }),
		name: z.string().trim().min(1).max(200).openapi({ example: "Acme Inc." }),
	})
	.strict()
	.openapi("CreateProject");

export const Project = z
	.object({ id: z.string(), name: z.string(), created_at: timestamp })
	.openapi("Project");

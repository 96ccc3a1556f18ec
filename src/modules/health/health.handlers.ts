import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { createRouter } from "../../lib/create-router";
import { jsonContent } from "../../openapi/define-route";

const Health = z
	.object({ status: z.enum(["ok", "degraded"]), d1: z.enum(["ok", "unreachable"]), time: z.string() })
	.openapi("Health");

export const healthRoute = createRoute({
	method: "get",
	path: "/api/v1/health",
	operationId: "getHealth",
	tags: ["Meta"],
	summary: "Health",
	description: "No authentication. Reports whether D1 answers.",
	security: [],
	responses: {
		200: jsonContent(Health, "Everything answers."),
		503: jsonContent(Health, "D1 does not answer."),
	},
});

export const healthRouter = createRouter().openapi(healthRoute, async (c) => {
	const time = new Date().toISOString();
	try {
		await c.get("db").run(sql`SELECT 1`);
		return c.json({ status: "ok" as const, d1: "ok" as const, time }, 200);
	} catch (error) {
		console.error(JSON.stringify({ level: "error", msg: "health: D1 unreachable", error: String(error) }));
		return c.json({ status: "degraded" as const, d1: "unreachable" as const, time }, 503);
	}
});

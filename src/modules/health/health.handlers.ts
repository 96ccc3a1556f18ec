import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { checkConfig, misconfiguredDetail } from "../../config";
import { createRouter } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { log } from "../../lib/log";
import { jsonContent, ProblemSchema } from "../../openapi/define-route";

// Set on every answer by the app's request-id middleware, health's included.
const requestId = { "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" } };

const checks = {
	d1: z.enum(["ok", "unreachable"]).openapi({ description: "Whether D1 answers." }),
	config: z.enum(["ok", "invalid"]).openapi({
		description: "Whether every configuration variable is valid (the detail names those that are not).",
	}),
	time: z.string(),
};

const Health = z.object({ status: z.literal("ok"), ...checks }).openapi("Health");

const Unhealthy = ProblemSchema.extend(checks).openapi("Unhealthy", {
	description: "A `service_unavailable` problem that says which check failed.",
});

export const healthRoute = createRoute({
	method: "get",
	path: "/api/v1/health",
	operationId: "getHealth",
	tags: ["Meta"],
	summary: "Health",
	description: "No authentication. Reports whether D1 answers and the configuration is valid.",
	security: [],
	responses: {
		200: { ...jsonContent(Health, "Everything answers."), headers: requestId },
		503: {
			description: "D1 does not answer, or the configuration is invalid.",
			headers: requestId,
			content: { "application/problem+json": { schema: Unhealthy } },
		},
	},
});

export const healthRouter = createRouter().openapi(healthRoute, async (c) => {
	const time = new Date().toISOString();
	let d1: "ok" | "unreachable" = "ok";
	try {
		await c.get("db").run(sql`SELECT 1`);
	} catch (error) {
		log("error", "health: D1 unreachable", { error: String(error) });
		d1 = "unreachable";
	}
	const config = checkConfig(c.env);
	if (d1 === "ok" && config.ok)
		return c.json({ status: "ok" as const, d1, config: "ok" as const, time }, 200);
	const failed = [
		...(d1 === "ok" ? [] : ["D1 does not answer."]),
		...(config.ok ? [] : [misconfiguredDetail(config.problems)]),
	];
	// The app's error handler answers it as a problem, like every other failure.
	throw new ApiError("service_unavailable", failed.join(" "), {
		extra: { d1, config: config.ok ? "ok" : "invalid", time },
	});
});

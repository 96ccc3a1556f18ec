import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { EVENTS } from "../events/event-payloads";

const Headers = z.object({
	"webhook-id": z
		.string()
		.openapi({ description: "The delivery id: the same on every attempt; deduplicate on it." }),
	"webhook-timestamp": z.string().openapi({ description: "Unix seconds of this attempt." }),
	"webhook-signature": z.string().openapi({
		description:
			"Space-separated `v1,<base64 HMAC-SHA256 of {id}.{timestamp}.{body}>`, one per active secret (two during a rotation).",
	}),
});

export function registerWebhookEvents(
	registry: OpenAPIHono["openAPIRegistry"],
	extra: Record<string, z.ZodType> = {},
) {
	for (const [type, schema] of Object.entries({ ...EVENTS, ...extra })) {
		registry.registerWebhook({
			method: "post",
			path: type,
			// `entity.committed` → `entityCommittedEvent`: an id for tools that key operations by it.
			operationId: `${type.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())}Event`,
			summary: `\`${type}\``,
			// The receiver checks the signature the headers carry, not a bearer key.
			security: [],
			description:
				"Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.",
			request: { headers: Headers, body: { content: { "application/json": { schema } } } },
			responses: { 200: { description: "Any 2xx acknowledges the delivery." } },
		});
	}
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { timestamp } from "../../lib/params";

/**
 * The events Folio POSTs to endpoints, for the OpenAPI document's `webhooks` section. The bodies
 * are written where the events happen (entity operations, snapshot builds, exports, the test
 * route); these schemas describe them for receivers.
 */
const envelope = <T extends z.ZodRawShape>(type: string, data: T) =>
	z.object({
		id: z.string().openapi({ description: "The event id (the same for every endpoint).", example: "evt_…" }),
		type: z.literal(type),
		timestamp,
		project: z.string(),
		data: z.object(data),
	});

const EntityRef = { slug: z.string(), schema: z.string(), revision: z.number().int() };

const EVENTS = {
	"entity.committed": envelope("entity.committed", {
		entity: z.object({
			...EntityRef,
			data: z.record(z.string(), z.unknown()).openapi({ description: "The committed data." }),
			message: z.string().nullable(),
			committed_at: timestamp,
			committed_by: z.string().openapi({ description: "Key id, or `root`." }),
		}),
	}),
	"entity.deleted": envelope("entity.deleted", {
		entity: z.object({ ...EntityRef, deleted_at: timestamp, message: z.string().nullable() }),
	}),
	"snapshot.published": envelope("snapshot.published", {
		snapshot: z.object({
			id: z.string(),
			entity_count: z.number().int(),
			content_hash: z.string(),
			published_at: timestamp,
		}),
	}),
	"export.completed": envelope("export.completed", {
		export: z.object({
			id: z.string(),
			snapshot_id: z.string(),
			entity_count: z.number().int(),
			bytes: z.number().int(),
			sha256: z.string(),
			completed_at: timestamp,
		}),
	}),
	"webhook.test": envelope("webhook.test", { webhook: z.object({ id: z.string(), url: z.string() }) }),
};

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
			summary: `\`${type}\``,
			description:
				"Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.",
			request: { headers: Headers, body: { content: { "application/json": { schema } } } },
			responses: { 200: { description: "Any 2xx acknowledges the delivery." } },
		});
	}
}

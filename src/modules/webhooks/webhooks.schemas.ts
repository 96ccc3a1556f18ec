import { z } from "@hono/zod-openapi";
import { ProjectParams, timestamp } from "../../lib/params";

/** Event types an endpoint may subscribe to; `webhook.test` goes only where it is sent. */
export const SUBSCRIBABLE_EVENTS = [
	"entity.committed",
	"entity.deleted",
	"snapshot.published",
	"export.completed",
] as const;

const Events = z
	.array(z.enum([...SUBSCRIBABLE_EVENTS, "*"]))
	.min(1)
	.max(SUBSCRIBABLE_EVENTS.length)
	.refine((events) => new Set(events).size === events.length, "Event types must not repeat.")
	.refine((events) => !events.includes("*") || events.length === 1, '"*" stands alone.')
	.openapi({
		description: 'Event types to receive, each at most once, or `["*"]` (alone) for all.',
		uniqueItems: true,
		example: ["entity.committed"],
	});

const Url = z.string().max(2048).openapi({
	description:
		"https URL on the public internet. `http://localhost:<port>` and `http://127.0.0.1:<port>` only when `FOLIO_WEBHOOK_ALLOW_LOCALHOST=true`.",
	example: "https://hooks.example.com/folio",
});

const Description = z.string().max(500);

export const CreateWebhook = z
	.object({ url: Url, events: Events, description: Description.optional() })
	.strict()
	.openapi("CreateWebhook");

export const UpdateWebhook = z
	.object({
		url: Url.optional(),
		events: Events.optional(),
		description: Description.nullable().optional(),
		enabled: z.boolean().optional().openapi({
			description:
				"`true` re-enables an endpoint that was disabled (by hand, by a 410 or by failing 5 days).",
		}),
	})
	.strict()
	.refine((body) => Object.keys(body).length > 0, "Send at least one field to change.")
	.openapi("UpdateWebhook");

export const Webhook = z
	.object({
		id: z.string(),
		project: z.string(),
		url: z.string(),
		events: z.array(z.string()),
		description: z.string().nullable(),
		schemas: z.array(z.string()).nullable().openapi({
			description:
				"Created by a key limited to these schemas: only entity events of them are sent (`snapshot.*`, `export.*` and `webhook.test` carry no entity data and always are). Fixed at creation. `null`: every schema. A limited key sees and manages only endpoints whose `schemas` lie within its own; others answer 404.",
		}),
		enabled: z.boolean(),
		disabled_reason: z.string().nullable(),
		failing_since: timestamp.nullable().openapi({
			description: "Start of the current run of failed attempts; an endpoint failing for 5 days is disabled.",
		}),
		created_at: timestamp,
		updated_at: timestamp,
	})
	.openapi("Webhook");

export const CreatedWebhook = Webhook.extend({
	secret: z.string().openapi({
		description: "Signing secret (Standard Webhooks). Shown only in this response.",
		example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
	}),
}).openapi("CreatedWebhook");

export const RotatedWebhook = Webhook.extend({
	secret: z.string().openapi({ description: "The new secret. Shown only in this response." }),
	previous_expires_at: timestamp.openapi({ description: "Until then the previous secrets sign too." }),
}).openapi("RotatedWebhook");

export const WebhookParams = ProjectParams.extend({
	id: z
		.string()
		.max(64)
		.openapi({ param: { name: "id", in: "path" }, example: "whk_67a1b2c3Hk3jD7fG1sA5zX8c" }),
});

export const DeliveryParams = WebhookParams.extend({
	delivery_id: z
		.string()
		.max(64)
		.openapi({ param: { name: "delivery_id", in: "path" }, example: "msg_67a1b2c4Pq8rS2tU6vW0xY4z" }),
});

export const ProjectDeliveryParams = ProjectParams.extend({ delivery_id: DeliveryParams.shape.delivery_id });

const Attempt = z
	.object({
		number: z.number().int(),
		attempted_at: timestamp,
		status_code: z.number().int().nullable(),
		duration_ms: z.number().int().nullable(),
		error: z.string().nullable(),
		response: z.string().nullable().openapi({ description: "The first 1 KB of the response body." }),
	})
	.openapi("DeliveryAttempt");

export const Delivery = z
	.object({
		id: z.string().openapi({ description: "The `webhook-id` header of every attempt." }),
		webhook: z.string(),
		event_id: z.string(),
		event_type: z.string(),
		state: z.enum(["pending", "succeeded", "failed"]),
		attempts: z.array(Attempt),
		next_attempt_at: timestamp.nullable(),
		last_error: z.string().nullable(),
		created_at: timestamp,
		updated_at: timestamp,
	})
	.openapi("Delivery");

export const DeliveriesQuery = z.object({
	state: z
		.enum(["pending", "succeeded", "failed"])
		.optional()
		.openapi({ description: "Only deliveries in this state." }),
});

export const Notification = z
	.object({
		id: z.string(),
		type: z.string().openapi({
			description: "`webhook.delivery_failed`, `webhook.endpoint_disabled` or `snapshot.failed`.",
		}),
		subject: z.string().openapi({ description: "The delivery, endpoint or snapshot it is about." }),
		detail: z.record(z.string(), z.unknown()),
		created_at: timestamp,
	})
	.openapi("Notification");

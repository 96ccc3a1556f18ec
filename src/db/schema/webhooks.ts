import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export type DeliveryState = "pending" | "succeeded" | "failed";

export const webhookEndpoints = sqliteTable(
	"webhook_endpoints",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		url: text("url").notNull(),
		/** Event types, or ["*"]. */
		events: text("events", { mode: "json" }).$type<string[]>().notNull(),
		description: text("description"),
		/** The schemas of a limited key that created it: entity events of others are not sent. Null for all. */
		schemas: text("schemas", { mode: "json" }).$type<string[] | null>(),
		enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
		disabledReason: text("disabled_reason"),
		/** Start of the current run of failed attempts; cleared by any success. */
		failingSince: text("failing_since"),
		/** Until then the endpoint's deliveries go through the slow lane (it was slow or failing). */
		slowUntil: text("slow_until"),
		createdAt: text("created_at").notNull(),
		updatedAt: text("updated_at").notNull(),
	},
	(t) => [index("webhook_endpoints_project_idx").on(t.projectId, t.createdAt, t.id)],
);

/**
 * Signing secrets, kept in clear because an HMAC needs them. A rotation gives the current ones an
 * end 24 h out and adds a new one; every secret not yet ended signs each attempt.
 */
export const webhookSecrets = sqliteTable(
	"webhook_secrets",
	{
		id: text("id").primaryKey(),
		endpointId: text("endpoint_id").notNull(),
		secret: text("secret").notNull(),
		createdAt: text("created_at").notNull(),
		expiresAt: text("expires_at"),
	},
	(t) => [index("webhook_secrets_endpoint_idx").on(t.endpointId)],
);

/**
 * One row per (event, endpoint); its id is the `webhook-id` header on every attempt. An attempt
 * is claimed by a conditional update (`in_flight_since`, `claim`) before the request is made, so
 * a queue message delivered twice cannot make the same attempt twice.
 */
export const webhookDeliveries = sqliteTable(
	"webhook_deliveries",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id").notNull(),
		endpointId: text("endpoint_id").notNull(),
		eventId: text("event_id").notNull(),
		eventType: text("event_type").notNull(),
		state: text("state").$type<DeliveryState>().notNull(),
		/** Attempts claimed so far (the number of the latest one). */
		attempts: integer("attempts").notNull().default(0),
		/** The attempt after which a failure is final (the schedule's length + 1; a redelivery's own). */
		finalAttempt: integer("final_attempt").notNull(),
		nextAttemptAt: text("next_attempt_at"),
		inFlightSince: text("in_flight_since"),
		claim: text("claim"),
		lastStatusCode: integer("last_status_code"),
		lastError: text("last_error"),
		createdAt: text("created_at").notNull(),
		updatedAt: text("updated_at").notNull(),
	},
	(t) => [
		uniqueIndex("webhook_deliveries_event_endpoint_idx").on(t.eventId, t.endpointId),
		index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt, t.id),
		index("webhook_deliveries_pending_idx").on(t.state, t.nextAttemptAt),
	],
);

export const webhookAttempts = sqliteTable(
	"webhook_attempts",
	{
		deliveryId: text("delivery_id").notNull(),
		number: integer("number").notNull(),
		attemptedAt: text("attempted_at").notNull(),
		statusCode: integer("status_code"),
		durationMs: integer("duration_ms"),
		error: text("error"),
		/** The first 1 KB of the receiver's response body. */
		response: text("response"),
	},
	(t) => [primaryKey({ columns: [t.deliveryId, t.number] })],
);

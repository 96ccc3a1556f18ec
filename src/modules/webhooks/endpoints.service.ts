import { and, eq, getTableColumns, gt, inArray, isNull, or } from "drizzle-orm";
import {
	outboxEvents,
	webhookAttempts,
	webhookDeliveries,
	webhookEndpoints,
	webhookSecrets,
} from "../../db/schema";
import { ApiError, notFound, validationFailed } from "../../lib/errors";
import { newId, nowIso } from "../../lib/ids";
import { newestFirst, toPage } from "../../lib/pagination";
import { coveredBySql } from "../../lib/schema-limits";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";
import { eventPayload } from "../events/event-payloads";
import { generateWebhookSecret, newSecretId } from "./signing";
import { checkWebhookUrl } from "./url-guard";

/** Bounds the fan-out of one event. */
export const MAX_ENDPOINTS_PER_PROJECT = 20;
const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

type EndpointRow = typeof webhookEndpoints.$inferSelect;

export function webhookResource(row: EndpointRow) {
	return {
		id: row.id,
		project: row.projectId,
		url: row.url,
		events: row.events,
		description: row.description,
		schemas: row.schemas ?? null,
		enabled: row.enabled,
		disabled_reason: row.disabledReason,
		failing_since: row.failingSince,
		created_at: row.createdAt,
		updated_at: row.updatedAt,
	};
}

/** The URL as the guard normalised it, or a 422 pointing at `/url`. */
function acceptUrl(url: string, allowLocalhost: boolean): string {
	const verdict = checkWebhookUrl(url, allowLocalhost);
	if (!verdict.ok) {
		throw validationFailed(
			[{ pointer: "/url", message: verdict.reason, code: "webhook_url_forbidden" }],
			`Webhooks cannot be delivered to this URL: ${verdict.reason}`,
		);
	}
	return verdict.url.href;
}

/**
 * The endpoint's INSERT counts the project's endpoints itself and writes nothing at the cap: a
 * count read before the insert let concurrent creations all pass it. Columns come from the table
 * definition, so a column added there is written here too.
 */
function insertUnderCap(db: Db, row: EndpointRow) {
	const columns = Object.entries(getTableColumns(webhookEndpoints)).flatMap(([key, column]) => {
		const value = row[key as keyof EndpointRow];
		return value === undefined
			? []
			: [{ name: column.name, value: value === null ? null : column.mapToDriverValue(value) }];
	});
	return db.$client
		.prepare(
			`INSERT INTO webhook_endpoints (${columns.map((c) => `"${c.name}"`).join(", ")})
			SELECT ${columns.map((_, i) => `?${i + 3}`).join(", ")}
			WHERE (SELECT count(*) FROM webhook_endpoints WHERE project_id = ?1) < ?2`,
		)
		.bind(row.projectId, MAX_ENDPOINTS_PER_PROJECT, ...columns.map((c) => c.value));
}

export async function createWebhook(
	db: Db,
	projectId: string,
	/** `schemas`: the creating key's limit, recorded so that fan-out skips entity events of others. */
	input: { url: string; events: string[]; description?: string; schemas?: string[] | null },
	allowLocalhost: boolean,
) {
	const url = acceptUrl(input.url, allowLocalhost);
	const now = nowIso();
	const row: EndpointRow = {
		id: newId("whk"),
		projectId,
		url,
		events: input.events,
		description: input.description ?? null,
		schemas: input.schemas ?? null,
		enabled: true,
		disabledReason: null,
		failingSince: null,
		slowUntil: null,
		createdAt: now,
		updatedAt: now,
	};
	const secret = generateWebhookSecret();
	const [inserted] = await db.$client.batch([
		insertUnderCap(db, row),
		db.$client
			.prepare(
				`INSERT INTO webhook_secrets (id, endpoint_id, secret, created_at)
				SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE id = ?2)`,
			)
			.bind(newSecretId(), row.id, secret, now),
	]);
	if (!inserted?.meta.changes) {
		throw new ApiError(
			"webhook_limit_reached",
			`A project has at most ${MAX_ENDPOINTS_PER_PROJECT} webhooks.`,
		);
	}
	return { ...webhookResource(row), secret };
}

export async function findWebhook(db: Db, projectId: string, id: string): Promise<EndpointRow> {
	const row = await db.query.webhookEndpoints.findFirst({
		where: and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.projectId, projectId)),
	});
	if (!row) throw notFound(`Webhook ${id}`);
	return row;
}

/** `allowed`: a limited caller's schemas; endpoints made under another limit (or none) are left out. */
export async function listWebhooks(
	db: Db,
	projectId: string,
	limit: number,
	cursor?: string,
	allowed: string[] | null = null,
) {
	const order = newestFirst(webhookEndpoints.createdAt, webhookEndpoints.id, cursor);
	const rows = await db.query.webhookEndpoints.findMany({
		where: and(
			eq(webhookEndpoints.projectId, projectId),
			coveredBySql(webhookEndpoints.schemas, allowed),
			order.where,
		),
		orderBy: order.orderBy,
		limit: limit + 1,
	});
	const result = toPage(rows, limit, order.position);
	return { data: result.data.map(webhookResource), next_cursor: result.next_cursor };
}

export async function updateWebhook(
	db: Db,
	projectId: string,
	id: string,
	input: { url?: string; events?: string[]; description?: string | null; enabled?: boolean },
	allowLocalhost: boolean,
) {
	const row = await findWebhook(db, projectId, id);
	const changes: Partial<EndpointRow> = { updatedAt: nowIso() };
	if (input.url !== undefined) {
		changes.url = acceptUrl(input.url, allowLocalhost);
		// The slow lane judged the old receiver; a new one starts in the main lane.
		changes.slowUntil = null;
	}
	if (input.events !== undefined) changes.events = input.events;
	if (input.description !== undefined) changes.description = input.description;
	if (input.enabled !== undefined) {
		changes.enabled = input.enabled;
		changes.disabledReason = input.enabled ? null : "Disabled by an administrator.";
		// A re-enabled endpoint starts a fresh 5-day count.
		if (input.enabled && !row.enabled) changes.failingSince = null;
	}
	await db.update(webhookEndpoints).set(changes).where(eq(webhookEndpoints.id, id));
	return webhookResource({ ...row, ...changes });
}

/** Removes the endpoint with its secrets and delivery log in one batch. */
export async function deleteWebhook(db: Db, projectId: string, id: string) {
	await findWebhook(db, projectId, id);
	const deliveries = db
		.select({ id: webhookDeliveries.id })
		.from(webhookDeliveries)
		.where(eq(webhookDeliveries.endpointId, id));
	await db.batch([
		db.delete(webhookAttempts).where(inArray(webhookAttempts.deliveryId, deliveries)),
		db.delete(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id)),
		db.delete(webhookSecrets).where(eq(webhookSecrets.endpointId, id)),
		db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)),
	]);
}

/** A new secret; the ones in use keep signing until 24 h from now. */
export async function rotateWebhookSecret(db: Db, projectId: string, id: string) {
	const row = await findWebhook(db, projectId, id);
	const now = nowIso();
	const end = new Date(Date.now() + ROTATION_OVERLAP_MS).toISOString();
	const secret = generateWebhookSecret();
	await db.batch([
		db
			.update(webhookSecrets)
			.set({ expiresAt: end })
			.where(
				and(
					eq(webhookSecrets.endpointId, id),
					or(isNull(webhookSecrets.expiresAt), gt(webhookSecrets.expiresAt, end)),
				),
			),
		db.insert(webhookSecrets).values({ id: newSecretId(), endpointId: id, secret, createdAt: now }),
		db.update(webhookEndpoints).set({ updatedAt: now }).where(eq(webhookEndpoints.id, id)),
	]);
	return { ...webhookResource({ ...row, updatedAt: now }), secret, previous_expires_at: end };
}

/**
 * A `webhook.test` event for this endpoint only: the event (already marked handled, so the
 * fan-out never sees it) and its delivery are written in one batch.
 */
export async function createTestDelivery(db: Db, projectId: string, id: string, finalAttempt: number) {
	const row = await findWebhook(db, projectId, id);
	if (!row.enabled) {
		throw new ApiError("webhook_disabled", "The webhook is disabled; enable it before testing.");
	}
	const now = nowIso();
	const eventId = newId("evt");
	const payload = eventPayload(
		"webhook.test",
		{ id: eventId, timestamp: now, project: projectId },
		{ webhook: { id: row.id, url: row.url } },
	);
	const delivery = {
		id: newId("msg"),
		projectId,
		endpointId: row.id,
		eventId,
		eventType: "webhook.test",
		state: "pending" as const,
		attempts: 0,
		finalAttempt,
		nextAttemptAt: now,
		createdAt: now,
		updatedAt: now,
	};
	await db.batch([
		db
			.insert(outboxEvents)
			.values({ id: eventId, projectId, type: "webhook.test", payload, createdAt: now, handledAt: now }),
		db.insert(webhookDeliveries).values(delivery),
	]);
	const effects: Effect[] = [{ kind: "attempt-deliveries", ids: [delivery.id] }];
	return { eventId, deliveryId: delivery.id, effects };
}

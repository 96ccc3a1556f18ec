import type { Context } from "hono";
import { configOf } from "../../config";
import { createRouter } from "../../lib/create-router";
import { notFound } from "../../lib/errors";
import { coveredBy, schemaLimit } from "../../lib/schema-limits";
import type { AppEnv } from "../../lib/types";
import { afterCommit, type Effect } from "../../queues/effects";
import { listNotifications } from "../notifications/notifications.service";
import { getDelivery, listDeliveries, redeliver } from "./deliveries.service";
import {
	createTestDelivery,
	createWebhook,
	deleteWebhook,
	findWebhook,
	listWebhooks,
	rotateWebhookSecret,
	updateWebhook,
	webhookResource,
} from "./endpoints.service";
import {
	createWebhookRoute,
	deleteWebhookRoute,
	getDeliveryRoute,
	getWebhookRoute,
	listDeliveriesRoute,
	listNotificationsRoute,
	listWebhooksRoute,
	redeliverByIdRoute,
	redeliverRoute,
	rotateWebhookSecretRoute,
	testWebhookRoute,
	updateWebhookRoute,
} from "./webhooks.routes";

const allowLocalhost = (c: Context<AppEnv>) => configOf(c.env).allowLocalhost;
const webhookUrl = (project: string, id: string) => `/api/v1/admin/projects/${project}/webhooks/${id}`;

/** A delivery made due now: its attempt is queued after the response. */
function dueNow(
	c: Context<AppEnv>,
	project: string,
	delivery: { id: string; webhook: string },
	effects: Effect[],
) {
	afterCommit(c.executionCtx, c.env, effects);
	c.header("Location", `${webhookUrl(project, delivery.webhook)}/deliveries/${delivery.id}`);
}

/**
 * A schema-limited key manages only endpoints made under a limit within its own (absent to it
 * otherwise): re-pointing an endpoint that receives every schema's events, or redelivering its
 * events, would hand the key entities it is barred from.
 */
async function checkVisible(c: Context<AppEnv>, project: string, endpointId: string) {
	const allowed = schemaLimit(c.get("principal"));
	if (!allowed) return;
	const row = await findWebhook(c.get("db"), project, endpointId);
	if (!coveredBy(row.schemas, allowed)) throw notFound(`Webhook ${endpointId}`);
}

export const webhooksRouter = createRouter()
	.openapi(createWebhookRoute, async (c) => {
		const { project } = c.req.valid("param");
		const input = { ...c.req.valid("json"), schemas: schemaLimit(c.get("principal")) };
		const created = await createWebhook(c.get("db"), project, input, allowLocalhost(c));
		c.set("secretResponse", true);
		c.header("Location", webhookUrl(project, created.id));
		return c.json(created, 201);
	})
	.openapi(listWebhooksRoute, async (c) => {
		const { project } = c.req.valid("param");
		const { limit, cursor } = c.req.valid("query");
		const schemas = schemaLimit(c.get("principal"));
		return c.json(await listWebhooks(c.get("db"), project, limit, cursor, schemas), 200);
	})
	.openapi(getWebhookRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		await checkVisible(c, project, id);
		return c.json(webhookResource(await findWebhook(c.get("db"), project, id)), 200);
	})
	.openapi(updateWebhookRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		await checkVisible(c, project, id);
		const body = c.req.valid("json");
		return c.json(await updateWebhook(c.get("db"), project, id, body, allowLocalhost(c)), 200);
	})
	.openapi(deleteWebhookRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		await checkVisible(c, project, id);
		await deleteWebhook(c.get("db"), project, id);
		return c.body(null, 204);
	})
	.openapi(rotateWebhookSecretRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		await checkVisible(c, project, id);
		const rotated = await rotateWebhookSecret(c.get("db"), project, id);
		c.set("secretResponse", true);
		return c.json(rotated, 200);
	})
	.openapi(testWebhookRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		await checkVisible(c, project, id);
		const db = c.get("db");
		const finalAttempt = configOf(c.env).retrySchedule.length + 1;
		const { deliveryId, effects } = await createTestDelivery(db, project, id, finalAttempt);
		const delivery = await getDelivery(db, project, deliveryId);
		dueNow(c, project, delivery, effects);
		return c.json(delivery, 202);
	})
	.openapi(listDeliveriesRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		await checkVisible(c, project, id);
		return c.json(await listDeliveries(c.get("db"), project, id, c.req.valid("query")), 200);
	})
	.openapi(getDeliveryRoute, async (c) => {
		const { project, id, delivery_id } = c.req.valid("param");
		await checkVisible(c, project, id);
		return c.json(await getDelivery(c.get("db"), project, delivery_id, id), 200);
	})
	.openapi(redeliverRoute, async (c) => {
		const { project, id, delivery_id } = c.req.valid("param");
		await checkVisible(c, project, id);
		const { delivery, effects } = await redeliver(c.get("db"), project, delivery_id, id);
		dueNow(c, project, delivery, effects);
		return c.json(delivery, 202);
	})
	.openapi(redeliverByIdRoute, async (c) => {
		const { project, delivery_id } = c.req.valid("param");
		if (schemaLimit(c.get("principal"))) {
			await checkVisible(c, project, (await getDelivery(c.get("db"), project, delivery_id)).webhook);
		}
		const { delivery, effects } = await redeliver(c.get("db"), project, delivery_id);
		dueNow(c, project, delivery, effects);
		return c.json(delivery, 202);
	})
	.openapi(listNotificationsRoute, async (c) => {
		const { project } = c.req.valid("param");
		const { limit, cursor } = c.req.valid("query");
		return c.json(await listNotifications(c.get("db"), project, limit, cursor), 200);
	});

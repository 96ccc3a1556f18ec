import { page, paginationQuery } from "../../lib/pagination";
import { ProjectParams } from "../../lib/params";
import { defineRoute, jsonBodyOf, jsonContent, NO_STORE, secretContent } from "../../openapi/define-route";
import {
	CreatedWebhook,
	CreateWebhook,
	DeliveriesQuery,
	Delivery,
	DeliveryParams,
	Notification,
	ProjectDeliveryParams,
	RotatedWebhook,
	UpdateWebhook,
	Webhook,
	WebhookParams,
} from "./webhooks.schemas";

const MANAGE = { scope: "webhook.manage" } as const;
const base = "/api/v1/admin/projects/{project}/webhooks";
const tags = ["Webhooks"];
const location = { Location: { schema: { type: "string" as const }, description: "The resource's URL." } };

export const createWebhookRoute = defineRoute(
	MANAGE,
	{
		operationId: "createWebhook",
		method: "post",
		path: base,
		tags,
		summary: "Register a webhook endpoint",
		description:
			"The signing secret appears in this response only. Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). At most 20 endpoints per project.",
		request: { params: ProjectParams, body: jsonBodyOf(CreateWebhook) },
		responses: {
			201: {
				...jsonContent(CreatedWebhook, "The endpoint, with its secret."),
				headers: { ...location, ...NO_STORE },
			},
		},
	},
	[409],
);

export const listWebhooksRoute = defineRoute(MANAGE, {
	operationId: "listWebhooks",
	method: "get",
	path: base,
	tags,
	summary: "List webhook endpoints",
	request: { params: ProjectParams, query: paginationQuery },
	responses: { 200: jsonContent(page(Webhook), "A page of endpoints, newest first; never their secrets.") },
});

export const getWebhookRoute = defineRoute(MANAGE, {
	operationId: "getWebhook",
	method: "get",
	path: `${base}/{id}`,
	tags,
	summary: "Get a webhook endpoint",
	request: { params: WebhookParams },
	responses: { 200: jsonContent(Webhook, "The endpoint.") },
});

export const updateWebhookRoute = defineRoute(MANAGE, {
	operationId: "updateWebhook",
	method: "patch",
	path: `${base}/{id}`,
	tags,
	summary: "Change a webhook endpoint",
	description:
		"Change its URL, events, description, or enable / disable it. Fields left out stay as they are.",
	request: { params: WebhookParams, body: jsonBodyOf(UpdateWebhook) },
	responses: { 200: jsonContent(Webhook, "The endpoint as changed.") },
});

export const deleteWebhookRoute = defineRoute(MANAGE, {
	operationId: "deleteWebhook",
	method: "delete",
	path: `${base}/{id}`,
	tags,
	summary: "Remove a webhook endpoint",
	description: "Removes the endpoint, its secrets and its delivery log. Pending deliveries are dropped.",
	request: { params: WebhookParams },
	responses: { 204: { description: "Removed." } },
});

export const rotateWebhookSecretRoute = defineRoute(MANAGE, {
	operationId: "rotateWebhookSecret",
	method: "post",
	path: `${base}/{id}/rotate-secret`,
	tags,
	summary: "Rotate an endpoint's signing secret",
	description:
		"Issues a new secret. For 24 h every attempt carries one `v1,` signature per secret, so receivers can switch at leisure.",
	request: { params: WebhookParams },
	responses: { 200: secretContent(RotatedWebhook, "The endpoint with its new secret (shown only here).") },
});

export const testWebhookRoute = defineRoute(
	MANAGE,
	{
		operationId: "testWebhook",
		method: "post",
		path: `${base}/{id}/test`,
		tags,
		summary: "Send a `webhook.test` event to this endpoint",
		request: { params: WebhookParams },
		responses: { 202: { ...jsonContent(Delivery, "The queued delivery."), headers: location } },
	},
	[409],
);

export const listDeliveriesRoute = defineRoute(MANAGE, {
	operationId: "listDeliveries",
	method: "get",
	path: `${base}/{id}/deliveries`,
	tags,
	summary: "An endpoint's delivery log",
	description:
		"Newest first, each delivery with its attempts (time, status code, duration, error, response).",
	request: { params: WebhookParams, query: paginationQuery.extend(DeliveriesQuery.shape) },
	responses: { 200: jsonContent(page(Delivery), "A page of deliveries.") },
});

export const getDeliveryRoute = defineRoute(MANAGE, {
	operationId: "getDelivery",
	method: "get",
	path: `${base}/{id}/deliveries/{delivery_id}`,
	tags,
	summary: "Get one delivery with its attempts",
	request: { params: DeliveryParams },
	responses: { 200: jsonContent(Delivery, "The delivery.") },
});

const redeliverDoc = {
	tags,
	summary: "Deliver again now",
	description:
		"Same delivery id, so the same `webhook-id`. A finished delivery gets one more attempt; a pending one has its next attempt brought forward.",
};

export const redeliverRoute = defineRoute(
	MANAGE,
	{
		...redeliverDoc,
		operationId: "redeliver",
		method: "post",
		path: `${base}/{id}/deliveries/{delivery_id}/redeliver`,
		request: { params: DeliveryParams },
		responses: { 202: { ...jsonContent(Delivery, "The delivery, due now."), headers: location } },
	},
	[409],
);

export const redeliverByIdRoute = defineRoute(
	MANAGE,
	{
		...redeliverDoc,
		operationId: "redeliverById",
		method: "post",
		path: "/api/v1/admin/projects/{project}/deliveries/{delivery_id}/redeliver",
		request: { params: ProjectDeliveryParams },
		responses: { 202: { ...jsonContent(Delivery, "The delivery, due now."), headers: location } },
	},
	[409],
);

export const listNotificationsRoute = defineRoute(MANAGE, {
	operationId: "listNotifications",
	method: "get",
	path: "/api/v1/admin/projects/{project}/notifications",
	tags: ["Notifications"],
	summary: "Admin notifications",
	description:
		"Deliveries that failed for good, endpoints that were disabled, snapshot builds that failed. Newest first.",
	request: { params: ProjectParams, query: paginationQuery },
	responses: { 200: jsonContent(page(Notification), "A page of notifications.") },
});

import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type {
	CreatedWebhook,
	Delivery,
	FiltersOf,
	Notification,
	RequestBody,
	RequestOptions,
	RotatedWebhook,
	Webhook,
} from "../types.ts";
import { adminPath, paginate, path } from "./shared.ts";

/** The delivery log of one endpoint. */
export class Deliveries {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	list(
		project: string,
		webhook: string,
		filters?: FiltersOf<"listDeliveries">,
		options?: RequestOptions,
	): Paginator<Delivery> {
		return paginate(this.#transport, `${webhookPath(project, webhook)}/deliveries`, filters, options);
	}

	get(project: string, webhook: string, delivery: string, options?: RequestOptions): Promise<Delivery> {
		return this.#transport.json("GET", deliveryPath(project, webhook, delivery), options);
	}

	/** Delivers again now, with the same `webhook-id`. */
	redeliver(project: string, webhook: string, delivery: string, options?: RequestOptions): Promise<Delivery> {
		return this.#transport.json("POST", `${deliveryPath(project, webhook, delivery)}/redeliver`, options);
	}
}

/** Webhook endpoints (`webhook.manage`). */
export class Webhooks {
	readonly #transport: Transport;
	readonly deliveries: Deliveries;

	constructor(transport: Transport) {
		this.#transport = transport;
		this.deliveries = new Deliveries(transport);
	}

	/** The result holds the endpoint's `secret` (`whsec_…`), shown this once. */
	create(
		project: string,
		body: RequestBody<"createWebhook">,
		options?: RequestOptions,
	): Promise<CreatedWebhook> {
		return this.#transport.json("POST", `${adminPath(project)}/webhooks`, { ...options, body });
	}

	list(project: string, filters?: FiltersOf<"listWebhooks">, options?: RequestOptions): Paginator<Webhook> {
		return paginate(this.#transport, `${adminPath(project)}/webhooks`, filters, options);
	}

	get(project: string, id: string, options?: RequestOptions): Promise<Webhook> {
		return this.#transport.json("GET", webhookPath(project, id), options);
	}

	/** Changes url, events, description or `enabled` (true re-enables a disabled endpoint). */
	update(
		project: string,
		id: string,
		body: RequestBody<"updateWebhook">,
		options?: RequestOptions,
	): Promise<Webhook> {
		return this.#transport.json("PATCH", webhookPath(project, id), { ...options, body });
	}

	delete(project: string, id: string, options?: RequestOptions): Promise<void> {
		return this.#transport.json("DELETE", webhookPath(project, id), options);
	}

	/** A new secret; for 24 h deliveries are signed with the old and the new one. */
	rotateSecret(project: string, id: string, options?: RequestOptions): Promise<RotatedWebhook> {
		return this.#transport.json("POST", `${webhookPath(project, id)}/rotate-secret`, options);
	}

	/** Queues a `webhook.test` event to this endpoint. */
	test(project: string, id: string, options?: RequestOptions): Promise<Delivery> {
		return this.#transport.json("POST", `${webhookPath(project, id)}/test`, options);
	}
}

/** Admin notifications: exhausted deliveries, disabled endpoints, failed snapshots. */
export class Notifications {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	list(
		project: string,
		filters?: FiltersOf<"listNotifications">,
		options?: RequestOptions,
	): Paginator<Notification> {
		return paginate(this.#transport, `${adminPath(project)}/notifications`, filters, options);
	}
}

const webhookPath = (project: string, id: string) => `${adminPath(project)}${path`/webhooks/${id}`}`;
const deliveryPath = (project: string, webhook: string, delivery: string) =>
	`${webhookPath(project, webhook)}${path`/deliveries/${delivery}`}`;

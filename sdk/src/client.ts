import { Entities, runBatch } from "./resources/entities.ts";
import { Events } from "./resources/events.ts";
import { Exports } from "./resources/exports.ts";
import { Keys, Projects } from "./resources/projects.ts";
import { Read } from "./resources/read.ts";
import { Schemas } from "./resources/schemas.ts";
import type { WriteOptions } from "./resources/shared.ts";
import { Snapshots } from "./resources/snapshots.ts";
import { Notifications, Webhooks } from "./resources/webhooks.ts";
import { type CallOptions, type FolioOptions, Transport } from "./transport.ts";
import type { BatchOperation, BatchResult, Health, RequestOptions } from "./types.ts";

/**
 * The Folio API client. One instance per key; it holds no connection state, so share it freely.
 *
 *     const folio = new Folio({ baseUrl: "http://localhost:8787", apiKey: process.env.FOLIO_KEY });
 *     for await (const entity of folio.entities.list("demo")) console.log(entity.slug);
 */
export class Folio {
	readonly #transport: Transport;
	readonly projects: Projects;
	readonly keys: Keys;
	readonly schemas: Schemas;
	readonly entities: Entities;
	readonly snapshots: Snapshots;
	readonly read: Read;
	readonly webhooks: Webhooks;
	readonly notifications: Notifications;
	readonly exports: Exports;
	readonly events: Events;

	constructor(options: FolioOptions) {
		const transport = new Transport(options);
		this.#transport = transport;
		this.projects = new Projects(transport);
		this.keys = new Keys(transport);
		this.schemas = new Schemas(transport);
		this.entities = new Entities(transport);
		this.snapshots = new Snapshots(transport);
		this.read = new Read(transport);
		this.webhooks = new Webhooks(transport);
		this.notifications = new Notifications(transport);
		this.exports = new Exports(transport);
		this.events = new Events(transport);
	}

	/** The newest `X-Folio-Bookmark` seen; every request sends it, so reads see this client's writes. */
	get bookmark(): string | undefined {
		return this.#transport.bookmark;
	}

	/** Applies up to 100 entity operations atomically: all or nothing. */
	batch(project: string, operations: BatchOperation[], options?: WriteOptions): Promise<BatchResult> {
		return runBatch(this.#transport, project, operations, options);
	}

	/** Liveness and D1 reachability (no authentication needed). */
	health(options?: RequestOptions): Promise<Health> {
		return this.#transport.json("GET", "/api/v1/health", options);
	}

	/**
	 * Any route, with the client's authentication, signing and retries; resolves to the successful
	 * response (2xx or 304) unread, so conditional and streaming reads are possible.
	 */
	request(method: string, path: string, options?: CallOptions): Promise<Response> {
		return this.#transport.send(method.toUpperCase(), path, options);
	}
}

import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type {
	BatchOperation,
	BatchResult,
	DryRunEntity,
	Entity,
	FiltersOf,
	RequestBody,
	RequestOptions,
	Revision,
} from "../types.ts";
import {
	adminPath,
	type ConditionalWriteOptions,
	callOptions,
	type DryRunAware,
	paginate,
	path,
	type WriteOptions,
} from "./shared.ts";

type Written<Options> = Promise<DryRunAware<Options, Entity, DryRunEntity>>;
type NoOptions = Record<never, never>;

export interface PutOptions extends ConditionalWriteOptions {
	/** `"*"`: create only; 412 `version_conflict` when the entity exists. */
	ifNoneMatch?: "*";
}

export interface DeleteOptions extends ConditionalWriteOptions {
	/** Commit message of the deletion. */
	message?: string;
}

/** Entities: drafts, commits and history (`content.write`). */
export class Entities {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/** A new draft (201). A taken slug is a 409 `slug_taken`. */
	create<Options extends WriteOptions = NoOptions>(
		project: string,
		body: RequestBody<"createEntity">,
		options?: Options,
	): Written<Options> {
		const call = callOptions(options);
		return this.#transport.json("POST", `${adminPath(project)}/entities`, { ...call, body });
	}

	/** Creates or updates; `mode: "commit"` (with `message`) commits at once. */
	put<Options extends PutOptions = NoOptions>(
		project: string,
		slug: string,
		body: RequestBody<"putEntity">,
		options?: Options,
	): Written<Options> {
		const { ifNoneMatch, ...rest } = options ?? {};
		const call = callOptions(rest);
		if (ifNoneMatch) call.headers["If-None-Match"] = ifNoneMatch;
		return this.#transport.json("PUT", this.#entity(project, slug), { ...call, body });
	}

	/** Promotes the draft to a committed revision. No draft is a 409 `nothing_to_commit`. */
	commit<Options extends ConditionalWriteOptions = NoOptions>(
		project: string,
		slug: string,
		message: string,
		options?: Options,
	): Written<Options> {
		const call = callOptions(options);
		const body: RequestBody<"commitEntity"> = { message };
		return this.#transport.json("POST", `${this.#entity(project, slug)}/commit`, { ...call, body });
	}

	/** Commits a deletion: the entity leaves the next snapshot. */
	delete<Options extends DeleteOptions = NoOptions>(
		project: string,
		slug: string,
		options?: Options,
	): Written<Options> {
		const { message, ...rest } = options ?? {};
		const body: RequestBody<"deleteEntity"> | undefined = message === undefined ? undefined : { message };
		return this.#transport.json("DELETE", this.#entity(project, slug), { ...callOptions(rest), body });
	}

	get(project: string, slug: string, options?: RequestOptions): Promise<Entity> {
		return this.#transport.json("GET", this.#entity(project, slug), options);
	}

	list(project: string, filters?: FiltersOf<"listEntities">, options?: RequestOptions): Paginator<Entity> {
		return paginate(this.#transport, `${adminPath(project)}/entities`, filters, options);
	}

	/** Committed revisions, newest first. */
	revisions(
		project: string,
		slug: string,
		filters?: FiltersOf<"listRevisions">,
		options?: RequestOptions,
	): Paginator<Revision> {
		return paginate(this.#transport, `${this.#entity(project, slug)}/revisions`, filters, options);
	}

	#entity(project: string, slug: string): string {
		return `${adminPath(project)}${path`/entities/${slug}`}`;
	}
}

/** Up to 100 operations applied atomically: all or nothing (`content.write`). */
export function runBatch(
	transport: Transport,
	project: string,
	operations: BatchOperation[],
	options?: WriteOptions,
): Promise<BatchResult> {
	const body: RequestBody<"batchEntities"> = { operations };
	return transport.json("POST", `${adminPath(project)}/batch`, { ...callOptions(options), body });
}

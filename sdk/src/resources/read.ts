import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type { FiltersOf, PublishedSnapshot, RequestOptions, SnapshotEntity } from "../types.ts";
import { paginate, path } from "./shared.ts";

export interface SnapshotSelector {
	/** A snapshot id, or `latest` (the default). Ids are immutable and cache forever. */
	snapshot?: string;
}

/** The read API over published snapshots (`content.read`). */
export class Read {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	latest(project: string, options?: RequestOptions): Promise<PublishedSnapshot> {
		return this.#transport.json("GET", path`/api/v1/projects/${project}/snapshots/latest`, options);
	}

	entities(
		project: string,
		filters: FiltersOf<"readSnapshotEntities"> & SnapshotSelector = {},
		options?: RequestOptions,
	): Paginator<SnapshotEntity> {
		const { snapshot = "latest", ...query } = filters;
		return paginate(this.#transport, `${this.#snapshot(project, snapshot)}/entities`, query, options);
	}

	entity(
		project: string,
		slug: string,
		selector: SnapshotSelector = {},
		options?: RequestOptions,
	): Promise<SnapshotEntity> {
		const snapshot = this.#snapshot(project, selector.snapshot ?? "latest");
		return this.#transport.json("GET", `${snapshot}${path`/entities/${slug}`}`, options);
	}

	#snapshot(project: string, snapshot: string): string {
		return path`/api/v1/projects/${project}/snapshots/${snapshot}`;
	}
}

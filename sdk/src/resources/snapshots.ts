import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type {
	FiltersOf,
	PromoteSnapshotDryRun,
	RegenerateSnapshotDryRun,
	RequestBody,
	RequestOptions,
	Snapshot,
	SnapshotChange,
} from "../types.ts";
import {
	adminPath,
	callOptions,
	type DryRunAware,
	paginate,
	path,
	pollUntil,
	type WaitOptions,
	type WriteOptions,
} from "./shared.ts";

export type { WaitOptions } from "./shared.ts";

export interface RegenerateOptions extends WriteOptions {
	/** Poll until the snapshot is `published` or `failed`, and return it then. */
	wait?: boolean | WaitOptions;
}

export interface PromoteOptions extends WriteOptions {
	/** The snapshot id `latest` must have now (quoted or not); otherwise a 412 `version_conflict`. */
	ifMatch?: string;
}

export type ChangesOptions = FiltersOf<"readSnapshotChanges">;

const SETTLED = new Set<Snapshot["status"]>(["published", "failed"]);

export class SnapshotWaitTimeout extends Error {
	override name = "SnapshotWaitTimeout";
	readonly snapshot: Snapshot;

	constructor(snapshot: Snapshot, timeoutMs: number) {
		super(`Snapshot ${snapshot.id} is still ${snapshot.status} after ${timeoutMs} ms.`);
		this.snapshot = snapshot;
	}
}

/** Building snapshots (`snapshot.manage`). */
export class Snapshots {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/**
	 * Queues a rebuild (202; a rebuild queued and not started yet is reused). With `wait`, resolves
	 * once the build settles: check `status`, a build can end `failed`.
	 */
	async regenerate<Options extends RegenerateOptions = Record<never, never>>(
		project: string,
		body: RequestBody<"regenerateSnapshot"> = {},
		options?: Options,
	): Promise<DryRunAware<Options, Snapshot, RegenerateSnapshotDryRun>> {
		const { wait, ...rest } = options ?? {};
		const result = await this.#transport.json<Snapshot | RegenerateSnapshotDryRun>(
			"POST",
			`${adminPath(project)}/snapshots/regenerate`,
			{ ...callOptions(rest), body },
		);
		if (!wait || "dry_run" in result) return result as never;
		const waitOptions = wait === true ? { signal: options?.signal } : wait;
		return (await this.wait(project, result.id, waitOptions)) as never;
	}

	/** Polls a snapshot until it is `published` or `failed`. */
	wait(project: string, id: string, options: WaitOptions = {}): Promise<Snapshot> {
		return pollUntil(
			(signal) => this.get(project, id, { signal }),
			(snapshot) => SETTLED.has(snapshot.status),
			(snapshot, ms) => new SnapshotWaitTimeout(snapshot, ms),
			options,
		);
	}

	list(project: string, filters?: FiltersOf<"listSnapshots">, options?: RequestOptions): Paginator<Snapshot> {
		return paginate(this.#transport, `${adminPath(project)}/snapshots`, filters, options);
	}

	get(project: string, id: string, options?: RequestOptions): Promise<Snapshot> {
		return this.#transport.json("GET", `${adminPath(project)}${path`/snapshots/${id}`}`, options);
	}

	/**
	 * The entities that differ between `since` and snapshot `id` (or `latest`), in slug order
	 * (`content.read`). Iterate for every change; a page may be short, even empty, with more to come.
	 */
	changes(
		project: string,
		id: string,
		filters: ChangesOptions,
		options?: RequestOptions,
	): Paginator<SnapshotChange> {
		return paginate(
			this.#transport,
			path`/api/v1/projects/${project}/snapshots/${id}/changes`,
			filters,
			options,
		);
	}

	/**
	 * Makes a published snapshot `latest` at once (a rollback, or forward again). With `ifMatch`,
	 * only if `latest` is still that id; with `dryRun: true`, what would result.
	 */
	promote<Options extends PromoteOptions = Record<never, never>>(
		project: string,
		id: string,
		options?: Options,
	): Promise<DryRunAware<Options, Snapshot, PromoteSnapshotDryRun>> {
		const { ifMatch, ...rest } = options ?? {};
		const tag = ifMatch === undefined || ifMatch.startsWith('"') ? ifMatch : `"${ifMatch}"`;
		return this.#transport.json(
			"POST",
			`${adminPath(project)}${path`/snapshots/${id}/promote`}`,
			callOptions({ ...rest, ifMatch: tag }),
		) as never;
	}
}

import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type { FiltersOf, RegenerateSnapshotDryRun, RequestBody, RequestOptions, Snapshot } from "../types.ts";
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
}

import type { Paginator } from "../pagination.ts";
import { sleep } from "../retry.ts";
import type { Transport } from "../transport.ts";
import type { FiltersOf, RegenerateSnapshotDryRun, RequestBody, RequestOptions, Snapshot } from "../types.ts";
import { adminPath, callOptions, type DryRunAware, paginate, path, type WriteOptions } from "./shared.ts";

export interface WaitOptions {
	/** Between polls. Default 1000. */
	intervalMs?: number;
	/** Give up (with a `SnapshotWaitTimeout` or `ExportWaitTimeout`) after this long. Default 300 000. */
	timeoutMs?: number;
	signal?: AbortSignal;
}

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
	async wait(project: string, id: string, options: WaitOptions = {}): Promise<Snapshot> {
		const { intervalMs = 1000, timeoutMs = 300_000, signal } = options;
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const snapshot = await this.get(project, id, { signal });
			if (SETTLED.has(snapshot.status)) return snapshot;
			if (Date.now() + intervalMs > deadline) throw new SnapshotWaitTimeout(snapshot, timeoutMs);
			await sleep(intervalMs, signal);
		}
	}

	list(project: string, filters?: FiltersOf<"listSnapshots">, options?: RequestOptions): Paginator<Snapshot> {
		return paginate(this.#transport, `${adminPath(project)}/snapshots`, filters, options);
	}

	get(project: string, id: string, options?: RequestOptions): Promise<Snapshot> {
		return this.#transport.json("GET", `${adminPath(project)}${path`/snapshots/${id}`}`, options);
	}
}

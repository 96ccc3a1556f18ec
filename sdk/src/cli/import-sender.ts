import type { Folio } from "../client.ts";
import { FolioError } from "../errors.ts";
import { describeError } from "./common.ts";
import type { Failure, Pending } from "./import-batches.ts";
import type { Progress } from "./progress.ts";

// Sending: batch requests in flight up to the concurrency, each refused line recorded as a
// failure and the rest of its batch sent again; a refusal of the whole import stops it.

/** The operation index a refused batch names: `operation_index`, else the first `/operations/i` pointer. */
function refusedIndexes(error: FolioError): number[] {
	const index = (error.problem as { operation_index?: unknown }).operation_index;
	if (typeof index === "number") return [index];
	const found = new Set<number>();
	for (const e of error.problem.errors ?? []) {
		const match = /^\/operations\/(\d+)(\/|$)/.exec(e.pointer ?? "");
		if (match) found.add(Number(match[1]));
	}
	return [...found];
}

/**
 * A refusal that concerns the whole import rather than some of its lines: unreachable, the key or
 * project refused, still rate-limited (or in flight) after the SDK's retries, or a server error.
 */
const fatal = (error: unknown) =>
	!(error instanceof FolioError) ||
	[0, 401, 403, 404, 429].includes(error.status) ||
	error.code === "idempotency_in_flight" ||
	error.status >= 500;

export interface SenderOptions {
	folio: Folio;
	project: string;
	dryRun: boolean;
	concurrency: number;
	progress: Progress;
	failures: Failure[];
}

export class BatchSender {
	/** Operations the API accepted (or, in a dry run, found valid). */
	written = 0;
	/** The first refusal of the whole import; once set, nothing more is sent. */
	stop: unknown = null;
	private readonly inFlight = new Set<Promise<void>>();
	// A slug repeated in the file must be written in file order: a batch waits for any batch in
	// flight that holds one of its slugs, so the later line always lands last.
	private readonly bySlug = new Map<string, Promise<void>>();

	private readonly options: SenderOptions;

	constructor(options: SenderOptions) {
		this.options = options;
	}

	/** Starts a batch; returns once fewer than `concurrency` batches are in flight. */
	async dispatch(batch: Pending[]) {
		const { inFlight, bySlug } = this;
		const before = new Set(batch.map((p) => bySlug.get(p.op.slug)).filter((t) => t !== undefined));
		const task: Promise<void> = Promise.all(before)
			.then(() => this.send(batch))
			.catch((error) => {
				this.stop ??= error;
			})
			.finally(() => {
				inFlight.delete(task);
				for (const p of batch) if (bySlug.get(p.op.slug) === task) bySlug.delete(p.op.slug);
			});
		for (const p of batch) bySlug.set(p.op.slug, task);
		inFlight.add(task);
		if (inFlight.size >= this.options.concurrency) await Promise.race(inFlight);
	}

	/** Waits for every batch in flight. */
	async drain() {
		await Promise.all(this.inFlight);
	}

	private async send(batch: Pending[]): Promise<void> {
		const { folio, project, dryRun, progress, failures } = this.options;
		let rest = batch;
		while (rest.length > 0) {
			try {
				await folio.batch(
					project,
					rest.map((p) => p.op),
					// Nothing of the answer is used but its success: ask for it without entity data.
					{ dryRun, headers: { Prefer: "return=minimal" } },
				);
				this.written += rest.length;
				progress.add(rest.length);
				return;
			} catch (error) {
				if (fatal(error)) throw error;
				// Too large after all (an entity far above the average): halve the batch.
				if ((error as FolioError).status === 413 && rest.length > 1) {
					const half = Math.ceil(rest.length / 2);
					await this.send(rest.slice(0, half));
					await this.send(rest.slice(half));
					return;
				}
				const refused = refusedIndexes(error as FolioError).filter((i) => i >= 0 && i < rest.length);
				const reason = describeError(error);
				if (refused.length === 0) {
					for (const p of rest) failures.push({ line: p.line, slug: p.op.slug, error: reason });
					progress.add(rest.length);
					return;
				}
				for (const i of refused) {
					const p = rest[i];
					if (p) failures.push({ line: p.line, slug: p.op.slug, error: reason });
				}
				progress.add(refused.length);
				rest = rest.filter((_, i) => !refused.includes(i));
			}
		}
	}
}

import { Paginator } from "../pagination.ts";
import { sleep } from "../retry.ts";
import type { QueryValue, Transport } from "../transport.ts";
import type { DryRunOption, Page, PreconditionOptions, RequestOptions } from "../types.ts";

/** Builds a path from a template, percent-encoding each interpolated value as one segment. */
export function path(strings: TemplateStringsArray, ...values: string[]): string {
	return strings.reduce((out, text, i) => out + encodeURIComponent(values[i - 1] ?? "") + text);
}

export const adminPath = (project: string) => path`/api/v1/admin/projects/${project}`;

/**
 * The result of a call that may be a dry run: the dry run's for `dryRun: true`, the real one without
 * `dryRun` or with `false`, either for a boolean. Inferred with `infer` rather than tested with
 * `extends { dryRun?: false }`, which TypeScript's weak-type rule fails for options without `dryRun`.
 */
export type DryRunAware<Options, Real, Dry> = [DryRunFlag<Options>] extends [true]
	? Dry
	: [DryRunFlag<Options>] extends [false | undefined]
		? Real
		: Real | Dry;
// Options without `dryRun` (no options, `{}`) infer `unknown` here; that is a plain call, not "either".
type DryRunFlag<Options> = Options extends { dryRun?: infer Flag }
	? unknown extends Flag
		? undefined
		: Flag
	: undefined;

export type WriteOptions = RequestOptions & DryRunOption;
export type ConditionalWriteOptions = WriteOptions & PreconditionOptions;

/** The request options a transport call needs, from a caller's options (dry run and preconditions included). */
export function callOptions(options: RequestOptions & DryRunOption & PreconditionOptions = {}) {
	const { dryRun, ifMatch, headers, ...rest } = options;
	const extra: Record<string, string> = { ...headers };
	// The API's ETags are quoted revisions; a bare number is taken as a revision.
	if (ifMatch !== undefined) extra["If-Match"] = typeof ifMatch === "number" ? `"${ifMatch}"` : ifMatch;
	return { ...rest, headers: extra, query: dryRun ? { dry_run: true } : undefined };
}

/** A paginator over a list route; `filters` become query parameters on every page. */
export function paginate<T>(
	transport: Transport,
	listPath: string,
	filters: Record<string, QueryValue> = {},
	options: RequestOptions = {},
): Paginator<T> {
	return new Paginator<T>((cursor) =>
		transport.json<Page<T>>("GET", listPath, { ...options, query: { ...filters, cursor } }),
	);
}

export interface WaitOptions {
	/** Between polls. Default 1000. */
	intervalMs?: number;
	/** Give up (with a `SnapshotWaitTimeout` or `ExportWaitTimeout`) after this long. Default 300 000. */
	timeoutMs?: number;
	signal?: AbortSignal;
}

/** Reads a job until `settled` says it is done; past the timeout, throws what `timedOut` makes of it. */
export async function pollUntil<T>(
	read: (signal?: AbortSignal) => Promise<T>,
	settled: (job: T) => boolean,
	timedOut: (job: T, timeoutMs: number) => Error,
	options: WaitOptions = {},
): Promise<T> {
	const { intervalMs = 1000, timeoutMs = 300_000, signal } = options;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const job = await read(signal);
		if (settled(job)) return job;
		if (Date.now() + intervalMs > deadline) throw timedOut(job, timeoutMs);
		await sleep(intervalMs, signal);
	}
}

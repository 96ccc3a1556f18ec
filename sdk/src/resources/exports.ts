import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type { Export, FiltersOf, RequestBody, RequestOptions } from "../types.ts";
import type { WaitOptions } from "./shared.ts";
import { adminPath, paginate, path, pollUntil } from "./shared.ts";

const SETTLED = new Set<Export["status"]>(["completed", "failed"]);

export class ExportWaitTimeout extends Error {
	override name = "ExportWaitTimeout";
	readonly export: Export;

	constructor(job: Export, timeoutMs: number) {
		super(`Export ${job.id} is still ${job.status} after ${timeoutMs} ms.`);
		this.export = job;
	}
}

/** NDJSON exports of a snapshot (`export.run`). */
export class Exports {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/** Starts an export of `snapshot` (an id or `latest`, the default) and returns the queued job (202). */
	create(project: string, body: RequestBody<"createExport"> = {}, options?: RequestOptions): Promise<Export> {
		return this.#transport.json("POST", `${adminPath(project)}/exports`, { ...options, body });
	}

	/** The job's state, and once completed its `entity_count`, `bytes` and `sha256`. */
	get(project: string, id: string, options?: RequestOptions): Promise<Export> {
		return this.#transport.json("GET", this.#export(project, id), options);
	}

	list(project: string, filters?: FiltersOf<"listExports">, options?: RequestOptions): Paginator<Export> {
		return paginate(this.#transport, `${adminPath(project)}/exports`, filters, options);
	}

	/** Polls an export until it is `completed` or `failed`. */
	wait(project: string, id: string, options: WaitOptions = {}): Promise<Export> {
		return pollUntil(
			(signal) => this.get(project, id, { signal }),
			(job) => SETTLED.has(job.status),
			(job, ms) => new ExportWaitTimeout(job, ms),
			options,
		);
	}

	/**
	 * The completed export's response, body unread, so it can be streamed (`res.body`) rather than
	 * held in memory: one entity per line, `{ slug, schema, data }`.
	 */
	download(project: string, id: string, options: RequestOptions = {}): Promise<Response> {
		const headers = { Accept: "application/x-ndjson, application/json;q=0.5", ...options.headers };
		return this.#transport.send("GET", `${this.#export(project, id)}/download`, { ...options, headers });
	}

	/** The download parsed line by line, as it streams. */
	async *lines<T = Record<string, unknown>>(
		project: string,
		id: string,
		options?: RequestOptions,
	): AsyncGenerator<T, void, undefined> {
		const res = await this.download(project, id, options);
		if (!res.body) return;
		const reader = res.body.getReader();
		const decoder = new TextDecoder();
		let buffered = "";
		let finished = false;
		try {
			while (!finished) {
				const { done, value } = await reader.read();
				finished = done;
				buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
				const lines = buffered.split("\n");
				buffered = done ? "" : (lines.pop() ?? "");
				for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
			}
		} finally {
			// A consumer that stops early must not leave the connection open.
			if (!finished) await reader.cancel().catch(() => undefined);
		}
	}

	#export(project: string, id: string): string {
		return `${adminPath(project)}${path`/exports/${id}`}`;
	}
}

import { createHash } from "node:crypto";
import type { Folio } from "../client.ts";
import type { BatchOperation } from "../types.ts";
import { canonical, type Line } from "./import-input.ts";

// Input batching: which lines become operations (those that would change nothing are skipped)
// and how they are grouped into batch requests.

const BATCH = 100;
/** The API refuses bodies over 1 MiB: batches also close at this many bytes of operations. */
const BATCH_BYTES = 900 * 1024;

export interface Pending {
	line: number;
	op: BatchOperation;
	bytes: number;
}

export interface Failure {
	line: number;
	slug?: string;
	error: string;
	raw?: string;
}

type Known = Map<string, { schema: string; latest: string | null; committedClean: string | null }>;

const digest = (value: unknown) => createHash("sha256").update(canonical(value)).digest("base64");

/** What the project holds now, by slug: enough to recognise an entity that would not change. */
export async function existing(folio: Folio, project: string): Promise<Known> {
	const known: Known = new Map();
	for await (const entity of folio.entities.list(project, { limit: 500 })) {
		const committed = entity.committed ? digest(entity.committed.data) : null;
		const draft = entity.draft ? digest(entity.draft.data) : null;
		known.set(entity.slug, {
			schema: entity.schema,
			latest: entity.status === "deleted" ? null : (draft ?? committed),
			// A commit changes nothing only when there is no draft and the committed data is the same.
			committedClean: entity.status === "committed" ? committed : null,
		});
	}
	return known;
}

export interface BatchingOptions {
	known: Known;
	mode: "commit" | "draft";
	message: string;
	/** Checked before each line: once true, no more lines are read. */
	stopped: () => boolean;
	/** A line that cannot be imported, or one skipped as identical to what the project holds. */
	onFailure: (failure: Failure) => void;
	onSkip: () => void;
}

/**
 * The batches to send, in file order. A batch holds a slug once (a second line for it starts the
 * next batch), at most BATCH operations, and stays under the API's body limit.
 */
export async function* batchesOf(records: AsyncIterable<Line>, options: BatchingOptions) {
	const { known, mode, message } = options;
	let batch: Pending[] = [];
	let batchBytes = 0;
	const inBatch = new Set<string>();
	const close = () => {
		const full = batch;
		batch = [];
		batchBytes = 0;
		inBatch.clear();
		return full;
	};
	for await (const record of records) {
		if (options.stopped()) return;
		if ("error" in record) {
			options.onFailure({ line: record.line, error: record.error, raw: record.raw });
			continue;
		}
		const now = known.get(record.slug);
		const same = now?.schema === record.schema ? (mode === "commit" ? now.committedClean : now.latest) : null;
		if (same !== null && same !== undefined && same === digest(record.data)) {
			options.onSkip();
			continue;
		}
		const op: BatchOperation =
			mode === "commit"
				? { op: "update", slug: record.slug, schema: record.schema, data: record.data, mode, message }
				: { op: "update", slug: record.slug, schema: record.schema, data: record.data };
		const bytes = JSON.stringify(op).length;
		if (batch.length > 0 && (inBatch.has(record.slug) || batchBytes + bytes > BATCH_BYTES)) yield close();
		batch.push({ line: record.line, op, bytes });
		batchBytes += bytes;
		inBatch.add(record.slug);
		if (batch.length === BATCH) yield close();
	}
	if (batch.length > 0 && !options.stopped()) yield close();
}

import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Folio } from "../client.ts";
import { FolioError } from "../errors.ts";
import type { BatchOperation } from "../types.ts";
import {
	CONNECTION_HELP,
	clientFrom,
	connectionOptions,
	describeError,
	EXIT,
	type Io,
	required,
	UsageError,
} from "./common.ts";
import { canonical, readRecords } from "./import-input.ts";
import { Progress } from "./progress.ts";

export const IMPORT_HELP = `folio import <file.ndjson|file.json> --project P [options]

Upserts entities from an NDJSON file (one { "slug", "schema", "data" } object a line, as
\`folio export\` writes) or a JSON array of them, 100 per batch request. Resumable: entities whose
content is already identical are skipped, so a re-run sends only what is left.

Options:
  --project P          the project (required)
  --commit             commit each entity (default: save drafts)
  --message M          commit message (default "folio import")
  --concurrency N      batch requests in flight (default 4)
  --dry-run            validate everything on the server, write nothing
  --strict             check every line first; stop before sending anything if one is malformed
  --failures FILE      where failed lines go (default folio-import-failures.ndjson)
${CONNECTION_HELP}

Exit codes: 0 all imported or skipped; 1 some lines failed (see the failures file);
2 usage error; 3 the API refused the import or could not be reached.`;

const BATCH = 100;
/** The API refuses bodies over 1 MiB: batches also close at this many bytes of operations. */
const BATCH_BYTES = 900 * 1024;

interface Pending {
	line: number;
	op: BatchOperation;
	bytes: number;
}

interface Failure {
	line: number;
	slug?: string;
	error: string;
	raw?: string;
}

const digest = (value: unknown) => createHash("sha256").update(canonical(value)).digest("base64");

/** What the project holds now, by slug: enough to recognise an entity that would not change. */
async function existing(folio: Folio, project: string) {
	const known = new Map<string, { schema: string; latest: string | null; committedClean: string | null }>();
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

export async function runImport(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...connectionOptions,
			project: { type: "string" },
			commit: { type: "boolean" },
			message: { type: "string" },
			concurrency: { type: "string" },
			"dry-run": { type: "boolean" },
			strict: { type: "boolean" },
			failures: { type: "string" },
		},
	});
	if (values.help) {
		io.stdout(`${IMPORT_HELP}\n`);
		return EXIT.ok;
	}
	const file = positionals[0];
	if (!file || positionals.length > 1) throw new UsageError("Give exactly one input file.");
	const project = required(values.project, "--project");
	const concurrency = Number(values.concurrency ?? 4);
	if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
		throw new UsageError("--concurrency must be an integer from 1 to 64.");
	}
	const dryRun = values["dry-run"] ?? false;
	const failuresFile = values.failures ?? "folio-import-failures.ndjson";
	const folio = clientFrom(values, io);

	// A first pass counts the lines for the progress bar and, with --strict, checks every one.
	let total = 0;
	for await (const record of readRecords(file)) {
		if (values.strict && "error" in record) {
			io.stderr(`line ${record.line}: ${record.error}\nNothing was sent (--strict).\n`);
			return EXIT.partial;
		}
		total++;
	}

	const started = Date.now();
	const known = await existing(folio, project);
	const mode = values.commit ? "commit" : "draft";
	const message = values.message ?? "folio import";
	const failures: Failure[] = [];
	let written = 0;
	let skipped = 0;
	const progress = new Progress(io, dryRun ? "checking" : "importing", total);

	const send = async (batch: Pending[]) => {
		let rest = batch;
		while (rest.length > 0) {
			try {
				await folio.batch(
					project,
					rest.map((p) => p.op),
					// Nothing of the answer is used but its success: ask for it without entity data.
					{ dryRun, headers: { Prefer: "return=minimal" } },
				);
				written += rest.length;
				progress.add(rest.length);
				return;
			} catch (error) {
				if (fatal(error)) throw error;
				// Too large after all (an entity far above the average): halve the batch.
				if ((error as FolioError).status === 413 && rest.length > 1) {
					const half = Math.ceil(rest.length / 2);
					await send(rest.slice(0, half));
					await send(rest.slice(half));
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
	};

	const inFlight = new Set<Promise<void>>();
	// A slug repeated in the file must be written in file order: a batch waits for any batch in
	// flight that holds one of its slugs, so the later line always lands last.
	const bySlug = new Map<string, Promise<void>>();
	let stop: unknown = null;
	const dispatch = async (batch: Pending[]) => {
		const before = new Set(batch.map((p) => bySlug.get(p.op.slug)).filter((t) => t !== undefined));
		const task: Promise<void> = Promise.all(before)
			.then(() => send(batch))
			.catch((error) => {
				stop ??= error;
			})
			.finally(() => {
				inFlight.delete(task);
				for (const p of batch) if (bySlug.get(p.op.slug) === task) bySlug.delete(p.op.slug);
			});
		for (const p of batch) bySlug.set(p.op.slug, task);
		inFlight.add(task);
		if (inFlight.size >= concurrency) await Promise.race(inFlight);
	};

	let batch: Pending[] = [];
	let batchBytes = 0;
	const inBatch = new Set<string>();
	for await (const record of readRecords(file)) {
		if (stop) break;
		if ("error" in record) {
			failures.push({ line: record.line, error: record.error, raw: record.raw });
			progress.add(1);
			continue;
		}
		const now = known.get(record.slug);
		const same = now?.schema === record.schema ? (mode === "commit" ? now.committedClean : now.latest) : null;
		if (same !== null && same !== undefined && same === digest(record.data)) {
			skipped++;
			progress.add(1);
			continue;
		}
		const op: BatchOperation =
			mode === "commit"
				? { op: "update", slug: record.slug, schema: record.schema, data: record.data, mode, message }
				: { op: "update", slug: record.slug, schema: record.schema, data: record.data };
		const bytes = JSON.stringify(op).length;
		// A batch holds a slug once (a second line for it starts the next batch) and stays under
		// the API's body limit.
		if (batch.length > 0 && (inBatch.has(record.slug) || batchBytes + bytes > BATCH_BYTES)) {
			await dispatch(batch);
			batch = [];
			batchBytes = 0;
			inBatch.clear();
		}
		batch.push({ line: record.line, op, bytes });
		batchBytes += bytes;
		inBatch.add(record.slug);
		if (batch.length === BATCH) {
			await dispatch(batch);
			batch = [];
			batchBytes = 0;
			inBatch.clear();
		}
	}
	if (batch.length > 0 && !stop) await dispatch(batch);
	await Promise.all(inFlight);
	progress.finish();

	const seconds = (Date.now() - started) / 1000;
	const verb = dryRun ? "valid (dry run, nothing written)" : "written";
	io.stdout(
		`${total} lines: ${written} ${verb}, ${skipped} skipped as identical, ${failures.length} failed in ${seconds.toFixed(1)} s (${Math.round((written + skipped) / Math.max(seconds, 0.001))} entities/s)\n`,
	);
	if (failures.length > 0) {
		failures.sort((a, b) => a.line - b.line);
		await writeFile(failuresFile, failures.map((f) => `${JSON.stringify(f)}\n`).join(""));
		for (const f of failures.slice(0, 10))
			io.stderr(`line ${f.line}${f.slug ? ` (${f.slug})` : ""}: ${f.error}\n`);
		if (failures.length > 10) io.stderr(`… and ${failures.length - 10} more\n`);
		io.stdout(`failures: ${failuresFile}\n`);
	}
	if (stop) {
		io.stderr(
			`Import stopped: ${describeError(stop)}\nRe-run the same command to continue; finished entities are skipped.\n`,
		);
		return EXIT.api;
	}
	return failures.length > 0 ? EXIT.partial : EXIT.ok;
}

import { parseArgs } from "node:util";
import {
	CONNECTION_HELP,
	clientFrom,
	connectionOptions,
	EXIT,
	type Io,
	required,
	UsageError,
} from "./common.ts";
import { batchesOf, existing, type Failure } from "./import-batches.ts";
import { readRecords } from "./import-input.ts";
import { reportImport } from "./import-report.ts";
import { BatchSender } from "./import-sender.ts";
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
	const failures: Failure[] = [];
	let skipped = 0;
	const progress = new Progress(io, dryRun ? "checking" : "importing", total);
	const sender = new BatchSender({ folio, project, dryRun, concurrency, progress, failures });
	const batches = batchesOf(readRecords(file), {
		known,
		mode: values.commit ? "commit" : "draft",
		message: values.message ?? "folio import",
		stopped: () => Boolean(sender.stop),
		onFailure: (failure) => {
			failures.push(failure);
			progress.add(1);
		},
		onSkip: () => {
			skipped++;
			progress.add(1);
		},
	});
	for await (const batch of batches) await sender.dispatch(batch);
	await sender.drain();
	progress.finish();

	const { written, stop } = sender;
	return reportImport(io, { total, written, skipped, failures, failuresFile, dryRun, started, stop });
}

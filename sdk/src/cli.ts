#!/usr/bin/env node
// `folio`: import and export content, rebuild snapshots, sign requests; built on the SDK.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeError, EXIT, type Io, UsageError } from "./cli/common.ts";
import { EVENTS_HELP, runEvents } from "./cli/events.ts";
import { EXPORT_HELP, runExport } from "./cli/export.ts";
import { IMPORT_HELP, runImport } from "./cli/import.ts";
import { runSign, SIGN_HELP } from "./cli/sign.ts";
import { runSnapshot, SNAPSHOT_HELP } from "./cli/snapshot.ts";
import { runSync, SYNC_HELP } from "./cli/sync.ts";

const HELP = `folio <command> [options]     (folio <command> --help for details)

Commands:
  import <file>                 upsert entities from NDJSON or JSON (resumable)
  export -o FILE                download a snapshot as NDJSON, sha256-verified
  snapshot regenerate [--wait]  rebuild the published snapshot
  snapshot changes P --since A  what differs between two snapshots (NDJSON)
  snapshot promote P ID         make a published snapshot latest (rollback)
  sync P --dir DIR              keep a local NDJSON mirror of latest up to date
  sign                          RFC 9421 signature headers for a curl command
  events tail PROJECT [--follow] the events feed as NDJSON, resuming from a saved cursor

Every command takes --url / FOLIO_URL (the API origin, e.g. http://localhost:8787) and
--key / FOLIO_KEY (an API key or the root token); sign needs neither.

Exit codes: 0 success; 1 finished, but some lines failed; 2 usage error; 3 API error (refused,
unreachable, or the job failed); 4 verification failed (export sha256 mismatch).`;

const COMMANDS: Record<string, { run: (argv: string[], io: Io) => Promise<number>; help: string }> = {
	import: { run: runImport, help: IMPORT_HELP },
	export: { run: runExport, help: EXPORT_HELP },
	snapshot: { run: runSnapshot, help: SNAPSHOT_HELP },
	sign: { run: runSign, help: SIGN_HELP },
	events: { run: runEvents, help: EVENTS_HELP },
	sync: { run: runSync, help: SYNC_HELP },
};

/** Runs one command line; returns the exit code. Tests call this with their own Io. */
export async function main(argv: string[], io: Io): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === "--help" || name === "-h" || name === "help") {
		io.stdout(`${HELP}\n`);
		return name ? EXIT.ok : EXIT.usage;
	}
	const command = COMMANDS[name];
	if (!command) {
		io.stderr(`Unknown command ${name}.\n\n${HELP}\n`);
		return EXIT.usage;
	}
	try {
		return await command.run(rest, io);
	} catch (error) {
		if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
			io.stderr(`${(error as Error).message}\n\n${command.help}\n`);
			return EXIT.usage;
		}
		io.stderr(`${describeError(error)}\n`);
		return EXIT.api;
	}
}

const invokedDirectly = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
	const io: Io = {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		env: process.env,
		tty: Boolean(process.stderr.isTTY),
	};
	main(process.argv.slice(2), io).then((code) => {
		process.exitCode = code;
	});
}

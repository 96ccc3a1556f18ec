import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
	CONNECTION_HELP,
	clientFrom,
	connectionOptions,
	EXIT,
	type Io,
	replaceFile,
	UsageError,
} from "./common.ts";

export const EVENTS_HELP = `folio events tail PROJECT [--follow] [--types a,b] [--cursor-file F]

Prints the project's events (the bodies webhook deliveries carry) as NDJSON on stdout, oldest
first, and saves the feed position after each page to the cursor file, so that a restart goes on
where the last run stopped: no event missed, none repeated (one page again at most after a crash).
Without --follow it stops at the newest event; with --follow it waits for new ones (long poll).

Options:
  --follow         keep waiting for new events (Ctrl-C to stop; the cursor is saved)
  --types a,b      only these event types (entity.committed, entity.deleted, snapshot.published,
                   export.completed)
  --cursor-file F  where the position is kept (default .folio-events-cursor-PROJECT)
${CONNECTION_HELP}

Exit codes: 0 done; 2 usage error; 3 the API refused (410 cursor_expired: the saved position is past
retention; re-sync from a snapshot, then delete the cursor file and tail from the start).`;

const saveCursor = (file: string, cursor: string) => replaceFile(file, `${cursor}\n`);

export async function runEvents(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...connectionOptions,
			follow: { type: "boolean" },
			types: { type: "string" },
			"cursor-file": { type: "string" },
		},
	});
	if (values.help) {
		io.stdout(`${EVENTS_HELP}\n`);
		return EXIT.ok;
	}
	const [sub, project, ...extra] = positionals;
	if (sub !== "tail" || !project || extra.length > 0) {
		throw new UsageError("Usage: folio events tail PROJECT [--follow] [--types a,b] [--cursor-file F]");
	}
	const file = values["cursor-file"] ?? `.folio-events-cursor-${project}`;
	const types = values.types?.split(",").map((t) => t.trim());
	let cursor = existsSync(file) ? readFileSync(file, "utf8").trim() || undefined : undefined;
	const folio = clientFrom(values, io);
	if (values.follow) {
		const onCursor = (next: string) => saveCursor(file, next);
		for await (const event of folio.events.follow(project, { cursor, types, onCursor })) {
			io.stdout(`${JSON.stringify(event)}\n`);
		}
		return EXIT.ok;
	}
	let count = 0;
	for (;;) {
		const page = await folio.events.list(project, { cursor, types, limit: 500 });
		for (const event of page.data) io.stdout(`${JSON.stringify(event)}\n`);
		count += page.data.length;
		if (page.next_cursor === cursor) break;
		cursor = page.next_cursor;
		saveCursor(file, cursor);
	}
	io.stderr(`${count} events; position saved to ${file}\n`);
	return EXIT.ok;
}

import { parseArgs } from "node:util";
import type { Snapshot } from "../types.ts";
import { CONNECTION_HELP, clientFrom, connectionOptions, EXIT, type Io, UsageError } from "./common.ts";

export const SNAPSHOT_CHANGES_HELP = `folio snapshot changes PROJECT --since A [--to B] [--data]
folio snapshot promote PROJECT ID [--if-match ID] [--dry-run]

changes: the entities that differ between snapshot A and B (default latest), one JSON object a
line in slug order: { "slug", "change": "added"|"changed"|"removed", "schema", "revision",
"previous_revision" } (and "data" with --data). A newer A gives the reverse changes.

promote: makes published snapshot ID latest now (a rollback, or forward again) and prints it.
With --if-match, only if latest is still that id; --dry-run moves nothing.

PROJECT may also be given as --project P.
${CONNECTION_HELP}

Exit codes: 0 done; 2 usage error; 3 the API refused (404 unknown snapshot, 412 latest moved).`;

export const changesOptions = {
	...connectionOptions,
	project: { type: "string" },
	since: { type: "string" },
	to: { type: "string" },
	data: { type: "boolean" },
	"if-match": { type: "string" },
	"dry-run": { type: "boolean" },
} as const;

/** `folio snapshot changes|promote ...`: argv starts with the subcommand. */
export async function runSnapshotChanges(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: changesOptions });
	const [sub, ...rest] = positionals;
	const project = values.project ?? rest.shift();
	if (!project) throw new UsageError("Name the project: folio snapshot changes PROJECT (or --project P).");
	const folio = clientFrom(values, io);
	if (sub === "changes") {
		if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0]}.`);
		if (!values.since) throw new UsageError("--since is required.");
		const changes = folio.snapshots.changes(project, values.to ?? "latest", {
			since: values.since,
			limit: 500,
			...(values.data ? { include: "data" as const } : {}),
		});
		for await (const page of changes.pages()) {
			if (page.data.length > 0) io.stdout(`${page.data.map((c) => JSON.stringify(c)).join("\n")}\n`);
		}
		return EXIT.ok;
	}
	const [id, ...extra] = rest;
	if (!id || extra.length > 0) throw new UsageError("folio snapshot promote PROJECT ID: one snapshot id.");
	const result = await folio.snapshots.promote(project, id, {
		ifMatch: values["if-match"],
		dryRun: values["dry-run"] ?? false,
	});
	if ("dry_run" in result) {
		io.stderr(`dry run: ${id} would replace ${result.current_latest_id ?? "nothing"} as latest\n`);
	} else {
		io.stderr(`${(result as Snapshot).id} is latest\n`);
	}
	io.stdout(`${JSON.stringify(result)}\n`);
	return EXIT.ok;
}

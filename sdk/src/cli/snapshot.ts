import { parseArgs } from "node:util";
import type { Snapshot } from "../types.ts";
import {
	CONNECTION_HELP,
	clientFrom,
	connectionOptions,
	EXIT,
	type Io,
	required,
	sleep,
	UsageError,
} from "./common.ts";
import { changesOptions, runSnapshotChanges, SNAPSHOT_CHANGES_HELP } from "./snapshot-changes.ts";

export const SNAPSHOT_HELP = `folio snapshot regenerate --project P [--wait] [--message M]

Queues a snapshot build of every committed entity (a rebuild already queued is shared).
With --wait, shows the build's progress and returns once it is published or failed.

Options:
  --project P      the project (required)
  --message M      why; kept on the snapshot
  --wait           wait for published (exit 0) or failed (exit 3)
${CONNECTION_HELP}

Exit codes: 0 queued (or published with --wait); 2 usage error; 3 the API refused or the build failed.

${SNAPSHOT_CHANGES_HELP}`;

export async function runSnapshot(argv: string[], io: Io): Promise<number> {
	const sub = parseArgs({
		args: argv,
		allowPositionals: true,
		strict: false,
		options: { ...changesOptions, message: { type: "string" } },
	}).positionals[0];
	if ((sub === "changes" || sub === "promote") && !argv.includes("--help") && !argv.includes("-h")) {
		return runSnapshotChanges(argv, io);
	}
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...connectionOptions,
			project: { type: "string" },
			message: { type: "string" },
			wait: { type: "boolean" },
		},
	});
	if (values.help) {
		io.stdout(`${SNAPSHOT_HELP}\n`);
		return EXIT.ok;
	}
	if (positionals[0] !== "regenerate" || positionals.length > 1) {
		throw new UsageError("The snapshot subcommands are regenerate, changes and promote.");
	}
	const project = required(values.project, "--project");
	const folio = clientFrom(values, io);
	// Without dry_run the answer is the snapshot (job) itself.
	let snapshot = (await folio.snapshots.regenerate(
		project,
		values.message ? { message: values.message } : {},
	)) as Snapshot;
	io.stderr(`snapshot ${snapshot.id}: ${snapshot.status}\n`);
	if (!values.wait) {
		io.stdout(`${snapshot.id}\n`);
		return EXIT.ok;
	}
	const started = Date.now();
	while (snapshot.status === "queued" || snapshot.status === "building") {
		await sleep(io.tty ? 250 : 1000);
		snapshot = await folio.snapshots.get(project, snapshot.id);
		const line = `snapshot ${snapshot.id}: ${snapshot.status}, ${snapshot.entity_count} entities, ${((Date.now() - started) / 1000).toFixed(0)}s`;
		io.stderr(io.tty ? `\r${line} ` : `${line}\n`);
	}
	if (io.tty) io.stderr("\n");
	if (snapshot.status !== "published") {
		io.stderr(`snapshot ${snapshot.id} failed: ${snapshot.error ?? "no error recorded"}\n`);
		return EXIT.api;
	}
	io.stdout(
		`${snapshot.id} published: ${snapshot.entity_count} entities, content hash ${snapshot.content_hash}\n`,
	);
	return EXIT.ok;
}

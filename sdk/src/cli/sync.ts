import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FolioError } from "../errors.ts";

/** A mirror line: what an export line holds. */
interface Line {
	slug: string;
	schema: string;
	data: unknown;
}

import {
	CONNECTION_HELP,
	clientFrom,
	connectionOptions,
	EXIT,
	type Io,
	replaceFile,
	required,
	UsageError,
} from "./common.ts";

export const SYNC_HELP = `folio sync PROJECT --dir DIR [--full]

Keeps DIR/entities.ndjson a copy of the project's latest snapshot: one { "slug", "schema",
"data" } object a line, in slug order (the lines export writes and import reads; no revision,
since a re-commit of the same content is not a change). The first run reads every entity; later runs
read only the changes since the snapshot DIR/state.json records, and nothing at all when latest
has not moved. Both files are replaced atomically (written beside, then renamed), the mirror
before the state, so an interrupted run is simply repeated. Prints a JSON summary line.

Options:
  --dir DIR        the mirror's directory (required; created if missing)
  --full           read every entity again instead of the changes
  PROJECT may also be given as --project P.
${CONNECTION_HELP}

Exit codes: 0 in sync; 2 usage error; 3 the API refused or could not be reached.`;

const MIRROR = "entities.ndjson";
const STATE = "state.json";

interface State {
	project: string;
	snapshot_id: string;
	synced_at: string;
}

async function readState(dir: string, project: string): Promise<State | null> {
	const text = await readFile(join(dir, STATE), "utf8").catch(() => null);
	if (text === null) return null;
	const state = JSON.parse(text) as State;
	if (state.project !== project)
		throw new UsageError(`${dir} mirrors project ${state.project}, not ${project}.`);
	return state;
}

async function readMirror(dir: string): Promise<Map<string, Line>> {
	const text = await readFile(join(dir, MIRROR), "utf8");
	const entities = new Map<string, Line>();
	for (const line of text.split("\n")) {
		if (line.trim() === "") continue;
		const entity = JSON.parse(line) as Line;
		entities.set(entity.slug, entity);
	}
	return entities;
}

/** Written next to the target and renamed over it: a reader sees the old file or the new one. */
export async function runSync(argv: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...connectionOptions,
			project: { type: "string" },
			dir: { type: "string" },
			full: { type: "boolean" },
		},
	});
	if (values.help) {
		io.stdout(`${SYNC_HELP}\n`);
		return EXIT.ok;
	}
	const project = values.project ?? positionals.shift();
	if (!project || positionals.length > 0) throw new UsageError("folio sync PROJECT --dir DIR: one project.");
	const dir = required(values.dir, "--dir");
	const folio = clientFrom(values, io);
	await mkdir(dir, { recursive: true });
	const state = values.full ? null : await readState(dir, project);
	const latest = await folio.read.latest(project);
	const summary = { snapshot_id: latest.id, mode: "changes", added: 0, changed: 0, removed: 0, entities: 0 };
	if (state?.snapshot_id === latest.id) {
		summary.mode = "current";
		summary.entities = (await readMirror(dir)).size;
		io.stdout(`${JSON.stringify(summary)}\n`);
		return EXIT.ok;
	}
	let entities: Map<string, Line> | null = null;
	if (state) {
		try {
			entities = await readMirror(dir);
			// By id, not latest: the changes and the state must name the same snapshot.
			for await (const c of folio.snapshots.changes(project, latest.id, {
				since: state.snapshot_id,
				include: "data",
				limit: 500,
			})) {
				summary[c.change]++;
				if (c.change === "removed") entities.delete(c.slug);
				else entities.set(c.slug, { slug: c.slug, schema: c.schema, data: c.data });
			}
		} catch (error) {
			// A mirror gone or a snapshot the server no longer knows: start again from the full read.
			const gone =
				error instanceof FolioError ? error.status === 404 : (error as { code?: string }).code === "ENOENT";
			if (!gone) throw error;
			io.stderr(`cannot apply changes since ${state.snapshot_id}; reading everything\n`);
			entities = null;
		}
	}
	if (!entities) {
		summary.mode = "full";
		entities = new Map();
		for await (const e of folio.read.entities(project, { snapshot: latest.id, limit: 500 })) {
			entities.set(e.slug, { slug: e.slug, schema: e.schema, data: e.data });
		}
		summary.added = entities.size;
	}
	summary.entities = entities.size;
	const slugs = [...entities.keys()].sort();
	const lines = slugs.map((slug) => `${JSON.stringify(entities.get(slug))}\n`).join("");
	replaceFile(join(dir, MIRROR), lines);
	const next: State = { project, snapshot_id: latest.id, synced_at: new Date().toISOString() };
	replaceFile(join(dir, STATE), `${JSON.stringify(next, null, 2)}\n`);
	io.stderr(`${dir}: snapshot ${latest.id}, ${entities.size} entities (${summary.mode})\n`);
	io.stdout(`${JSON.stringify(summary)}\n`);
	return EXIT.ok;
}

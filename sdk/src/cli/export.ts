import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { parseArgs } from "node:util";
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

export const EXPORT_HELP = `folio export --project P [--snapshot latest|ID] -o FILE

Exports a published snapshot as NDJSON (one { "slug", "schema", "data" } object a line, in slug
order): queues the job, shows its progress, downloads the file and checks its sha256 against
the one the server recorded. The file appears only once it is complete and verified.

Options:
  --project P          the project (required)
  --snapshot S         a snapshot id, or latest (default)
  -o, --output FILE    where to write (required)
${CONNECTION_HELP}

Exit codes: 0 written and verified; 2 usage error; 3 the API refused or the job failed;
4 the download did not match its sha256.`;

export async function runExport(argv: string[], io: Io): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			...connectionOptions,
			project: { type: "string" },
			snapshot: { type: "string" },
			output: { type: "string", short: "o" },
		},
	});
	if (values.help) {
		io.stdout(`${EXPORT_HELP}\n`);
		return EXIT.ok;
	}
	const project = required(values.project, "--project");
	const output = required(values.output, "--output (-o)");
	if (output === "-") throw new UsageError("Write to a file: the sha256 is checked before it appears.");
	const folio = clientFrom(values, io);

	let job = await folio.exports.create(project, { snapshot: values.snapshot ?? "latest" });
	const started = Date.now();
	while (job.status === "queued" || job.status === "running") {
		io.stderr(
			`${io.tty ? "\r" : ""}export ${job.id}: ${job.status} ${((Date.now() - started) / 1000).toFixed(0)}s${io.tty ? " " : "\n"}`,
		);
		await sleep(io.tty ? 250 : 1000);
		job = await folio.exports.get(project, job.id);
	}
	if (io.tty) io.stderr("\n");
	if (job.status !== "completed") {
		io.stderr(`export ${job.id} ${job.status}: ${job.error ?? "no error recorded"}\n`);
		return EXIT.api;
	}

	const response = await folio.exports.download(project, job.id);
	const partial = `${output}.partial`;
	const hash = createHash("sha256");
	const file = createWriteStream(partial);
	let bytes = 0;
	try {
		for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
			hash.update(chunk);
			bytes += chunk.byteLength;
			if (!file.write(chunk)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
		}
		await new Promise<void>((resolve, reject) =>
			file.end((error?: Error | null) => (error ? reject(error) : resolve())),
		);
	} catch (error) {
		file.destroy();
		await rm(partial, { force: true });
		throw error;
	}
	const sha256 = hash.digest("hex");
	if (sha256 !== job.sha256 || bytes !== job.bytes) {
		await rm(partial, { force: true });
		io.stderr(
			`download does not match: sha256 ${sha256} (${bytes} bytes), expected ${job.sha256} (${job.bytes} bytes)\n`,
		);
		return EXIT.verify;
	}
	await rename(partial, output);
	io.stdout(
		`${output}: ${job.entity_count} entities, ${bytes} bytes, sha256 ${sha256} (snapshot ${job.snapshot_id})\n`,
	);
	return EXIT.ok;
}

import { writeFile } from "node:fs/promises";
import { describeError, EXIT, type Io } from "./common.ts";
import type { Failure } from "./import-batches.ts";

// Reporting: the summary line, the failures file and the first failures, and the exit code.

export interface ImportOutcome {
	total: number;
	written: number;
	skipped: number;
	failures: Failure[];
	failuresFile: string;
	dryRun: boolean;
	started: number;
	/** Why the import stopped early, if it did. */
	stop: unknown;
}

export async function reportImport(io: Io, outcome: ImportOutcome): Promise<number> {
	const { total, written, skipped, failures, failuresFile, stop } = outcome;
	const seconds = (Date.now() - outcome.started) / 1000;
	const verb = outcome.dryRun ? "valid (dry run, nothing written)" : "written";
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

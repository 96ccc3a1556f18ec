// bench/results/latest.json: every number of the run, with what it ran on.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

/**
 * Writes the results file and returns its path.
 * @param {{ repoDir: string, benchDir: string, config: object, rows: import("./table.mjs").Row[], fanout: import("./fanout.mjs").FanoutRow[] | null, cliImport: import("./cli-import.mjs").ImportRow | null, builds: import("./build.mjs").BuildRow[], changes?: import("./changes.mjs").ChangesRow[], targetRatio: number, folioRss: object }} run
 */
export function writeResults({
	repoDir,
	benchDir,
	config,
	rows,
	fanout,
	cliImport,
	builds,
	changes = [],
	targetRatio,
	folioRss,
}) {
	const dir = join(benchDir, "results");
	mkdirSync(dir, { recursive: true });
	const file = join(dir, "latest.json");
	const report = {
		date: new Date().toISOString(),
		git: gitInfo(repoDir),
		versions: {
			node: process.version,
			wrangler: packageVersion(repoDir, "wrangler"),
			workerd: packageVersion(repoDir, "workerd"),
			autocannon: packageVersion(repoDir, "autocannon"),
		},
		machine: { cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30) },
		config,
		target_ratio: targetRatio,
		folio_workerd_peak_rss: folioRss,
		results: rows,
		webhook_fanout: fanout,
		cli_import: cliImport,
		snapshot_builds: builds,
		snapshot_changes: changes,
	};
	writeFileSync(file, `${JSON.stringify(report, null, "\t")}\n`);
	return file;
}

/** @param {string} repoDir @param {string} name */
function packageVersion(repoDir, name) {
	try {
		return JSON.parse(readFileSync(join(repoDir, "node_modules", name, "package.json"), "utf8")).version;
	} catch {
		return null;
	}
}

/** @param {string} repoDir */
function gitInfo(repoDir) {
	const git = (/** @type {string[]} */ ...args) =>
		spawnSync("git", args, { cwd: repoDir, encoding: "utf8", timeout: 5_000 }).stdout?.trim() ?? "";
	return { commit: git("rev-parse", "HEAD") || null, dirty: git("status", "--porcelain").length > 0 };
}

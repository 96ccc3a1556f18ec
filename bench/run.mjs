// `npm run bench`: starts Folio and a bare baseline worker under `wrangler dev` (all local), loads
// both with autocannon and reports Folio's throughput as a ratio of the baseline's.
//
// Environment (all optional): BENCH_DURATION seconds per run (10), BENCH_CONNECTIONS list (10,50),
// BENCH_WARMUP seconds per scenario (3), BENCH_POOL entities for update scenarios (1000),
// BENCH_ONLY comma-separated scenario names, BENCH_FOLIO_PORT (8787), BENCH_BASELINE_PORT (8788).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createFolioFixtures } from "./lib/fixtures.mjs";
import { measure } from "./lib/measure.mjs";
import { writeResults } from "./lib/results.mjs";
import {
	applyMigrations,
	assertPortFree,
	killAllNow,
	startWranglerDev,
	stopAll,
	waitUntilUp,
	workerdPeakRss,
} from "./lib/servers.mjs";
import { failureNotes, formatTable } from "./lib/table.mjs";
import { scenarios } from "./scenarios.mjs";

const TARGET_RATIO = 0.7;
const ROOT_TOKEN = "bench_root_token";
const benchDir = fileURLToPath(new URL(".", import.meta.url));
const repoDir = join(benchDir, "..");
const stateDir = join(benchDir, ".state");

const config = {
	duration: positive("BENCH_DURATION", 10),
	warmup: positive("BENCH_WARMUP", 3, true),
	connections: (process.env.BENCH_CONNECTIONS ?? "10,50")
		.split(",")
		.map(Number)
		.filter((n) => n > 0),
	poolSize: positive("BENCH_POOL", 1000),
	only: process.env.BENCH_ONLY?.split(",").map((s) => s.trim()),
	folioPort: positive("BENCH_FOLIO_PORT", 8787),
	baselinePort: positive("BENCH_BASELINE_PORT", 8788),
};

process.on("exit", killAllNow);
for (const sig of ["SIGINT", "SIGTERM"]) {
	process.once(sig, () => {
		console.error(`\n${sig}: stopping the servers…`);
		stopAll().finally(() => process.exit(130));
	});
}

try {
	await main();
} catch (error) {
	console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
	process.exitCode = 1;
} finally {
	await stopAll();
}

async function main() {
	const selected = scenarios.filter((s) => !config.only || config.only.includes(s.name));
	if (selected.length === 0) throw new Error(`BENCH_ONLY matches no scenario: ${config.only}`);

	rmSync(stateDir, { recursive: true, force: true });
	await assertPortFree(config.folioPort);
	await assertPortFree(config.baselinePort);

	log("applying Folio migrations (local D1)…");
	const folioState = join(stateDir, "folio");
	applyMigrations({
		cwd: repoDir,
		database: "DB",
		persistTo: folioState,
		logFile: join(stateDir, "logs", "migrations.log"),
	});

	log(`starting Folio on :${config.folioPort} and the baseline on :${config.baselinePort}…`);
	const folio = startWranglerDev({
		name: "folio",
		cwd: repoDir,
		port: config.folioPort,
		args: ["--var", `FOLIO_ADMIN_TOKEN:${ROOT_TOKEN}`, "--persist-to", folioState, "--log-level", "warn"],
		logFile: join(stateDir, "logs", "folio.log"),
	});
	const baseline = startWranglerDev({
		name: "baseline",
		cwd: repoDir,
		port: config.baselinePort,
		args: [
			"--config",
			join(benchDir, "baseline", "wrangler.jsonc"),
			"--persist-to",
			join(stateDir, "baseline"),
			"--log-level",
			"warn",
		],
		logFile: join(stateDir, "logs", "baseline.log"),
	});
	await Promise.all([waitUntilUp(folio, "/api/v1/health"), waitUntilUp(baseline, "/")]);

	log("creating Folio fixtures (project, key, schema)…");
	const key = await createFolioFixtures(folio.url, ROOT_TOKEN);
	const ctx = {
		baseline: { url: baseline.url },
		folio: { url: folio.url, key, project: "bench" },
		...config,
	};
	const urls = { baseline: baseline.url, folio: folio.url };

	/** @type {import("./lib/table.mjs").Row[]} */
	const rows = [];
	for (const scenario of selected) {
		const url = urls[scenario.target];
		try {
			if (scenario.prepare) {
				log(`${scenario.name}: preparing…`);
				await scenario.prepare(ctx);
			}
			if (config.warmup > 0) {
				log(`${scenario.name}: warm-up ${config.warmup} s…`);
				await measure({ url, connections: 10, duration: config.warmup, ...scenario.request(ctx) });
			}
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			log(`${scenario.name}: skipped (${message})`);
			for (const connections of config.connections)
				rows.push({ scenario: scenario.name, connections, error: message });
			continue;
		}
		for (const connections of config.connections) {
			log(`${scenario.name}: ${connections} connections, ${config.duration} s…`);
			const result = await measure({ url, connections, duration: config.duration, ...scenario.request(ctx) });
			rows.push({ scenario: scenario.name, connections, result, ...compare(scenario, result, rows) });
		}
	}

	const folioRss = workerdPeakRss(folio);
	console.log(`\n${formatTable(rows)}`);
	for (const note of failureNotes(rows)) console.log(note);
	console.log(`\nFolio workerd peak RSS: ${folioRss.total_mib} MiB (${folioRss.processes.length} processes)`);
	const file = writeResults({ repoDir, benchDir, config, rows, targetRatio: TARGET_RATIO, folioRss });
	console.log(`results: ${file}`);
}

/**
 * Ratio and verdict of a row against its baseline at the same connection count.
 * @param {import("./scenarios.mjs").Scenario} scenario
 * @param {import("./lib/measure.mjs").Measurement} result
 * @param {import("./lib/table.mjs").Row[]} rows
 */
function compare(scenario, result, rows) {
	if (!scenario.compareWith) return {};
	const base = rows.find((r) => r.scenario === scenario.compareWith && r.connections === result.connections);
	if (!base?.result || base.result.rps_mean === 0) return { target: TARGET_RATIO, verdict: "no baseline" };
	const ratio = Math.round((result.rps_mean / base.result.rps_mean) * 100) / 100;
	const failed = [result, base.result].some((r) => r.non_2xx > 0 || r.errors > 0);
	const verdict = failed ? "ERR" : ratio >= TARGET_RATIO ? "PASS" : "MISS";
	return { ratio, target: TARGET_RATIO, verdict };
}

/**
 * A positive number from the environment, or the fallback.
 * @param {string} name
 * @param {number} fallback
 * @param {boolean} [zeroOk]
 */
function positive(name, fallback, zeroOk = false) {
	const raw = process.env[name];
	if (raw === undefined || raw === "") return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < 0 || (value === 0 && !zeroOk))
		throw new Error(`${name} must be > 0`);
	return value;
}

/** @param {string} message */
function log(message) {
	console.log(`[bench] ${message}`);
}

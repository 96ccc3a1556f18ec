// `npm run bench`: starts Folio and a bare baseline worker under `wrangler dev` (all local), loads
// both with autocannon and reports Folio's throughput as a ratio of the baseline's.
//
// Environment (all optional): BENCH_DURATION seconds per run (10), BENCH_CONNECTIONS list (10,50),
// BENCH_WARMUP seconds per scenario (3), BENCH_POOL entities for update scenarios (1000),
// BENCH_ONLY comma-separated scenario names, BENCH_BUILD_SIZES snapshot builds to time (10000,100000;
// empty to skip), BENCH_FANOUT_EVENTS webhook fan-out events (1000; 0 skips), BENCH_IMPORT_SIZE entities for the
// CLI import (10000; 0 skips), BENCH_CHANGES_SIZES projects timed for snapshot changes (10000,100000;
// empty to skip; BENCH_ONLY=changes runs them without the scenarios), BENCH_FOLIO_PORT (8787),
// BENCH_BASELINE_PORT (8788), BENCH_NOCACHE_PORT (BENCH_FOLIO_PORT + 3: a Folio with
// FOLIO_READ_CACHE=off, for the read cache's ratio); the webhook soak
// (BENCH_SOAK_*, see soak.mjs; BENCH_ONLY=soak runs it alone) comes last, on a Folio of its own.
// The events feed: BENCH_ONLY names `events-longpoll` (50 pollers) and `events-drain`
// (BENCH_EVENTS_DRAIN events, 10000); both run when BENCH_ONLY is unset.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatBuilds, measureBuild } from "./lib/build.mjs";
import { formatChanges, measureChanges, seedChangesProjects } from "./lib/changes.mjs";
import { formatImport, measureCliImport } from "./lib/cli-import.mjs";
import { formatEvents, measureDrain, measureLongPoll } from "./lib/events.mjs";
import { formatFanout, measureFanout } from "./lib/fanout.mjs";
import { createFolioFixtures } from "./lib/fixtures.mjs";
import { failed, measure } from "./lib/measure.mjs";
import { writeResults } from "./lib/results.mjs";
import {
	applyMigrations,
	assertPortFree,
	killAllNow,
	startAndWait,
	stopAll,
	workerdPeakRss,
} from "./lib/servers.mjs";
import { formatSummary } from "./lib/summary.mjs";
import { failureNotes, formatTable } from "./lib/table.mjs";
import { scenarios } from "./scenarios.mjs";
import { runSoakBench, soakSeconds } from "./soak.mjs";

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
	fanoutEvents: Number(process.env.BENCH_FANOUT_EVENTS ?? 1000),
	importSize: Number(process.env.BENCH_IMPORT_SIZE ?? 10000),
	buildSizes: (process.env.BENCH_BUILD_SIZES ?? "10000,100000")
		.split(",")
		.map(Number)
		.filter((n) => n > 0),
	changesSizes: (process.env.BENCH_CHANGES_SIZES ?? "10000,100000")
		.split(",")
		.map(Number)
		.filter((n) => n > 0),
	only: process.env.BENCH_ONLY?.split(",").map((s) => s.trim()),
	eventsDrain: Number(process.env.BENCH_EVENTS_DRAIN ?? 10000),
	folioPort: positive("BENCH_FOLIO_PORT", 8787),
	baselinePort: positive("BENCH_BASELINE_PORT", 8788),
	noCachePort: positive("BENCH_NOCACHE_PORT", positive("BENCH_FOLIO_PORT", 8787) + 3),
};

/** The snapshot-changes projects to time: BENCH_CHANGES_SIZES, unless BENCH_ONLY leaves them out. */
const changesSizes = !config.only || config.only.includes("changes") ? config.changesSizes : [];

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
	const soak = soakSeconds() > 0 && (!config.only || config.only.includes("soak"));
	if (config.only?.length === 1 && soak) {
		// The soak starts (and crashes) a Folio of its own: nothing else to start for it.
		await runSoakBench(config.folioPort);
		return;
	}
	const selected = scenarios.filter((s) => !s.pairOnly && (!config.only || config.only.includes(s.name)));
	const eventsBench = (/** @type {string} */ name) => !config.only || config.only.includes(name);
	if (
		selected.length === 0 &&
		!eventsBench("events-longpoll") &&
		!eventsBench("events-drain") &&
		changesSizes.length === 0 &&
		config.buildSizes.length === 0 &&
		config.fanoutEvents <= 0 &&
		config.importSize <= 0
	) {
		throw new Error(`BENCH_ONLY matches no scenario: ${config.only}`);
	}

	const needs = (/** @type {string} */ target) =>
		selected.some((s) => scenarios.find((base) => base.name === s.compareWith)?.target === target);
	const { folio, baseline, unlimited, noCache } = await startServers(
		needs("folioUnlimited"),
		needs("folioNoCache"),
	);
	log("creating Folio fixtures (project, key, schema)…");
	const key = await createFolioFixtures(folio.url, ROOT_TOKEN);
	/** @type {import("./scenarios.mjs").Context} */
	const ctx = {
		baseline: { url: baseline.url },
		folio: { url: folio.url, key, rootToken: ROOT_TOKEN, project: "bench" },
		folioUnlimited: unlimited
			? { url: unlimited.url, key: await createFolioFixtures(unlimited.url, ROOT_TOKEN) }
			: undefined,
		folioNoCache: noCache
			? { url: noCache.url, key: await createFolioFixtures(noCache.url, ROOT_TOKEN), project: "bench" }
			: undefined,
		poolSize: config.poolSize,
	};

	const load = loadavg()[0] ?? 0;
	if (load > 0.5)
		log(`warning: load average ${load.toFixed(2)} before measuring: other work skews the numbers`);
	const rows = await runScenarios(selected, ctx);
	const fanout =
		config.fanoutEvents > 0
			? await measureFanout({ url: folio.url, rootToken: ROOT_TOKEN }, config.fanoutEvents, log)
			: null;
	const cliImport =
		config.importSize > 0
			? await measureCliImport(
					{ url: folio.url, rootToken: ROOT_TOKEN, repoDir, stateDir },
					config.importSize,
					log,
				)
			: null;
	const longPoll = eventsBench("events-longpoll")
		? await measureLongPoll({ url: folio.url, rootToken: ROOT_TOKEN }, log)
		: null;
	const drain =
		eventsBench("events-drain") && config.eventsDrain > 0
			? await measureDrain({ url: folio.url, rootToken: ROOT_TOKEN }, config.eventsDrain, log)
			: null;
	const builds = [];
	for (const size of config.buildSizes) {
		builds.push(await measureBuild({ url: folio.url, rootToken: ROOT_TOKEN, key, server: folio }, size, log));
	}

	const changes = [];
	for (const size of changesSizes) {
		changes.push(await measureChanges({ url: folio.url, rootToken: ROOT_TOKEN }, size, log));
	}

	const folioRss = workerdPeakRss(folio);
	if (rows.length > 0) console.log(`\n${formatTable(rows)}`);
	for (const note of failureNotes(rows)) console.log(note);
	if (fanout) console.log(`\n${formatFanout(fanout)}`);
	if (cliImport) console.log(`\n${formatImport(cliImport)}`);
	if (longPoll || drain) console.log(`\n${formatEvents(longPoll, drain)}`);
	if (builds.length > 0) console.log(`\n${formatBuilds(builds)}`);
	if (changes.length > 0) console.log(`\n${formatChanges(changes)}`);
	console.log(`\nFolio workerd peak RSS: ${folioRss.total_mib} MiB (${folioRss.processes.length} processes)`);
	console.log(`\n${formatSummary({ rows, fanout, cliImport, builds, folioRss })}`);
	const file = writeResults({
		repoDir,
		benchDir,
		config,
		rows,
		fanout,
		cliImport,
		builds,
		changes,
		targetRatio: TARGET_RATIO,
		folioRss,
	});
	console.log(`results: ${file}`);
	if (soak) {
		await stopAll();
		await runSoakBench(config.folioPort);
	}
}

/**
 * Fresh state, then Folio and the baseline (and, when a scenario needs it, a second Folio with
 * the rate limiter off, or with the read cache off), one after the other: two wrangler dev
 * starting at once can race for the same internal port.
 * @param {boolean} withUnlimited @param {boolean} withNoCache
 */
async function startServers(withUnlimited, withNoCache) {
	rmSync(stateDir, { recursive: true, force: true });
	mkdirSync(stateDir, { recursive: true });
	// Keeps the local databases and logs out of git even before .gitignore lists bench/.state/.
	writeFileSync(join(stateDir, ".gitignore"), "*\n");
	const unlimitedPort = config.folioPort + 2;
	const extra = [...(withUnlimited ? [unlimitedPort] : []), ...(withNoCache ? [config.noCachePort] : [])];
	for (const port of [config.folioPort, config.baselinePort, ...extra]) {
		await assertPortFree(port);
	}
	const logs = join(stateDir, "logs");
	log(`starting Folio on :${config.folioPort} and the baseline on :${config.baselinePort} (logs: ${logs})…`);
	const folio = await startFolio("folio", config.folioPort, []);
	const baselineConfig = join(benchDir, "baseline", "wrangler.jsonc");
	const baseline = await startAndWait(
		{
			name: "baseline",
			cwd: repoDir,
			port: config.baselinePort,
			args: ["--config", baselineConfig, "--persist-to", join(stateDir, "baseline"), "--log-level", "warn"],
			logFile: join(logs, "baseline.log"),
		},
		"/",
	);
	let unlimited;
	if (withUnlimited) {
		log(`starting Folio with FOLIO_RATE_LIMITS=off on :${unlimitedPort}…`);
		unlimited = await startFolio("folio-unlimited", unlimitedPort, ["--var", "FOLIO_RATE_LIMITS:off"]);
	}
	let noCache;
	if (withNoCache) {
		log(`starting Folio with FOLIO_READ_CACHE=off on :${config.noCachePort}…`);
		noCache = await startFolio("folio-nocache", config.noCachePort, ["--var", "FOLIO_READ_CACHE:off"]);
	}
	return { folio, baseline, unlimited, noCache };
}

/**
 * Applies Folio's migrations to its own local state and starts it with its shipped defaults
 * (wrangler.jsonc's vars: the access log logs only 5xx and slow requests, the read cache is on).
 * @param {string} name @param {number} port @param {string[]} extraArgs
 */
async function startFolio(name, port, extraArgs) {
	const state = join(stateDir, name);
	const logs = join(stateDir, "logs");
	applyMigrations({
		cwd: repoDir,
		database: "DB",
		persistTo: state,
		logFile: join(logs, `${name}-migrations.log`),
	});
	if (name === "folio" && changesSizes.length > 0) {
		log(`seeding the snapshot-changes projects (${changesSizes.join(", ")} entities) into D1…`);
		seedChangesProjects({
			cwd: repoDir,
			persistTo: state,
			logFile: join(logs, "changes-seed.log"),
			sizes: changesSizes,
		});
	}
	return startAndWait(
		{
			name,
			cwd: repoDir,
			port,
			args: [
				...["--var", `FOLIO_ADMIN_TOKEN:${ROOT_TOKEN}`],
				...extraArgs,
				...["--persist-to", state, "--log-level", "warn"],
			],
			logFile: join(logs, `${name}.log`),
		},
		"/api/v1/health",
	);
}

/**
 * Prepares, warms up and measures each scenario at each connection count.
 * @param {import("./scenarios.mjs").Scenario[]} selected
 * @param {import("./scenarios.mjs").Context} ctx
 */
async function runScenarios(selected, ctx) {
	/** @type {import("./lib/table.mjs").Row[]} */
	const rows = [];
	for (const scenario of selected) {
		const url = ctx[scenario.target].url;
		try {
			if (scenario.prepare) {
				log(`${scenario.name}: preparing…`);
				await scenario.prepare(ctx);
			}
			if (config.warmup > 0) {
				log(`${scenario.name}: warm-up ${config.warmup} s…`);
				await measure({ url, connections: 10, duration: config.warmup, ...scenario.request(ctx) });
				// The paired denominator warms up too: a cold isolate on either side skews the ratio.
				const base = scenarios.find((s) => s.name === scenario.compareWith);
				if (base) {
					const baseUrl = ctx[base.target]?.url;
					if (baseUrl)
						await measure({ url: baseUrl, connections: 10, duration: config.warmup, ...base.request(ctx) });
				}
			}
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			log(`${scenario.name}: not run (${message})`);
			for (const connections of config.connections) {
				rows.push({ scenario: scenario.name, connections, error: message });
			}
			continue;
		}
		for (const connections of config.connections) {
			// The baseline is measured again right before each Folio run: on a shared 2-core machine the
			// same baseline varies by ±25% over a few minutes, and a ratio is only fair between neighbours.
			const base = scenarios.find((s) => s.name === scenario.compareWith);
			const paired = base
				? await measure({
						url: ctx[base.target].url,
						connections,
						duration: config.duration,
						...base.request(ctx),
					})
				: undefined;
			log(`${scenario.name}: ${connections} connections, ${config.duration} s…`);
			const result = await measure({ url, connections, duration: config.duration, ...scenario.request(ctx) });
			rows.push({
				scenario: scenario.name,
				connections,
				result,
				baseline_rps: paired?.rps_mean,
				...compare(result, paired, scenario.target_ratio ?? TARGET_RATIO),
			});
		}
	}
	return rows;
}

/**
 * Ratio and verdict of a run against the baseline run measured just before it.
 * @param {import("./lib/measure.mjs").Measurement} result
 * @param {import("./lib/measure.mjs").Measurement} [base]
 * @param {number} target
 */
function compare(result, base, target) {
	if (!base) return {};
	if (base.rps_mean === 0) return { target, verdict: "no baseline" };
	const ratio = Math.round((result.rps_mean / base.rps_mean) * 100) / 100;
	const verdict = failed(result) || failed(base) ? "ERR" : ratio >= target ? "PASS" : "MISS";
	return { ratio, target, verdict };
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

// `npm run bench:soak` (or BENCH_ONLY=soak npm run bench): the webhook soak alone (lib/soak.mjs).
// BENCH_SOAK_SECONDS (120; 0 skips it in `npm run bench`), BENCH_SOAK_RATE commits/s (30),
// BENCH_SOAK_WRITERS (10), BENCH_SOAK_DRAIN_MAX s (600), BENCH_FOLIO_PORT (9787). Prints the
// table and writes bench/results/soak.json.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stopAll } from "./lib/servers.mjs";
import { measureSoak } from "./lib/soak.mjs";
import { formatSoak } from "./lib/soak-report.mjs";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const num = (/** @type {string} */ name, /** @type {number} */ fallback) =>
	Number(process.env[name] || fallback);

export const soakSeconds = () => Number(process.env.BENCH_SOAK_SECONDS ?? 120);

/** @param {number} port */
export async function runSoakBench(port) {
	const stateDir = join(benchDir, ".state-soak");
	rmSync(stateDir, { recursive: true, force: true });
	mkdirSync(join(stateDir, "logs"), { recursive: true });
	writeFileSync(join(stateDir, ".gitignore"), "*\n");
	const report = await measureSoak({
		repoDir: join(benchDir, ".."),
		stateDir,
		port,
		rootToken: "bench_root_token",
		seconds: soakSeconds(),
		rate: num("BENCH_SOAK_RATE", 30),
		writers: num("BENCH_SOAK_WRITERS", 10),
		drainMax: num("BENCH_SOAK_DRAIN_MAX", 600),
		log: (m) => console.log(`[bench] ${m}`),
	});
	console.log(`\n${formatSoak(report)}`);
	mkdirSync(join(benchDir, "results"), { recursive: true });
	writeFileSync(join(benchDir, "results", "soak.json"), `${JSON.stringify(report, null, 2)}\n`);
	return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		await runSoakBench(num("BENCH_FOLIO_PORT", 9787));
	} catch (error) {
		console.error(`soak failed: ${error instanceof Error ? error.stack : error}`);
		process.exitCode = 1;
	} finally {
		await stopAll();
	}
}

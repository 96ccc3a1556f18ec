// One table of every scenario the run measured, each with its target and verdict: the numbers the
// issues ask for, side by side (details are in the tables printed above it).
import { MAX_BUILD_S, MAX_GROWTH } from "./build.mjs";
import { IMPORT_TARGET } from "./cli-import.mjs";
import { FANOUT_TARGETS } from "./fanout.mjs";

/**
 * @param {{ rows: import("./table.mjs").Row[], fanout: import("./fanout.mjs").FanoutRow[] | null,
 *   cliImport: import("./cli-import.mjs").ImportRow | null, builds: import("./build.mjs").BuildRow[],
 *   folioRss: { total_mib: number } }} run
 */
export function formatSummary({ rows, fanout, cliImport, builds, folioRss }) {
	/** @type {string[][]} */
	const lines = [];
	const verdict = (/** @type {boolean} */ ok) => (ok ? "PASS" : "MISS");
	for (const row of rows) {
		// Baseline rows are the reference the others are divided by, not scenarios of their own.
		if (row.scenario.startsWith("baseline")) continue;
		const label = `${row.scenario} @${row.connections}`;
		if (!row.result || row.ratio === undefined) {
			lines.push([label, "ratio", "not run", row.target === undefined ? "" : `≥ ${row.target}`, "ERR"]);
			continue;
		}
		const against = row.scenario.includes("limiter")
			? "÷ limiter off"
			: row.scenario.includes("cache off")
				? "÷ cache off"
				: "÷ baseline";
		lines.push([
			label,
			`req/s ${against}`,
			`${row.result.rps_mean.toFixed(0)} → ${row.ratio.toFixed(2)}`,
			row.target === undefined ? "" : `≥ ${row.target}`,
			row.verdict ?? "",
		]);
	}
	for (const f of fanout ?? []) {
		const complete = f.deliveries === f.events * f.endpoints;
		if (f.mode === "burst") {
			const ok = complete && f.deliveries_per_s >= FANOUT_TARGETS.deliveries_per_s;
			lines.push([
				"webhook fan-out, burst",
				"deliveries/s",
				String(f.deliveries_per_s),
				`≥ ${FANOUT_TARGETS.deliveries_per_s}`,
				verdict(ok),
			]);
		} else {
			const ok = complete && f.p50_s <= FANOUT_TARGETS.p50_s;
			lines.push([
				"webhook fan-out, paced",
				"commit→receipt p50 (p99)",
				`${f.p50_s.toFixed(2)} s (${f.p99_s.toFixed(2)} s)`,
				`≤ ${FANOUT_TARGETS.p50_s} s`,
				verdict(ok),
			]);
		}
	}
	if (cliImport) {
		lines.push([
			`cli import ${cliImport.entities}`,
			"entities/s",
			String(cliImport.entities_per_s),
			`≥ ${IMPORT_TARGET}`,
			verdict(cliImport.entities_per_s >= IMPORT_TARGET),
		]);
	}
	for (const b of builds) {
		const limit = MAX_BUILD_S[/** @type {keyof typeof MAX_BUILD_S} */ (b.entities)];
		lines.push([
			`snapshot build ${b.entities}`,
			"regenerate→published (RSS peak)",
			`${b.build_s.toFixed(2)} s (${b.rss_peak_mib.toFixed(0)} MiB)`,
			limit ? `≤ ${limit} s` : "",
			limit ? verdict(b.build_s <= limit) : "",
		]);
	}
	if (builds.length >= 2) {
		const small = builds.reduce((a, b) => (a.entities < b.entities ? a : b));
		const large = builds.reduce((a, b) => (a.entities > b.entities ? a : b));
		const growth = large.server_build_s / small.server_build_s;
		lines.push([
			`snapshot build growth`,
			`${large.entities / small.entities}× entities`,
			`${growth.toFixed(2)}× time`,
			`≤ ${MAX_GROWTH}`,
			verdict(growth <= MAX_GROWTH),
		]);
	}
	lines.push(["Folio workerd peak RSS", "MiB", String(folioRss.total_mib), "", ""]);
	const header = ["scenario", "measure", "value", "target", "verdict"];
	const all = [header, ...lines];
	const widths = header.map((_, i) => Math.max(...all.map((cells) => (cells[i] ?? "").length)));
	const line = (/** @type {string[]} */ cells) =>
		cells
			.map((c, i) => c.padEnd(widths[i] ?? 0))
			.join("  ")
			.trimEnd();
	return [
		"ALL SCENARIOS",
		line(header),
		widths.map((w) => "-".repeat(w)).join("  "),
		...lines.map(line),
	].join("\n");
}

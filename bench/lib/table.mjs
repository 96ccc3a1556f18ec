// Plain-text table for the terminal.
import { failed, hitRatio } from "./measure.mjs";

/**
 * @typedef {object} Row
 * @property {string} scenario
 * @property {number} connections
 * @property {import("./measure.mjs").Measurement} [result]
 * @property {number} [baseline_rps] req/s of the baseline run measured just before this one
 * @property {number} [ratio] req/s ÷ baseline_rps
 * @property {number} [target]
 * @property {string} [verdict] PASS, MISS, ERR (failed or no responses: ratio not trusted), or empty
 * @property {string} [error] why the scenario could not run
 */

/**
 * Formats rows as an aligned table.
 * @param {Row[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
	const header = [
		"scenario",
		"conns",
		"req/s",
		"p50 ms",
		"p99 ms",
		"non-2xx",
		"errors",
		"cache hit",
		"base req/s",
		"ratio",
		"target",
		"verdict",
	];
	const body = rows.map((row) => {
		if (!row.result) return [row.scenario, String(row.connections), `not run: ${row.error ?? "?"}`];
		const r = row.result;
		return [
			row.scenario,
			String(r.connections),
			r.rps_mean.toFixed(1),
			r.latency_p50_ms.toFixed(1),
			r.latency_p99_ms.toFixed(1),
			String(r.non_2xx),
			String(r.errors),
			hitRatio(r) === undefined ? "" : `${((hitRatio(r) ?? 0) * 100).toFixed(1)} %`,
			row.baseline_rps === undefined ? "" : row.baseline_rps.toFixed(1),
			row.ratio === undefined ? "" : row.ratio.toFixed(2),
			row.target === undefined ? "" : `≥ ${row.target}`,
			row.verdict ?? "",
		];
	});
	const widths = header.map((h, i) =>
		Math.max(h.length, ...body.filter((cells) => cells.length > 3).map((cells) => (cells[i] ?? "").length)),
	);
	const last = header.length - 1;
	const line = (/** @type {string[]} */ cells) =>
		cells
			// Names and verdicts to the left, numbers to the right; a "not run" note overflows its column.
			.map((cell, i) => (i === 0 || i === last ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
			.join("  ")
			.trimEnd();
	const rule = widths.map((w) => "-".repeat(w)).join("  ");
	return [line(header), rule, ...body.map(line)].join("\n");
}

/**
 * Lines naming the status codes of every row that had failed responses.
 * @param {Row[]} rows
 * @returns {string[]}
 */
export function failureNotes(rows) {
	return rows
		.filter((row) => row.result && failed(row.result))
		.map((row) => {
			const r = /** @type {import("./measure.mjs").Measurement} */ (row.result);
			const codes = Object.entries(r.status_codes)
				.map(([code, count]) => `${code}×${count}`)
				.join(", ");
			return `! ${row.scenario} @${r.connections}: ${r.requests_total} responses, ${r.non_2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts); status codes: ${codes || "none"}`;
		});
}

// One autocannon run, reduced to the numbers the report needs.
import { loadavg } from "node:os";
import autocannon from "autocannon";

/**
 * @typedef {object} Measurement
 * @property {number} connections
 * @property {number} duration_s
 * @property {number} requests_total
 * @property {number} rps_mean requests per second, mean of the per-second samples
 * @property {number} latency_p50_ms
 * @property {number} latency_p99_ms
 * @property {number} latency_max_ms
 * @property {number} non_2xx responses whose status was not 2xx
 * @property {number} errors connection errors, timeouts included
 * @property {number} timeouts
 * @property {Record<string, number>} status_codes count per status code
 * @property {number} load_avg_1m machine load when the run started (other work skews the numbers)
 * @property {Record<string, number>} [header_counts] responses per value of `countHeader`, when asked
 */

/**
 * Runs autocannon against a server with the given options (method, path, headers, body, requests…).
 * `countHeader` names a response header whose values are counted (e.g. `X-Folio-Cache`).
 * @param {{ url: string, path?: string, connections: number, duration: number, countHeader?: string } & Record<string, any>} options
 * @returns {Promise<Measurement>}
 */
export async function measure({ url: base, path = "/", countHeader, ...options }) {
	// autocannon takes the default path from the URL; `requests[].setupRequest` may still change it.
	const url = new URL(path, base);
	if (url.hostname !== "127.0.0.1") throw new Error(`refusing to load a non-local target: ${url}`);
	const load = loadavg()[0] ?? 0;
	/** @type {Record<string, number> | undefined} */
	const counts = countHeader ? {} : undefined;
	if (countHeader && counts) {
		const wanted = countHeader.toLowerCase();
		const onResponse = (
			/** @type {number} */ _status,
			/** @type {unknown} */ _body,
			/** @type {unknown} */ _ctx,
			/** @type {Record<string, unknown>} */ headers,
		) => {
			const name = Object.keys(headers ?? {}).find((h) => h.toLowerCase() === wanted);
			const value = name ? String(headers[name]) : "(none)";
			counts[value] = (counts[value] ?? 0) + 1;
		};
		options.requests = (options.requests ?? [{}]).map((/** @type {any} */ r) => ({ ...r, onResponse }));
	}
	const result = await autocannon({ timeout: 10, pipelining: 1, ...options, url: url.href });
	/** @type {Record<string, number>} */
	const statusCodes = {};
	for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
		statusCodes[code] = Number(/** @type {any} */ (stats).count);
	}
	return {
		connections: options.connections,
		duration_s: result.duration,
		requests_total: result.requests.total,
		rps_mean: round(result.requests.average),
		latency_p50_ms: round(result.latency.p50),
		latency_p99_ms: round(result.latency.p99),
		latency_max_ms: round(result.latency.max),
		non_2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		status_codes: statusCodes,
		load_avg_1m: round(load),
		...(counts ? { header_counts: counts } : {}),
	};
}

/**
 * True when a run cannot be trusted: failed responses, connection errors, or no response at all.
 * @param {Measurement} m
 */
export function failed(m) {
	return m.non_2xx > 0 || m.errors > 0 || m.requests_total === 0;
}

/** @param {number} value */
function round(value) {
	return Math.round((value ?? 0) * 100) / 100;
}

/**
 * The share of responses whose `X-Folio-Cache` was `hit`, or undefined when not counted.
 * @param {Measurement} m
 */
export function hitRatio(m) {
	const counts = m.header_counts;
	if (!counts) return undefined;
	const total = Object.values(counts).reduce((a, b) => a + b, 0);
	return total === 0 ? undefined : (counts.hit ?? 0) / total;
}

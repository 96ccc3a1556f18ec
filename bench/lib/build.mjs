// Snapshot build timing: seeds projects of N entities through the batch API, then times a build
// from the regenerate call to the published state, sampling workerd's memory while it runs.
import { expectOk, filler, forEachLimited, regenerateAndWait } from "./http.mjs";
import { workerdRss } from "./servers.mjs";

const BATCH = 100;

/**
 * @typedef {object} BuildRow
 * @property {number} entities
 * @property {number} seed_s time to commit the entities through the batch API
 * @property {number} build_s wall time from POST regenerate to observing `published` (median of 3)
 * @property {number} server_build_s started_at → published_at as the snapshot records them (median of 3)
 * @property {number[]} server_build_runs_s each run's server time
 * @property {number} rss_before_mib workerd RSS before the build
 * @property {number} rss_peak_mib highest workerd RSS sampled during the build
 * @property {string} content_hash
 */

/**
 * @param {{ url: string, rootToken: string, key: string, server: import("./servers.mjs").Server }} folio
 * @param {number} size
 * @param {(message: string) => void} log
 * @returns {Promise<BuildRow>}
 */
export async function measureBuild(folio, size, log) {
	const project = `build-${size}`;
	const admin = `${folio.url}/api/v1/admin/projects/${project}`;
	await expectOk("POST", `${folio.url}/api/v1/admin/projects`, {
		token: folio.rootToken,
		body: { id: project, name: `Build ${size}` },
	});
	await expectOk("PUT", `${admin}/schemas/article`, {
		token: folio.rootToken,
		body: { json_schema: { type: "object", required: ["title"] } },
	});
	log(`build ${size}: seeding ${size} entities (1 KB each) through the batch API…`);
	const seedStart = Date.now();
	const body = filler(900);
	await forEachLimited(Math.ceil(size / BATCH), 4, (b) => {
		const operations = [];
		for (let i = b * BATCH; i < Math.min(size, (b + 1) * BATCH); i++) {
			const slug = `e-${String(i).padStart(7, "0")}`;
			operations.push({
				op: "update",
				slug,
				schema: "article",
				mode: "commit",
				message: "seed",
				data: { title: slug, body },
			});
		}
		return expectOk("POST", `${admin}/batch`, { token: folio.rootToken, body: { operations } });
	});
	const seed_s = (Date.now() - seedStart) / 1000;

	// Three builds of the same content; the median of each time is reported (one short build is noisy).
	const runs = [];
	const rss_before_mib = workerdRss(folio.server);
	let rss_peak_mib = rss_before_mib;
	const sampler = setInterval(() => {
		rss_peak_mib = Math.max(rss_peak_mib, workerdRss(folio.server));
	}, 100);
	try {
		for (let run = 1; run <= BUILD_RUNS; run++) {
			log(`build ${size}: building (${run}/${BUILD_RUNS})…`);
			runs.push(await buildOnce(folio, admin, size));
		}
	} finally {
		clearInterval(sampler);
	}
	const median = (/** @type {number[]} */ values) =>
		values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
	return {
		entities: size,
		seed_s,
		build_s: median(runs.map((r) => r.build_s)),
		server_build_s: median(runs.map((r) => r.server_build_s)),
		server_build_runs_s: runs.map((r) => r.server_build_s),
		rss_before_mib,
		rss_peak_mib,
		content_hash: runs[0]?.content_hash ?? "",
	};
}

const BUILD_RUNS = 3;

/**
 * One regenerate call, polled until published.
 * @param {{ rootToken: string }} folio @param {string} admin @param {number} size
 */
async function buildOnce(folio, admin, size) {
	const started = Date.now();
	const snapshot = await regenerateAndWait(admin, folio.rootToken);
	if (snapshot.entity_count !== size) throw new Error(`published ${snapshot.entity_count} of ${size}`);
	return {
		build_s: (Date.now() - started) / 1000,
		server_build_s: (Date.parse(snapshot.published_at) - Date.parse(snapshot.started_at)) / 1000,
		content_hash: snapshot.content_hash,
	};
}

/**
 * Targets: 100,000 entities published ≤ 20 s after the regenerate call (wall time, queue delivery
 * included), and build time growing linearly (server time ratio ≤ 11 for 10× the entities).
 */
export const MAX_BUILD_S = { 100000: 20 };
export const MAX_GROWTH = 11;

/**
 * The build table, with the growth ratio between the smallest and largest build.
 * @param {BuildRow[]} builds
 */
export function formatBuilds(builds) {
	const header = [
		"snapshot build",
		"seed s",
		"build s",
		"server s",
		"RSS before MiB",
		"RSS peak MiB",
		"target",
		"verdict",
	];
	const body = builds.map((b) => {
		const limit = MAX_BUILD_S[/** @type {keyof typeof MAX_BUILD_S} */ (b.entities)];
		return [
			`${b.entities} entities`,
			b.seed_s.toFixed(1),
			b.build_s.toFixed(2),
			b.server_build_s.toFixed(2),
			b.rss_before_mib.toFixed(0),
			b.rss_peak_mib.toFixed(0),
			limit ? `≤ ${limit} s` : "",
			limit ? (b.build_s <= limit ? "PASS" : "MISS") : "",
		];
	});
	const lines = [header, ...body];
	const widths = header.map((_, i) => Math.max(...lines.map((cells) => (cells[i] ?? "").length)));
	const out = lines.map((cells) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  "),
	);
	if (builds.length >= 2) {
		const small = builds.reduce((a, b) => (a.entities < b.entities ? a : b));
		const large = builds.reduce((a, b) => (a.entities > b.entities ? a : b));
		// On the server's own times: the wall times also hold a second or so of queue delivery.
		const growth = large.server_build_s / small.server_build_s;
		const scale = large.entities / small.entities;
		out.push(
			`build time (server) ${large.entities} / ${small.entities}: ${growth.toFixed(2)} for ${scale}× the entities (target ≤ ${MAX_GROWTH}): ${growth <= MAX_GROWTH ? "PASS" : "MISS"}`,
		);
	}
	return out.join("\n");
}

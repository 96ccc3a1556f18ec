// Snapshot changes timing: a project of N entities, snapshot A, 1,000 entities changed, snapshot
// B, then every page of B's changes since A read, in the default page size and in pages of 500
// with data. The cost should follow the number of changes, not N.
import { spawnSync } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expectOk, forEachLimited } from "./http.mjs";

const BATCH = 100;
const RUNS = 5;
export const CHANGED = 1000;
/** Targets (issue 17): full paging ≤ 2 s at either size, and the large project ≤ 2× the small one. */
export const MAX_CHANGES_S = 2;
export const MAX_CHANGES_GROWTH = 2;

/**
 * @typedef {object} ChangesRow
 * @property {number} entities
 * @property {number} changed
 * @property {number} build_b_s wall time to build snapshot B (not a target here)
 * @property {number} default_s median full paging with the default limit (50), no data
 * @property {number} default_pages
 * @property {number} data_s median full paging with limit=500&include=data
 * @property {number} data_pages
 * @property {number} reverse_s median full paging of the reverse (since B, to A), limit=500
 */

/** The id of the seeded snapshot A of the project of `size` entities. */
const seededSnapshotId = (size) => `snap_00000000A${String(size).padStart(15, "0")}`;

/**
 * SQL that creates project `changes-N` with N committed entities, written straight into the local
 * D1 before Folio starts: 100,000 entities through the batch API take minutes on a loaded machine,
 * and how they got there does not matter to the changes query. Seqs are unique and increasing as
 * the write path makes them; data hashes only need to differ from the changed content's.
 * @param {number[]} sizes
 */
function seedSql(sizes) {
	const now = new Date().toISOString();
	let offset = 0;
	const statements = sizes.flatMap((size) => {
		const p = `changes-${size}`;
		const slug = "'e-' || printf('%07d', n)";
		const series = `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${size - 1})`;
		const out = [
			`INSERT INTO projects (id, name, created_at) VALUES ('${p}', '${p}', '${now}');`,
			`INSERT INTO schema_versions (project_id, schema_id, version, json_schema, created_at) VALUES ('${p}', 'article', 1, '{"type":"object"}', '${now}');`,
			`INSERT INTO schemas (project_id, id, version, created_at, updated_at) VALUES ('${p}', 'article', 1, '${now}', '${now}');`,
			`${series} INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, message, author, created_at, seq, data_hash)
			SELECT '${p}', ${slug}, 1, 'commit', 'article', 1, json_object('title', 'v1', 'slug', ${slug}, 'body', hex(zeroblob(200))),
				'seed', 'root', '${now}', ${offset + 1} + n, 'seed-' || n FROM s;`,
			`${series} INSERT INTO entities (project_id, slug, schema_id, status, revision, committed_revision, created_at, updated_at)
			SELECT '${p}', ${slug}, 'article', 'committed', 1, 1, '${now}', '${now}' FROM s;`,
		];
		// Snapshot A as a build would publish it (every entity at revision 1), so only B is built here.
		out.push(
			`INSERT INTO snapshots (id, project_id, status, requested_by, requested_at, started_at, published_at, watermark, entity_count, content_hash)
			VALUES ('${seededSnapshotId(size)}', '${p}', 'published', 'root', '${now}', '${now}', '${now}', ${offset + size}, ${size}, 'seeded');`,
			`${series} INSERT INTO snapshot_entries (snapshot_id, slug, schema_id, revision) SELECT '${seededSnapshotId(size)}', ${slug}, 'article', 1 FROM s;`,
			`UPDATE projects SET latest_snapshot_id = '${seededSnapshotId(size)}' WHERE id = '${p}';`,
		);
		offset += size;
		return out;
	});
	return statements.join("\n");
}

/**
 * Seeds the projects of `sizes` into Folio's local D1 (after the migrations, before it starts).
 * @param {{ cwd: string, persistTo: string, logFile: string, sizes: number[] }} opts
 */
export function seedChangesProjects({ cwd, persistTo, logFile, sizes }) {
	const file = join(persistTo, "..", "changes-seed.sql");
	mkdirSync(dirname(logFile), { recursive: true });
	writeFileSync(file, seedSql(sizes));
	const out = openSync(logFile, "a");
	const args = [
		"wrangler",
		"d1",
		"execute",
		"DB",
		"--local",
		"--persist-to",
		persistTo,
		"--file",
		file,
		"--yes",
	];
	const result = spawnSync("npx", args, {
		cwd,
		stdio: ["ignore", out, out],
		env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
		timeout: 300_000,
	});
	if (result.status !== 0) throw new Error(`seeding the changes projects failed; see ${logFile}`);
}

/**
 * Regenerate and poll until published, like http.mjs's regenerateAndWait, but patient: a poll
 * that times out (a loaded machine, the build holding D1) is polled again.
 */
async function buildAndWait(admin, token, timeoutMs = 900_000) {
	const started = Date.now();
	// Not through expectOk: its 15 s timeout. Under wrangler dev the answer can wait for the
	// build the request queued (a loaded machine makes that minutes for 100,000 entities).
	const response = await fetch(`${admin}/snapshots/regenerate`, {
		method: "POST",
		headers: { Authorization: `Bearer ${token}` },
		signal: AbortSignal.timeout(timeoutMs),
	});
	if (response.status !== 202)
		throw new Error(`regenerate answered ${response.status}: ${await response.text()}`);
	const job = await response.json();
	while (Date.now() - started < timeoutMs) {
		const snapshot = await expectOk("GET", `${admin}/snapshots/${job.id}`, { token }).catch((error) => {
			if (error?.name === "TimeoutError") return null;
			throw error;
		});
		if (snapshot?.status === "published") return snapshot;
		if (snapshot?.status === "failed") throw new Error(`snapshot ${job.id} failed: ${snapshot.error}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`snapshot ${job.id} not published after ${timeoutMs / 1000} s`);
}

/** Every page of `path`; returns wall seconds, pages and items. */
async function pageThrough(url, token) {
	const started = performance.now();
	let cursor = null;
	let pages = 0;
	let items = 0;
	do {
		const page = await expectOk("GET", cursor ? `${url}&cursor=${cursor}` : url, { token });
		pages++;
		items += page.data.length;
		cursor = page.next_cursor;
	} while (cursor);
	return { s: (performance.now() - started) / 1000, pages, items };
}

/**
 * @param {{ url: string, rootToken: string }} folio
 * @param {number} size
 * @param {(message: string) => void} log
 * @returns {Promise<ChangesRow>}
 */
export async function measureChanges(folio, size, log) {
	const project = `changes-${size}`;
	const admin = `${folio.url}/api/v1/admin/projects/${project}`;
	const token = folio.rootToken;
	// Seeded in D1 before the server started, snapshot A included (seedChangesProjects).
	const a = await expectOk("GET", `${admin}/snapshots/${seededSnapshotId(size)}`, { token });
	if (a.entity_count !== size) throw new Error(`changes ${size}: snapshot A has ${a.entity_count} entities`);
	// Spread over the project, so the changed slugs are not one contiguous range.
	const step = Math.floor(size / CHANGED);
	log(`changes ${size}: changing ${CHANGED} entities, every ${step}th…`);
	await forEachLimited(CHANGED / BATCH, 4, (b) => {
		const operations = [];
		for (let j = b * BATCH; j < (b + 1) * BATCH; j++) {
			const slug = `e-${String(j * step).padStart(7, "0")}`;
			operations.push({
				op: "update",
				slug,
				schema: "article",
				mode: "commit",
				message: "m",
				data: { title: "v2", slug },
			});
		}
		return expectOk("POST", `${admin}/batch`, { token, body: { operations } });
	});
	log(`changes ${size}: building snapshot B…`);
	const buildStart = Date.now();
	const b = await buildAndWait(admin, token);
	const build_b_s = (Date.now() - buildStart) / 1000;
	const read = `${folio.url}/api/v1/projects/${project}/snapshots`;
	const median = (/** @type {number[]} */ v) => v.sort((x, y) => x - y)[Math.floor(v.length / 2)] ?? 0;
	const runs = { default: [], data: [], reverse: [] };
	let pages = { default: 0, data: 0 };
	for (let run = 0; run < RUNS; run++) {
		const d = await pageThrough(`${read}/${b.id}/changes?since=${a.id}`, token);
		const withData = await pageThrough(`${read}/${b.id}/changes?since=${a.id}&limit=500&include=data`, token);
		const reverse = await pageThrough(`${read}/${a.id}/changes?since=${b.id}&limit=500`, token);
		for (const r of [d, withData, reverse]) {
			if (r.items !== CHANGED) throw new Error(`changes ${size}: ${r.items} changes, expected ${CHANGED}`);
		}
		runs.default.push(d.s);
		runs.data.push(withData.s);
		runs.reverse.push(reverse.s);
		pages = { default: d.pages, data: withData.pages };
	}
	return {
		entities: size,
		changed: CHANGED,
		build_b_s,
		default_s: median(runs.default),
		default_pages: pages.default,
		data_s: median(runs.data),
		data_pages: pages.data,
		reverse_s: median(runs.reverse),
	};
}

/** @param {ChangesRow[]} rows */
export function formatChanges(rows) {
	const lines = [
		[
			"snapshot changes",
			"build B s",
			"limit 50 s (pages)",
			"limit 500 + data s (pages)",
			"reverse s",
			"verdict",
		],
		...rows.map((r) => [
			`${r.changed} of ${r.entities}`,
			r.build_b_s.toFixed(1),
			`${r.default_s.toFixed(3)} (${r.default_pages})`,
			`${r.data_s.toFixed(3)} (${r.data_pages})`,
			r.reverse_s.toFixed(3),
			Math.max(r.default_s, r.data_s, r.reverse_s) <= MAX_CHANGES_S ? `PASS ≤ ${MAX_CHANGES_S} s` : "MISS",
		]),
	];
	const widths = lines[0].map((_, i) => Math.max(...lines.map((c) => c[i].length)));
	const out = lines.map((c) =>
		c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  "),
	);
	if (rows.length >= 2) {
		const small = rows.reduce((x, y) => (x.entities < y.entities ? x : y));
		const large = rows.reduce((x, y) => (x.entities > y.entities ? x : y));
		const growth = large.default_s / small.default_s;
		out.push(
			`changes ${large.entities} / ${small.entities} entities (limit 50): ${growth.toFixed(2)}× (target ≤ ${MAX_CHANGES_GROWTH}): ${growth <= MAX_CHANGES_GROWTH ? "PASS" : "MISS"}`,
		);
	}
	return out.join("\n");
}

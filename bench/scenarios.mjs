// The measured scenarios. To add one, append an object: `request` returns autocannon options
// (method, path, headers, body, or `requests` with setupRequest), `prepare` creates what it needs.
import { expectOk, filler, forEachLimited, regenerateAndWait } from "./lib/http.mjs";

/**
 * @typedef {object} Context
 * @property {{ url: string }} baseline
 * @property {{ url: string, key: string, rootToken: string, project: string, poolReady?: boolean }} folio
 * @property {{ url: string, key: string, poolReady?: boolean }} [folioUnlimited] Folio with FOLIO_RATE_LIMITS=off
 * @property {{ url: string, key: string, project: string, pageSnapshotId?: string }} [folioNoCache] Folio with FOLIO_READ_CACHE=off
 * @property {number} poolSize entities pre-created for update scenarios
 * @property {{ baselineId: string, snapshotId: string }} [read] what the read scenarios read
 * @property {string} [pageSnapshotId] the snapshot of PAGE_SIZE entities the page scenario reads
 */

/**
 * @typedef {object} Scenario
 * @property {string} name
 * @property {"baseline" | "folio" | "folioUnlimited" | "folioNoCache"} target which server it loads
 * @property {string} [compareWith] baseline scenario whose req/s is the ratio's denominator
 * @property {number} [target_ratio] the ratio it must reach (0.7 unless given)
 * @property {boolean} [pairOnly] measured only as another scenario's denominator
 * @property {(ctx: Context) => Promise<void>} [prepare] runs once, before the warm-up
 * @property {(ctx: Context) => Record<string, any>} request autocannon options for the run
 */

const json = { "Content-Type": "application/json" };

/** @param {Context} ctx */
const folioHeaders = (ctx) => ({ ...json, Authorization: `Bearer ${ctx.folio.key}` });

/** @param {Context} ctx */
const entitiesPath = (ctx) => `/api/v1/admin/projects/${ctx.folio.project}/entities`;

/** ~1 KB of article data; `n` makes each version differ. @param {number} n */
const article = (n) => ({ title: `Bench article ${n}`, body: filler(900), tags: ["a", "b"] });

/** @param {number} n */
const commitBody = (n) => ({ schema: "article", mode: "commit", message: "bench", data: article(n) });

/**
 * What the read scenarios read, made once: a baseline row, and a committed entity published in
 * a snapshot. Each read scenario prepares it, since the paired baseline run has no prepare step.
 * @param {Context} ctx
 */
async function ensureReadFixtures(ctx) {
	if (ctx.read) return;
	const row = await expectOk("POST", `${ctx.baseline.url}/write`, {
		body: { kind: "bench", data: article(0) },
	});
	const admin = `${ctx.folio.url}/api/v1/admin/projects/${ctx.folio.project}`;
	await expectOk("PUT", `${admin}/entities/read-me`, { token: ctx.folio.key, body: commitBody(0) });
	const snapshot = await regenerateAndWait(admin, ctx.folio.key, 30_000);
	ctx.read = { baselineId: row.id, snapshotId: snapshot.id };
}

/** @param {Context} ctx @param {string} ref */
const readPath = (ctx, ref) => `/api/v1/projects/${ctx.folio.project}/snapshots/${ref}/entities/read-me`;

/** Entities in the page scenario: the read API's default page. */
const PAGE_SIZE = 50;

/**
 * A snapshot of PAGE_SIZE ~1 KB entities (`page-00`…), published on a server, made once.
 * @param {{ url: string, key: string }} server @param {string} project
 */
async function publishPage(server, project) {
	const admin = `${server.url}/api/v1/admin/projects/${project}`;
	await forEachLimited(PAGE_SIZE, 4, (i) =>
		expectOk("PUT", `${admin}/entities/page-${String(i).padStart(2, "0")}`, {
			token: server.key,
			body: commitBody(i),
		}),
	);
	return (await regenerateAndWait(admin, server.key, 30_000)).id;
}

/**
 * The same page published on Folio and on the Folio with the read cache off: the page scenario
 * and its denominator read the same PAGE_SIZE entities, the one through its cache, the other from D1.
 * @param {Context} ctx
 */
async function preparePages(ctx) {
	ctx.pageSnapshotId ??= await publishPage(ctx.folio, ctx.folio.project);
	const other = ctx.folioNoCache;
	if (other && !other.pageSnapshotId) other.pageSnapshotId = await publishPage(other, other.project);
}

/** @param {{ url: string, key: string, project?: string }} server @param {string | undefined} snapshotId */
const pageRequest = (server, snapshotId) => ({
	method: "GET",
	path: `/api/v1/projects/${server.project ?? "bench"}/snapshots/${snapshotId ?? "missing"}/entities?limit=${PAGE_SIZE}`,
	headers: { Authorization: `Bearer ${server.key}` },
	countHeader: "X-Folio-Cache",
});

/** Updates sent so far, across runs, so that every commit carries new data. */
let updates = 0;

/**
 * The pool of committed entities the update scenarios cycle through, made once per server.
 * @param {Context} ctx @param {"folio" | "folioUnlimited"} [which]
 */
async function preparePool(ctx, which = "folio") {
	const server = ctx[which];
	if (!server || server.poolReady) return;
	await forEachLimited(ctx.poolSize, 4, (i) =>
		expectOk("PUT", `${server.url}${entitiesPath(ctx)}/u-${i}`, { token: server.key, body: commitBody(i) }),
	);
	server.poolReady = true;
}

/**
 * PUT commits of ~1 KB across the pool; each request takes the next slug, so concurrent ones
 * rarely collide. @param {Context} ctx @param {string} token
 */
function updateAndCommit(ctx, token) {
	return {
		method: "PUT",
		headers: { ...json, Authorization: `Bearer ${token}` },
		requests: [
			{
				setupRequest: (/** @type {any} */ req) => {
					const i = updates++;
					return {
						...req,
						path: `${entitiesPath(ctx)}/u-${i % ctx.poolSize}`,
						body: JSON.stringify(commitBody(ctx.poolSize + i)),
					};
				},
			},
		],
	};
}

/** @type {Scenario[]} */
export const scenarios = [
	{
		name: "baseline write",
		target: "baseline",
		request: () => ({
			method: "POST",
			path: "/write",
			headers: json,
			body: JSON.stringify({ kind: "bench", data: article(0) }),
		}),
	},
	{
		name: "folio create-draft",
		target: "folio",
		compareWith: "baseline write",
		request: (ctx) => ({
			method: "POST",
			path: entitiesPath(ctx),
			headers: folioHeaders(ctx),
			body: JSON.stringify({ schema: "article", data: article(0) }),
		}),
	},
	{
		name: "folio update-and-commit",
		target: "folio",
		compareWith: "baseline write",
		prepare: (ctx) => preparePool(ctx),
		request: (ctx) => updateAndCommit(ctx, ctx.folio.key),
	},
	{
		// The denominator of the limiter's cost: a second Folio with FOLIO_RATE_LIMITS=off.
		name: "folio update-and-commit, limiter off",
		target: "folioUnlimited",
		pairOnly: true,
		request: (ctx) => updateAndCommit(ctx, ctx.folioUnlimited?.key ?? ""),
	},
	{
		name: "folio limiter on ÷ off",
		target: "folio",
		compareWith: "folio update-and-commit, limiter off",
		target_ratio: 0.85,
		prepare: async (ctx) => {
			await preparePool(ctx, "folio");
			await preparePool(ctx, "folioUnlimited");
		},
		request: (ctx) => updateAndCommit(ctx, ctx.folio.key),
	},
	{
		name: "baseline read",
		target: "baseline",
		prepare: ensureReadFixtures,
		request: (ctx) => ({ method: "GET", path: `/read/${ctx.read?.baselineId}` }),
	},
	{
		name: "folio read latest",
		target: "folio",
		compareWith: "baseline read",
		target_ratio: 1.0,
		prepare: ensureReadFixtures,
		request: (ctx) => ({
			method: "GET",
			path: readPath(ctx, "latest"),
			headers: folioHeaders(ctx),
			countHeader: "X-Folio-Cache",
		}),
	},
	{
		name: "folio read by id",
		target: "folio",
		compareWith: "baseline read",
		target_ratio: 1.3,
		prepare: ensureReadFixtures,
		request: (ctx) => ({
			method: "GET",
			path: readPath(ctx, ctx.read?.snapshotId ?? "missing"),
			headers: folioHeaders(ctx),
			countHeader: "X-Folio-Cache",
		}),
	},
	{
		// The denominator of the read cache's gain: the same page, on a Folio with FOLIO_READ_CACHE=off.
		name: "folio page of 50 by id, cache off",
		target: "folioNoCache",
		pairOnly: true,
		request: (ctx) => pageRequest(ctx.folioNoCache ?? { url: "", key: "" }, ctx.folioNoCache?.pageSnapshotId),
	},
	{
		name: "folio page of 50 by id ÷ cache off",
		target: "folio",
		compareWith: "folio page of 50 by id, cache off",
		target_ratio: 1.3,
		prepare: preparePages,
		request: (ctx) => pageRequest(ctx.folio, ctx.pageSnapshotId),
	},
];

// Webhook fan-out: commits N entities in a project with 3 webhook endpoints (local receivers
// that answer 200 at once) and measures deliveries per second and commit-to-receipt latency, in
// two runs: a burst (all events committed at once, 100 per batch request: the delivery capacity,
// with latency dominated by the backlog) and a paced run (the same number of events committed at
// a steady rate, 10 per request: the latency of a pipeline that keeps up).
import { createServer } from "node:http";
import { expectOk, forEachLimited } from "./http.mjs";

const BATCH = 100;
const ENDPOINTS = 3;
/** Targets: at least 200 deliveries/s, p50 commit-to-receipt at most 1.5 s. */
export const FANOUT_TARGETS = { deliveries_per_s: 200, p50_s: 1.5 };

/** Events per second of the paced run: 3 deliveries each, so 1.5× the throughput target. */
const PACED_EVENTS_PER_S = 100;

/**
 * @typedef {object} FanoutRow
 * @property {"burst" | "paced"} mode
 * @property {number} events
 * @property {number} endpoints
 * @property {number} deliveries received (first receipt per webhook-id)
 * @property {number} duplicates receipts of a webhook-id already received
 * @property {number} deliveries_per_s deliveries ÷ (last receipt − first commit sent)
 * @property {number} p50_s commit response → receipt
 * @property {number} p99_s
 * @property {number} max_s
 */

/** A receiver on a free port that records when each webhook-id first arrived, and for which slug. */
function startReceiver() {
	/** @type {Map<string, { at: number, slug: string }>} */
	const seen = new Map();
	let duplicates = 0;
	const server = createServer((req, res) => {
		const chunks = [];
		req.on("data", (c) => chunks.push(c));
		req.on("end", () => {
			const at = Date.now();
			const id = String(req.headers["webhook-id"]);
			if (seen.has(id)) duplicates++;
			else seen.set(id, { at, slug: JSON.parse(Buffer.concat(chunks).toString()).data?.entity?.slug });
			res.writeHead(200).end();
		});
	});
	return new Promise((resolve) =>
		server.listen(0, "127.0.0.1", () =>
			resolve({
				url: `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}/hook`,
				seen,
				duplicates: () => duplicates,
				close: () => server.close(),
			}),
		),
	);
}

/**
 * Both runs, each in a project of its own.
 * @param {{ url: string, rootToken: string }} folio
 * @param {number} events
 * @param {(message: string) => void} log
 * @returns {Promise<FanoutRow[]>}
 */
export async function measureFanout(folio, events, log) {
	return [await fanoutRun(folio, events, "burst", log), await fanoutRun(folio, events, "paced", log)];
}

/**
 * @param {{ url: string, rootToken: string }} folio
 * @param {number} events
 * @param {"burst" | "paced"} mode
 * @param {(message: string) => void} log
 * @returns {Promise<FanoutRow>}
 */
async function fanoutRun(folio, events, mode, log) {
	const project = `fanout-${Date.now().toString(36)}`;
	const admin = `${folio.url}/api/v1/admin/projects/${project}`;
	const token = folio.rootToken;
	await expectOk("POST", `${folio.url}/api/v1/admin/projects`, {
		token,
		body: { id: project, name: "Fan-out" },
	});
	await expectOk("PUT", `${admin}/schemas/note`, { token, body: { json_schema: { type: "object" } } });
	const receivers = await Promise.all(Array.from({ length: ENDPOINTS }, startReceiver));
	try {
		for (const receiver of receivers) {
			await expectOk("POST", `${admin}/webhooks`, {
				token,
				body: { url: receiver.url, events: ["entity.committed"] },
			});
		}
		const size = mode === "burst" ? BATCH : 10;
		const pace = mode === "burst" ? 0 : (1000 * size) / PACED_EVENTS_PER_S;
		log(
			`fan-out (${mode}): committing ${events} entities to ${ENDPOINTS} endpoints${pace ? ` at ${PACED_EVENTS_PER_S}/s` : ""}…`,
		);
		/** @type {Map<string, number>} */
		const committedAt = new Map();
		const started = Date.now();
		await forEachLimited(Math.ceil(events / size), mode === "burst" ? 2 : 4, async (b) => {
			const due = started + b * pace;
			if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
			const operations = [];
			for (let i = b * size; i < Math.min(events, (b + 1) * size); i++) {
				operations.push({
					op: "update",
					slug: `n-${i}`,
					schema: "note",
					mode: "commit",
					message: "fan-out",
					data: { i },
				});
			}
			await expectOk("POST", `${admin}/batch`, { token, body: { operations } });
			const at = Date.now();
			for (const op of operations) committedAt.set(op.slug, at);
		});
		const expected = events * ENDPOINTS;
		const received = () => receivers.reduce((sum, r) => sum + r.seen.size, 0);
		const deadline = Date.now() + 120_000;
		while (received() < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		const arrivals = receivers.flatMap((r) => [...r.seen.values()]);
		const last = Math.max(...arrivals.map((a) => a.at));
		const latencies = arrivals
			.map((a) => (a.at - (committedAt.get(a.slug) ?? a.at)) / 1000)
			.sort((a, b) => a - b);
		const pct = (/** @type {number} */ p) =>
			latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
		return {
			mode,
			events,
			endpoints: ENDPOINTS,
			deliveries: arrivals.length,
			duplicates: receivers.reduce((sum, r) => sum + r.duplicates(), 0),
			deliveries_per_s: Math.round(arrivals.length / ((last - started) / 1000)),
			p50_s: pct(0.5),
			p99_s: pct(0.99),
			max_s: latencies.at(-1) ?? 0,
		};
	} finally {
		for (const receiver of receivers) receiver.close();
	}
}

/**
 * The table: capacity is judged on the burst, latency on the paced run (a burst's latency is its
 * backlog divided by the capacity, printed for what it is).
 * @param {FanoutRow[]} rows
 */
export function formatFanout(rows) {
	const verdict = (/** @type {boolean} */ ok) => (ok ? "PASS" : "MISS");
	const header = [
		"webhook fan-out",
		"events",
		"deliveries",
		"dups",
		"deliveries/s",
		"p50 s",
		"p99 s",
		"max s",
		"target",
		"verdict",
	];
	const body = rows.map((r) => {
		const complete = r.deliveries === r.events * r.endpoints;
		const burst = r.mode === "burst";
		const target = burst ? `≥ ${FANOUT_TARGETS.deliveries_per_s}/s` : `p50 ≤ ${FANOUT_TARGETS.p50_s} s`;
		const ok =
			complete &&
			(burst ? r.deliveries_per_s >= FANOUT_TARGETS.deliveries_per_s : r.p50_s <= FANOUT_TARGETS.p50_s);
		return [
			burst ? "burst (capacity)" : `paced ${PACED_EVENTS_PER_S} events/s`,
			String(r.events),
			`${r.deliveries}/${r.events * r.endpoints}`,
			String(r.duplicates),
			String(r.deliveries_per_s),
			r.p50_s.toFixed(2),
			r.p99_s.toFixed(2),
			r.max_s.toFixed(2),
			target,
			verdict(ok),
		];
	});
	const lines = [header, ...body];
	const widths = header.map((_, i) => Math.max(...lines.map((cells) => (cells[i] ?? "").length)));
	return lines.map((cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}

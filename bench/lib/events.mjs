// The events feed: (1) long poll, commit → event received by each of 50 pollers held with
// `wait=25`; (2) throughput, one poller draining 10,000 events in pages of 500.
import { expectOk, forEachLimited, requestJson } from "./http.mjs";

/** Targets of issue 17: p50 ≤ 1 s, p99 ≤ 2 s with 50 pollers; 10,000 events drained in ≤ 5 s. */
export const EVENTS_TARGETS = { p50_s: 1, p99_s: 2, drain_s: 5 };
const POLLERS = 50;
const COMMITS = 20;
const GAP_MS = 500;

/** @param {{ url: string, rootToken: string }} folio @param {string} name */
async function freshProject(folio, name) {
	const project = `${name}-${Date.now().toString(36)}`;
	const token = folio.rootToken;
	await expectOk("POST", `${folio.url}/api/v1/admin/projects`, { token, body: { id: project, name } });
	const admin = `${folio.url}/api/v1/admin/projects/${project}`;
	await expectOk("PUT", `${admin}/schemas/note`, { token, body: { json_schema: { type: "object" } } });
	return admin;
}

/**
 * @param {{ url: string, rootToken: string }} folio
 * @param {(message: string) => void} log
 */
export async function measureLongPoll(folio, log) {
	const admin = await freshProject(folio, "longpoll");
	const token = folio.rootToken;
	const start = await expectOk("GET", `${admin}/events?cursor=now`, { token });
	/** @type {Map<string, number>} slug → when its commit's response arrived */
	const committedAt = new Map();
	/** @type {number[]} */
	const latencies = [];
	let running = true;
	let errors = 0;
	const poller = async () => {
		let cursor = start.next_cursor;
		while (running) {
			const res = await requestJson("GET", `${admin}/events?cursor=${cursor}&wait=25`, { token }).catch(
				() => null,
			);
			if (res?.status !== 200) {
				errors++;
				await new Promise((r) => setTimeout(r, 200));
				continue;
			}
			const at = Date.now();
			for (const event of res.body.data) {
				const committed = committedAt.get(event.data.entity.slug);
				// A receipt before the commit's response: the poller was faster than the writer's client.
				latencies.push(committed === undefined ? 0 : Math.max(0, at - committed) / 1000);
			}
			cursor = res.body.next_cursor;
		}
	};
	log(`events long poll: ${POLLERS} pollers waiting, ${COMMITS} commits ${GAP_MS} ms apart…`);
	const pollers = Array.from({ length: POLLERS }, poller);
	await new Promise((r) => setTimeout(r, 1000));
	for (let i = 0; i < COMMITS; i++) {
		const slug = `lp-${i}`;
		await expectOk("PUT", `${admin}/entities/${slug}`, {
			token,
			body: { schema: "note", data: { i }, mode: "commit", message: "long poll" },
		});
		committedAt.set(slug, Date.now());
		await new Promise((r) => setTimeout(r, GAP_MS));
	}
	const deadline = Date.now() + 10_000;
	while (latencies.length < POLLERS * COMMITS && Date.now() < deadline)
		await new Promise((r) => setTimeout(r, 50));
	running = false;
	// One more commit releases the held requests, so the pollers end.
	await expectOk("PUT", `${admin}/entities/release`, {
		token,
		body: { schema: "note", data: {}, mode: "commit", message: "release" },
	});
	await Promise.all(pollers);
	const sorted = latencies.slice(0, POLLERS * COMMITS).sort((a, b) => a - b);
	const pct = (/** @type {number} */ p) =>
		sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
	return {
		received: sorted.length,
		expected: POLLERS * COMMITS,
		errors,
		p50_s: pct(0.5),
		p99_s: pct(0.99),
		max_s: sorted.at(-1) ?? 0,
	};
}

/**
 * @param {{ url: string, rootToken: string }} folio
 * @param {number} events
 * @param {(message: string) => void} log
 */
export async function measureDrain(folio, events, log) {
	const admin = await freshProject(folio, "drain");
	const token = folio.rootToken;
	log(`events drain: committing ${events} entities…`);
	await forEachLimited(Math.ceil(events / 100), 2, async (b) => {
		const operations = [];
		for (let i = b * 100; i < Math.min(events, (b + 1) * 100); i++) {
			operations.push({
				op: "update",
				slug: `d-${i}`,
				schema: "note",
				mode: "commit",
				message: "drain",
				data: { i },
			});
		}
		await expectOk("POST", `${admin}/batch`, { token, body: { operations } });
	});
	log(`events drain: reading ${events} events, 500 a page…`);
	const started = Date.now();
	let cursor = "";
	let read = 0;
	let pages = 0;
	for (;;) {
		const res = await expectOk("GET", `${admin}/events?limit=500${cursor ? `&cursor=${cursor}` : ""}`, {
			token,
		});
		pages++;
		read += res.data.length;
		if (res.data.length === 0) break;
		cursor = res.next_cursor;
	}
	return { events: read, pages, seconds: (Date.now() - started) / 1000 };
}

/**
 * @param {Awaited<ReturnType<typeof measureLongPoll>> | null} longPoll
 * @param {Awaited<ReturnType<typeof measureDrain>> | null} drain
 */
export function formatEvents(longPoll, drain) {
	const lines = [];
	const verdict = (/** @type {boolean} */ ok) => (ok ? "PASS" : "MISS");
	if (longPoll) {
		const ok =
			longPoll.received === longPoll.expected &&
			longPoll.p50_s <= EVENTS_TARGETS.p50_s &&
			longPoll.p99_s <= EVENTS_TARGETS.p99_s;
		lines.push(
			`events long poll (${POLLERS} pollers): received ${longPoll.received}/${longPoll.expected}, errors ${longPoll.errors}, commit → received p50 ${longPoll.p50_s.toFixed(3)} s, p99 ${longPoll.p99_s.toFixed(3)} s, max ${longPoll.max_s.toFixed(3)} s (target p50 ≤ ${EVENTS_TARGETS.p50_s} s, p99 ≤ ${EVENTS_TARGETS.p99_s} s) ${verdict(ok)}`,
		);
	}
	if (drain) {
		lines.push(
			`events drain: ${drain.events} events in ${drain.pages} requests, ${drain.seconds.toFixed(2)} s (${Math.round(drain.events / drain.seconds)} events/s; target ≤ ${EVENTS_TARGETS.drain_s} s) ${verdict(drain.seconds <= EVENTS_TARGETS.drain_s)}`,
		);
	}
	return lines.join("\n");
}

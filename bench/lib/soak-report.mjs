// The soak's figures per endpoint, from what the receivers saw and the deliveries API reports.

/** Targets, for the always-200 endpoint and for every delivery of the flaky ones. */
export const SOAK_TARGETS = { p50_s: 2, p99_s: 10, recovery_s: 120, final_extra_s: 120 };
/** Commits this close before the kill are the crash's (their messages died with the process). */
const CRASH_WINDOW_MS = 10_000;

/** @param {number[]} sorted @param {number} p */
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const round = (/** @type {number} */ n) => Math.round(n * 100) / 100;

/**
 * @param {{ endpoints: { id: string, receiver: any }[], committed: Map<string, number>, published: string[],
 *   deliveries: Map<string, any[]>, settled: Map<string, number>,
 *   times: { started: number, killedAt: number, restartedAt: number, loadEndedAt: number }, config: any }} run
 */
export function soakReport(run) {
	const { committed, times } = run;
	const expected = new Set([...committed.keys(), ...run.published]);
	const scheduleTotal = run.config.schedule.split(",").reduce((a, b) => a + Number(b), 0);
	const endpoints = run.endpoints.map(({ id, receiver }) => {
		/** @type {Map<string, number>} */
		const firstOk = new Map();
		/** @type {Map<string, Set<string>>} */
		const ids = new Map();
		/** @type {Map<string, string>} */
		const keyOf = new Map();
		for (const r of receiver.receipts) {
			keyOf.set(r.webhookId, r.key);
			ids.set(r.key, (ids.get(r.key) ?? new Set()).add(r.webhookId));
			if (r.status !== null && r.status >= 200 && r.status < 300 && !firstOk.has(r.key))
				firstOk.set(r.key, r.at);
		}
		const rows = run.deliveries.get(id) ?? [];
		/** @type {Map<string, number>} event key → when its delivery failed for good */
		const failedAt = new Map();
		let overFinal = 0;
		let maxFinal = 0;
		for (const row of rows) {
			const key = keyOf.get(row.id);
			if (row.state === "failed" && key && !firstOk.has(key)) failedAt.set(key, Date.parse(row.updated_at));
			if (row.state === "pending" || !key) continue;
			const final = ((firstOk.get(key) ?? Date.parse(row.updated_at)) - Date.parse(row.created_at)) / 1000;
			maxFinal = Math.max(maxFinal, final);
			if (final > scheduleTotal + SOAK_TARGETS.final_extra_s) overFinal++;
		}
		const received = [...expected].filter((k) => firstOk.has(k)).length;
		const missing = [...expected].filter((k) => !firstOk.has(k) && !failedAt.has(k)).length;
		const latency = (/** @type {string} */ k) => ((firstOk.get(k) ?? 0) - (committed.get(k) ?? 0)) / 1000;
		const commits = [...committed.keys()].filter((k) => firstOk.has(k));
		const sorted = commits.map(latency).sort((a, b) => a - b);
		// Commits of the last seconds before the kill lost their messages with the process: their
		// latency is the recovery's (reported as the drain), not the pipeline's.
		const steady = commits
			.filter((k) => {
				const at = committed.get(k) ?? 0;
				return at < times.killedAt - CRASH_WINDOW_MS || at >= times.killedAt;
			})
			.map(latency)
			.sort((a, b) => a - b);
		// After the restart: the earliest commit from which every later one arrived within the p99 target.
		const after = commits.filter((k) => (committed.get(k) ?? 0) >= times.restartedAt);
		after.sort((a, b) => (committed.get(a) ?? 0) - (committed.get(b) ?? 0));
		let recoveredFrom = after.length > 0 ? after.length : -1;
		while (recoveredFrom > 0 && latency(after[recoveredFrom - 1] ?? "") <= SOAK_TARGETS.p99_s)
			recoveredFrom--;
		const recovery =
			recoveredFrom < 0 || recoveredFrom >= after.length
				? null
				: ((committed.get(after[recoveredFrom] ?? "") ?? 0) - times.restartedAt) / 1000;
		const before = [...committed.keys()].filter((k) => (committed.get(k) ?? 0) < times.killedAt);
		const drained = before.every((k) => firstOk.has(k) || failedAt.has(k));
		const drain = drained
			? (Math.max(...before.map((k) => firstOk.get(k) ?? failedAt.get(k) ?? 0)) - times.restartedAt) / 1000
			: null;
		return {
			endpoint: receiver.name,
			flaky: receiver.flaky,
			expected: expected.size,
			received,
			failed: failedAt.size,
			missing,
			pending: rows.filter((r) => r.state === "pending").length,
			duplicate_ids: [...ids.values()].filter((set) => set.size > 1).length,
			redeliveries:
				receiver.receipts.filter((/** @type {any} */ r) => r.status === 200).length - firstOk.size,
			bad_signatures: receiver.badSignatures(),
			p50_s: round(pct(sorted, 0.5)),
			p99_s: round(pct(sorted, 0.99)),
			steady_p50_s: round(pct(steady, 0.5)),
			steady_p99_s: round(pct(steady, 0.99)),
			recovery_s: recovery === null ? null : round(recovery),
			drain_after_crash_s: drain === null ? null : round(drain),
			settled_after_load_s: run.settled.get(id) ?? null,
			max_final_s: round(maxFinal),
			over_final_target: overFinal,
		};
	});
	return {
		config: run.config,
		crash_outage_s: round((times.restartedAt - times.killedAt) / 1000),
		endpoints,
	};
}

/** @param {ReturnType<typeof soakReport>} report */
export function formatSoak(report) {
	const c = report.config;
	const title = `webhook soak: ${c.seconds} s at ${c.rate} commits/s (${c.writers} writers, ${c.refused} refused), SIGKILL at ${c.seconds / 2} s, back after ${report.crash_outage_s} s, retries ${c.schedule}`;
	const header = [
		"endpoint",
		"expected",
		"received",
		"failed",
		"missing",
		"pending",
		"dup ids",
		"p50 s",
		"p99 s",
		"p50/p99 s w/o crash",
		"back ≤10 s after",
		"drain after crash",
		"final max s",
		"verdict",
	];
	const s = (/** @type {number | null} */ v) => (v === null ? "never" : `${v} s`);
	const body = report.endpoints.map((e) => {
		const complete = e.missing === 0 && e.duplicate_ids === 0 && e.bad_signatures === 0;
		const ok = e.flaky
			? complete && e.over_final_target === 0
			: complete &&
				e.steady_p50_s <= SOAK_TARGETS.p50_s &&
				e.steady_p99_s <= SOAK_TARGETS.p99_s &&
				e.drain_after_crash_s !== null &&
				e.drain_after_crash_s <= SOAK_TARGETS.recovery_s &&
				e.recovery_s !== null &&
				e.recovery_s <= SOAK_TARGETS.recovery_s;
		return [
			e.endpoint,
			e.expected,
			e.received,
			e.failed,
			e.missing,
			e.pending,
			e.duplicate_ids,
			e.p50_s,
			e.p99_s,
			`${e.steady_p50_s}/${e.steady_p99_s}`,
			s(e.recovery_s),
			// Negative: every commit made before the kill had arrived before the restart (none was lost).
			e.drain_after_crash_s !== null && e.drain_after_crash_s < 0
				? "0 s (none lost)"
				: s(e.drain_after_crash_s),
			`${e.max_final_s}${e.over_final_target ? ` (${e.over_final_target} late)` : ""}`,
			ok ? "PASS" : "MISS",
		].map(String);
	});
	const lines = [header, ...body];
	const widths = header.map((_, i) => Math.max(...lines.map((cells) => (cells[i] ?? "").length)));
	return [title, ...lines.map((cells) => cells.map((v, i) => v.padEnd(widths[i] ?? 0)).join("  "))].join(
		"\n",
	);
}

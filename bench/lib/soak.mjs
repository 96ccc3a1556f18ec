// Webhooks under load, with a crash: writers commit at a steady rate for a while, a
// snapshot is requested every 30 s, three endpoints take every event (one always answers 200,
// two are flaky, see soak-receivers.mjs), wrangler dev is killed with SIGKILL halfway and
// restarted on the same state 2.8 s later, and the cron fires every minute as in production.
// The retry schedule is short ("5,10,20") so that flaky deliveries reach a final state in minutes.
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expectOk, requestJson } from "./http.mjs";
import { applyMigrations, crash, startAndWait } from "./servers.mjs";
import { startReceiver } from "./soak-receivers.mjs";
import { soakReport } from "./soak-report.mjs";

export const SOAK_SCHEDULE = "5,10,20";
const SLUGS = 500;

/**
 * @param {{ repoDir: string, stateDir: string, port: number, rootToken: string, seconds: number,
 *   rate: number, writers: number, drainMax: number, log: (m: string) => void }} opts
 */
export async function measureSoak(opts) {
	const { log, rootToken: token } = opts;
	const state = join(opts.stateDir, "soak");
	const server = {
		name: "folio-soak",
		cwd: opts.repoDir,
		port: opts.port,
		args: [
			...["--var", `FOLIO_ADMIN_TOKEN:${token}`, "--var", "FOLIO_ACCESS_LOG:false"],
			...[
				"--var",
				`FOLIO_WEBHOOK_RETRY_SCHEDULE:${SOAK_SCHEDULE}`,
				"--var",
				"FOLIO_WEBHOOK_ALLOW_LOCALHOST:true",
			],
			...["--var", "FOLIO_RATE_LIMITS:off", "--test-scheduled", "--persist-to", state, "--log-level", "warn"],
		],
		logFile: join(opts.stateDir, "logs", "folio-soak.log"),
	};
	applyMigrations({ cwd: opts.repoDir, database: "DB", persistTo: state, logFile: server.logFile });
	let folio = await startAndWait(server, "/api/v1/health");
	const url = folio.url;
	const project = `soak-${Date.now().toString(36)}`;
	const admin = `${url}/api/v1/admin/projects/${project}`;
	await expectOk("POST", `${url}/api/v1/admin/projects`, { token, body: { id: project, name: "Soak" } });
	await expectOk("PUT", `${admin}/schemas/note`, { token, body: { json_schema: { type: "object" } } });
	const receivers = await Promise.all([
		startReceiver("always 200", false),
		startReceiver("flaky A", true),
		startReceiver("flaky B", true),
	]);
	const endpoints = [];
	for (const receiver of receivers) {
		const hook = await expectOk("POST", `${admin}/webhooks`, {
			token,
			body: { url: receiver.url, events: ["*"] },
		});
		receiver.setSecret(hook.secret);
		endpoints.push({ id: hook.id, receiver });
	}

	/** @type {Map<string, number>} commit key → when its response arrived */
	const committed = new Map();
	let refused = 0;
	let stopping = false;
	const started = Date.now();
	const loadEnd = started + opts.seconds * 1000;
	const timers = [
		setInterval(() => fetch(`${url}/__scheduled?cron=*+*+*+*+*`).catch(() => undefined), 60_000),
		setInterval(
			() => requestJson("POST", `${admin}/snapshots/regenerate`, { token }).catch(() => undefined),
			30_000,
		),
	];
	let ticket = 0;
	const writer = async () => {
		while (!stopping) {
			const n = ticket++;
			const due = started + (n * 1000) / opts.rate;
			if (due >= loadEnd) return;
			if (due > Date.now()) await sleep(due - Date.now());
			const operations = [
				{
					op: "update",
					slug: `s-${n % SLUGS}`,
					schema: "note",
					mode: "commit",
					message: "soak",
					data: { n },
				},
			];
			const res = await requestJson("POST", `${admin}/batch`, { token, body: { operations } }).catch(
				() => null,
			);
			const entity = res?.status === 200 ? res.body.results?.[0]?.entity : null;
			if (entity?.committed) committed.set(`${entity.slug}#${entity.committed.revision}`, Date.now());
			else refused++;
		}
	};
	log(
		`soak: ${opts.writers} writers at ${opts.rate} commits/s for ${opts.seconds} s, crash at ${opts.seconds / 2} s…`,
	);
	const writing = Promise.all(Array.from({ length: opts.writers }, writer));
	await sleep(started + (opts.seconds * 1000) / 2 - Date.now());
	const killedAt = Date.now();
	await crash(folio);
	log("soak: SIGKILL sent; restarting in 2.8 s…");
	await sleep(2_800);
	folio = await startAndWait(server, "/api/v1/health");
	const restartedAt = Date.now();
	log(`soak: back after ${((restartedAt - killedAt) / 1000).toFixed(1)} s`);
	await writing;
	stopping = true;
	const loadEndedAt = Date.now();
	log(
		`soak: load done (${committed.size} commits accepted, ${refused} refused); draining (at most ${opts.drainMax} s)…`,
	);

	/** @type {Map<string, number>} endpoint id → seconds after the load when nothing was pending */
	const settled = new Map();
	const drainDeadline = Date.now() + opts.drainMax * 1000;
	while (settled.size < endpoints.length && Date.now() < drainDeadline) {
		await sleep(5_000);
		for (const { id } of endpoints) {
			if (settled.has(id)) continue;
			const res = await requestJson("GET", `${admin}/webhooks/${id}/deliveries?state=pending&limit=1`, {
				token,
			});
			if (res.status === 200 && res.body.data.length === 0)
				settled.set(id, (Date.now() - loadEndedAt) / 1000);
		}
		// Events not yet fanned out have no delivery to be pending: wait for the healthy endpoint too.
		const healthy = new Set(receivers[0]?.receipts.map((r) => r.key));
		if (settled.size === endpoints.length && [...committed.keys()].some((k) => !healthy.has(k)))
			settled.clear();
	}
	for (const t of timers) clearInterval(t);
	const snapshots = await expectOk("GET", `${admin}/snapshots?limit=100`, { token });
	const published = snapshots.data.filter((s) => s.status === "published").map((s) => s.id);
	const deliveries = new Map();
	for (const { id } of endpoints) deliveries.set(id, await allDeliveries(admin, id, token));
	for (const r of receivers) r.close();
	await folio.stop();
	return soakReport({
		endpoints,
		committed,
		published,
		deliveries,
		settled,
		times: { started, killedAt, restartedAt, loadEndedAt },
		config: {
			seconds: opts.seconds,
			rate: opts.rate,
			writers: opts.writers,
			refused,
			schedule: SOAK_SCHEDULE,
		},
	});
}

/** Every delivery of an endpoint, through the list API (pages of 100: what the old code allowed). */
async function allDeliveries(admin, id, token) {
	const rows = [];
	let cursor = "";
	do {
		const page = await expectOk("GET", `${admin}/webhooks/${id}/deliveries?limit=100${cursor}`, { token });
		rows.push(...page.data);
		cursor = page.next_cursor ? `&cursor=${encodeURIComponent(page.next_cursor)}` : "";
	} while (cursor);
	return rows;
}

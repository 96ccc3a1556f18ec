// Starting and stopping the local `wrangler dev` servers the benchmark talks to. Every server runs
// in its own process group so it can be stopped, with all its children (workerd), by its own id.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** @typedef {{ name: string, pid: number, url: string, logFile: string, exited: () => boolean, stop: () => Promise<void> }} Server */

/** Every server started here and not yet stopped, for the exit and signal handlers. */
const running = new Set();

/**
 * Applies the D1 migrations of a wrangler config to a local persistence folder.
 * @param {{ cwd: string, config?: string, database: string, persistTo: string, logFile: string }} opts
 */
export function applyMigrations({ cwd, config, database, persistTo, logFile }) {
	const args = ["wrangler", "d1", "migrations", "apply", database, "--local", "--persist-to", persistTo];
	if (config) args.push("--config", config);
	mkdirSync(dirname(logFile), { recursive: true });
	const out = openSync(logFile, "a");
	const result = spawnSync("npx", args, {
		cwd,
		stdio: ["ignore", out, out],
		env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
		timeout: 120_000,
	});
	if (result.status !== 0) {
		throw new Error(`d1 migrations apply failed (status ${result.status}); see ${logFile}`);
	}
}

/**
 * Resolves when nothing listens on 127.0.0.1:port, throws if something does.
 * @param {number} port
 */
export function assertPortFree(port) {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once("error", () =>
			reject(new Error(`port ${port} is already in use on 127.0.0.1 (another wrangler dev?)`)),
		);
		probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(undefined)));
	});
}

/**
 * Starts `npx wrangler dev` on 127.0.0.1:port, output to logFile.
 * @param {{ name: string, cwd: string, port: number, args: string[], logFile: string }} opts
 * @returns {Server}
 */
export function startWranglerDev({ name, cwd, port, args, logFile }) {
	mkdirSync(dirname(logFile), { recursive: true });
	const out = openSync(logFile, "a");
	const child = spawn("npx", ["wrangler", "dev", "--port", String(port), "--ip", "127.0.0.1", ...args], {
		cwd,
		detached: true,
		stdio: ["ignore", out, out],
		env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
	});
	let exited = false;
	child.once("exit", () => {
		exited = true;
	});
	const pid = /** @type {number} */ (child.pid);
	/** @type {Server} */
	const server = {
		name,
		pid,
		url: `http://127.0.0.1:${port}`,
		logFile,
		exited: () => exited,
		stop: async () => {
			running.delete(server);
			await stopGroup(pid, () => exited);
		},
	};
	running.add(server);
	return server;
}

/**
 * Polls url until it answers with any HTTP status (bounded by timeoutMs).
 * @param {Server} server
 * @param {string} path
 * @param {number} [timeoutMs]
 */
export async function waitUntilUp(server, path, timeoutMs = 90_000) {
	const deadline = Date.now() + timeoutMs;
	const maxAttempts = Math.ceil(timeoutMs / 250);
	for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt++) {
		if (server.exited()) throw new Error(`${server.name} exited before it was ready; see ${server.logFile}`);
		try {
			await fetch(server.url + path, { signal: AbortSignal.timeout(2_000) });
			return;
		} catch {
			await sleep(250);
		}
	}
	throw new Error(`${server.name} did not answer within ${timeoutMs / 1000} s; see ${server.logFile}`);
}

/**
 * Starts a server and waits until it answers; retries once when it dies while starting (wrangler
 * picks some internal ports at random, and a concurrent workerd can take one first).
 * @param {Parameters<typeof startWranglerDev>[0]} opts
 * @param {string} readyPath
 * @returns {Promise<Server>}
 */
export async function startAndWait(opts, readyPath) {
	for (let attempt = 1; ; attempt++) {
		const server = startWranglerDev(opts);
		try {
			await waitUntilUp(server, readyPath);
			return server;
		} catch (error) {
			await server.stop();
			if (attempt >= 2 || !server.exited()) throw error;
			console.log(`[bench] ${opts.name} failed to start, retrying once…`);
		}
	}
}

/** Stops every server still running (used on errors and signals). */
export async function stopAll() {
	await Promise.all([...running].map((server) => server.stop()));
}

/** Last-resort synchronous kill for process.on("exit"). */
export function killAllNow() {
	for (const server of running) {
		for (const pid of [...descendants(server.pid), server.pid]) signal(pid, "SIGKILL");
		signal(-server.pid, "SIGKILL");
	}
	running.clear();
}

/**
 * SIGKILL to one server and everything under it, as a crash would (no shutdown of any kind).
 * @param {Server} server
 */
export async function crash(server) {
	running.delete(server);
	for (const pid of [...descendants(server.pid), server.pid]) signal(pid, "SIGKILL");
	signal(-server.pid, "SIGKILL");
	for (let i = 0; i < 50 && !server.exited(); i++) await sleep(100);
}

/**
 * Peak resident memory (VmHWM) of the workerd processes under a server, in MiB.
 * @param {Server} server
 * @returns {{ total_mib: number, processes: { pid: number, peak_mib: number }[] }}
 */
export function workerdPeakRss(server) {
	const processes = [];
	for (const pid of descendants(server.pid)) {
		const status = readProc(pid, "status");
		if (!status || !/^Name:\s*workerd/m.test(status)) continue;
		const kib = Number(/^VmHWM:\s*(\d+)\s*kB/m.exec(status)?.[1] ?? 0);
		processes.push({ pid, peak_mib: Math.round(kib / 102.4) / 10 });
	}
	const total = processes.reduce((sum, p) => sum + p.peak_mib, 0);
	return { total_mib: Math.round(total * 10) / 10, processes };
}

/**
 * Current resident memory of the server's workerd processes, in MiB.
 * @param {Server} server
 */
export function workerdRss(server) {
	let kib = 0;
	for (const pid of descendants(server.pid)) {
		const status = readProc(pid, "status");
		if (!status || !/^Name:\s*workerd/m.test(status)) continue;
		kib += Number(/^VmRSS:\s*(\d+)\s*kB/m.exec(status)?.[1] ?? 0);
	}
	return Math.round(kib / 102.4) / 10;
}

/**
 * All live descendants of pid, found by walking /proc.
 * @param {number} root
 * @returns {number[]}
 */
export function descendants(root) {
	/** @type {Map<number, number[]>} */
	const children = new Map();
	for (const entry of readdirSync("/proc")) {
		if (!/^\d+$/.test(entry)) continue;
		const stat = readProc(Number(entry), "stat");
		// The command name (field 2) may hold spaces; the parent id follows the closing parenthesis.
		const ppid = Number(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
		if (!ppid) continue;
		children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
	}
	const found = [];
	const queue = [root];
	while (queue.length > 0 && found.length < 10_000) {
		for (const child of children.get(/** @type {number} */ (queue.shift())) ?? []) {
			found.push(child);
			queue.push(child);
		}
	}
	return found;
}

/**
 * SIGTERM to the group and every descendant, then SIGKILL to what is left after a few seconds.
 * @param {number} pid
 * @param {() => boolean} exited
 */
async function stopGroup(pid, exited) {
	const family = [...descendants(pid), pid];
	signal(-pid, "SIGTERM");
	for (const member of family) signal(member, "SIGTERM");
	for (let i = 0; i < 50 && !(exited() && family.every((p) => !alive(p))); i++) await sleep(100);
	signal(-pid, "SIGKILL");
	for (const member of family) if (alive(member)) signal(member, "SIGKILL");
}

/** @param {number} pid @param {NodeJS.Signals} sig */
function signal(pid, sig) {
	try {
		process.kill(pid, sig);
	} catch {
		// Already gone.
	}
}

/** @param {number} pid */
function alive(pid) {
	const stat = readProc(pid, "stat");
	// A zombie (state Z) has exited and only waits for its parent to reap it.
	return stat !== undefined && stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

/** @param {number} pid @param {string} file */
function readProc(pid, file) {
	try {
		return readFileSync(`/proc/${pid}/${file}`, "utf8");
	} catch {
		return undefined;
	}
}

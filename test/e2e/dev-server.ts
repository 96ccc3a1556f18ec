// Starts Folio under `wrangler dev` for an end-to-end test: its own port, its own local state
// (migrations applied), the root token and vars given; stop() ends it and removes the state.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error plain JavaScript helpers shared with the benchmark
import { applyMigrations, assertPortFree, startAndWait } from "../../bench/lib/servers.mjs";

export interface DevServer {
	url: string;
	/** A temporary directory of this server's, for the test's own files too. */
	dir: string;
	stop: () => Promise<void>;
}

export async function startDevServer(
	name: string,
	port: number,
	rootToken: string,
	vars: Record<string, string> = {},
): Promise<DevServer> {
	const dir = mkdtempSync(join(tmpdir(), `${name}-`));
	await assertPortFree(port);
	const logFile = join(dir, "wrangler.log");
	const state = join(dir, "state");
	applyMigrations({ cwd: process.cwd(), database: "DB", persistTo: state, logFile });
	const settings = { FOLIO_ADMIN_TOKEN: rootToken, FOLIO_ACCESS_LOG: "false", ...vars };
	const server: { url: string; stop: () => Promise<void> } = await startAndWait(
		{
			name,
			cwd: process.cwd(),
			port,
			logFile,
			args: [
				...["--persist-to", state, "--log-level", "warn"],
				...Object.entries(settings).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
			],
		},
		"/api/v1/health",
	);
	return {
		url: server.url,
		dir,
		stop: async () => {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

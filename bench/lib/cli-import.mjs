// CLI import: writes an NDJSON file of N entities (about 1 KB each) and times `folio import` (the
// built CLI, sdk/dist/cli.js, as a user runs it: a child process, through the batch API) into a
// fresh project of local dev. The run builds the SDK first (npm run sdk:build).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectOk, filler } from "./http.mjs";

/** Target: at least 2,000 entities/s. */
export const IMPORT_TARGET = 2000;
const CONCURRENCY = 8;

/**
 * @typedef {object} ImportRow
 * @property {number} entities
 * @property {number} bytes size of the input file
 * @property {number} seconds wall time of the CLI process
 * @property {number} entities_per_s
 * @property {number} concurrency
 * @property {string} summary the CLI's own summary line
 */

/**
 * @param {{ url: string, rootToken: string, repoDir: string, stateDir: string }} folio
 * @param {number} size
 * @param {(message: string) => void} log
 * @returns {Promise<ImportRow>}
 */
export async function measureCliImport(folio, size, log) {
	const project = `import-${Date.now().toString(36)}`;
	const admin = `${folio.url}/api/v1/admin/projects/${project}`;
	const token = folio.rootToken;
	await expectOk("POST", `${folio.url}/api/v1/admin/projects`, {
		token,
		body: { id: project, name: "Import" },
	});
	await expectOk("PUT", `${admin}/schemas/article`, {
		token,
		body: { json_schema: { type: "object", required: ["title"] } },
	});
	// An importer's key, with a write bucket sized for bulk work (the default 50/10 would cap it).
	const key = await expectOk("POST", `${admin}/keys`, {
		token,
		body: {
			name: "importer",
			scopes: ["content.write"],
			rate_limit: { write: { burst: 200, per_second: 200 } },
		},
	});
	const dir = join(folio.stateDir, "import");
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${size}.ndjson`);
	const body = filler(900);
	let text = "";
	for (let i = 0; i < size; i++) {
		text += `${JSON.stringify({ slug: `a-${String(i).padStart(6, "0")}`, schema: "article", data: { title: `Article ${i}`, body } })}\n`;
	}
	writeFileSync(file, text);
	const built = await run("npm", ["run", "-s", "sdk:build"], process.env);
	if (built.code !== 0) throw new Error(`npm run sdk:build failed: ${built.stderr.slice(-300)}`);
	log(
		`cli import: ${size} entities (${(text.length / 1e6).toFixed(1)} MB) with --concurrency ${CONCURRENCY}…`,
	);
	const started = Date.now();
	const { code, stdout, stderr } = await run(
		process.execPath,
		[
			join(folio.repoDir, "sdk/dist/cli.js"),
			"import",
			file,
			"--project",
			project,
			"--concurrency",
			String(CONCURRENCY),
		],
		{ ...process.env, FOLIO_URL: folio.url, FOLIO_KEY: key.key },
	);
	const seconds = (Date.now() - started) / 1000;
	if (code !== 0)
		throw new Error(`folio import exited ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
	return {
		entities: size,
		bytes: text.length,
		seconds,
		entities_per_s: Math.round(size / seconds),
		concurrency: CONCURRENCY,
		summary: stdout.trim().split("\n")[0] ?? "",
	};
}

/** @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} env */
function run(cmd, args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (c) => {
			stdout += c;
		});
		child.stderr.on("data", (c) => {
			stderr += c;
		});
		child.on("error", reject);
		child.on("exit", (code) => resolve({ code, stdout, stderr }));
	});
}

/** @param {ImportRow} row */
export function formatImport(row) {
	const verdict = row.entities_per_s >= IMPORT_TARGET ? "PASS" : "MISS";
	return [
		`cli import: ${row.entities} entities (${(row.bytes / 1e6).toFixed(1)} MB NDJSON), --concurrency ${row.concurrency}`,
		`  ${row.seconds.toFixed(2)} s → ${row.entities_per_s} entities/s   target ≥ ${IMPORT_TARGET}/s   ${verdict}`,
		`  CLI: ${row.summary}`,
	].join("\n");
}

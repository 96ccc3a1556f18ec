// Every shell block of README.md and docs/*.md (and sdk/README.md) runs, in order, against a `wrangler dev` of its own,
// and every TypeScript block type-checks against the built SDK as a consumer imports it. The
// blocks say http://localhost:8787 (what `npm run dev` serves); that origin is swapped for this
// server's, so the text stays copy-pasteable as written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { type Block, blocksOf } from "./docs-blocks";

const PORT = Number(process.env.E2E_DOCS_EXAMPLES_PORT ?? 8794);
const REPO = resolve(".");
// The README's shell first (it sets TOKEN and KEY), then the guides in an order where each finds
// what it uses (cli.md signs with the key signing.md creates).
const FILES = [
	"README.md",
	"docs/idempotency.md",
	"docs/rate-limits.md",
	"docs/signing.md",
	"docs/cli.md",
	"docs/sync.md",
	"docs/webhooks.md",
	"docs/polling.md",
	"docs/sdk.md",
	"docs/errors.md",
	"docs/deploy.md",
	// The SDK package's own README (TypeScript only): what a consumer of @folio/sdk reads first.
	"sdk/README.md",
];
const blocks: Block[] = FILES.flatMap(blocksOf);
/** Files the README's CLI lines write into the working directory. */
const WRITTEN = ["demo.ndjson"];

let server: DevServer | undefined;

beforeAll(async () => {
	server = await startDevServer("docs-examples", PORT, "folio_dev_root_token", {
		FOLIO_WEBHOOK_ALLOW_LOCALHOST: "true",
	});
}, 120_000);
afterAll(async () => {
	await server?.stop();
});

describe("shell blocks of the README and docs", () => {
	it("run in order without a failing command or an error answer", () => {
		const url = server?.url ?? "";
		const shell = blocks.filter((b) => b.lang === "sh" && !b.skip);
		expect(shell.length).toBeGreaterThan(10);
		const before = WRITTEN.filter((f) => existsSync(join(REPO, f)));
		// curl gets --fail-with-body, so a 4xx/5xx answer fails the block (and still shows its problem).
		const script = [
			"set -e -o pipefail",
			'curl() { command curl --fail-with-body "$@"; }',
			...shell.map(
				(b) => `echo "@@ ${b.file}:${b.line}" >&2\n${b.code.replaceAll("http://localhost:8787", url)}`,
			),
			'echo "@@ done" >&2',
		].join("\n");
		const run = spawnSync("bash", ["-c", script], {
			cwd: REPO,
			encoding: "utf8",
			env: { ...process.env, PATH: `${join(REPO, "node_modules/.bin")}:${process.env.PATH}` },
			timeout: 90_000,
		});
		for (const f of WRITTEN) if (!before.includes(f)) rmSync(join(REPO, f), { force: true });
		const markers = [...run.stderr.matchAll(/^@@ (.+)$/gm)].map((m) => m[1]);
		const failedAt = markers.at(-1);
		expect(
			{ status: run.status, lastBlock: failedAt },
			`block ${failedAt} failed:\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-2000)}`,
		).toEqual({ status: 0, lastBlock: "done" });
		// No problem document in anything the blocks printed (their type is a link into /docs).
		expect(run.stdout).not.toMatch(/"type":"[^"]*#error-/);
	}, 120_000);

	it("skip only what needs something outside this machine, and say why", () => {
		const skipped = blocks.filter((b) => b.lang === "sh" && b.skip);
		for (const b of skipped) expect(b.skip, `${b.file}:${b.line}`).toMatch(/\S{3,}/);
		expect(skipped.length).toBeLessThanOrEqual(15);
	});
});

describe("TypeScript blocks of the README and docs", () => {
	it("type-check against the built SDK, imported as @folio/sdk", () => {
		const ts = blocks.filter((b) => b.lang === "ts" && !b.skip);
		expect(ts.length).toBeGreaterThan(5);
		const tsc = join(REPO, "node_modules/.bin/tsc");
		const build = spawnSync(tsc, ["-p", "sdk/tsconfig.build.json"], { cwd: REPO, encoding: "utf8" });
		expect(build.status, build.stdout).toBe(0);
		// Inside the repository's node_modules, so the blocks resolve @types/node and standardwebhooks.
		mkdirSync(join(REPO, "node_modules/.cache"), { recursive: true });
		const dir = mkdtempSync(join(REPO, "node_modules/.cache/docs-ts-"));
		try {
			// What the fragments take as given: a client, a request and its body, a Worker's Env.
			writeFileSync(
				join(dir, "given.d.ts"),
				[
					'declare const Folio: typeof import("@folio/sdk").Folio;',
					'declare const folio: import("@folio/sdk").Folio;',
					'declare const FolioError: typeof import("@folio/sdk").FolioError;',
					"declare const request: Request;",
					"declare const rawBody: string;",
					"declare const customFetch: typeof fetch;",
					"interface Env { WEBHOOK_SECRET: string; OLD_SECRET: string; NEW_SECRET: string }",
				].join("\n"),
			);
			const names = ts.map((b, i) => {
				const name = `${b.file.replaceAll(/\W/g, "_")}_${b.line}_${i}.ts`;
				// The README imports the source by path (to run it in the repository); a consumer imports the package.
				const code = b.code.replaceAll('"./sdk/src/index.ts"', '"@folio/sdk"');
				writeFileSync(join(dir, name), `${code}\nexport {};\n`);
				return name;
			});
			writeFileSync(
				join(dir, "tsconfig.json"),
				JSON.stringify({
					compilerOptions: {
						target: "es2022",
						module: "nodenext",
						moduleResolution: "nodenext",
						strict: true,
						noEmit: true,
						skipLibCheck: true,
						lib: ["es2023", "dom", "dom.iterable"],
						types: ["node"],
						paths: { "@folio/sdk": [join(REPO, "sdk/dist/index.d.ts")] },
					},
					files: ["given.d.ts", ...names],
				}),
			);
			const check = spawnSync(tsc, ["-p", dir], { cwd: dir, encoding: "utf8" });
			expect(check.stdout, "a TypeScript block of the docs does not type-check").toBe("");
			expect(check.status).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});

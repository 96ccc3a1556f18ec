import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
	const migrations = await readD1Migrations("./migrations");
	return {
		test: {
			// A workers test file spends most of its seconds starting its isolate, not on the CPU: three
			// files at once halve `npm test` on a 2-core machine (vitest's default there is one).
			maxWorkers: 3,
			projects: [
				{
					// Everything that touches the worker runs inside workerd, with real bindings.
					plugins: [
						cloudflareTest({
							wrangler: { configPath: "./wrangler.jsonc" },
							miniflare: {
								// Test runtime only: the independent RFC 9421 signer the tests use needs node:crypto and Buffer.
								compatibilityFlags: ["nodejs_compat"],
								bindings: {
									TEST_MIGRATIONS: migrations,
									FOLIO_ADMIN_TOKEN: "test_root_token",
									// Small chunks, so every build in the tests spans several.
									FOLIO_SNAPSHOT_CHUNK_SIZE: "3",
									// Generous defaults, so only the rate-limit tests (keys with their own small limits) meet 429s.
									FOLIO_RATE_READ: "10000/1000",
									FOLIO_RATE_WRITE: "10000/1000",
									// A line per request, so the tests that read the log (no secret in it) see every request.
									FOLIO_ACCESS_LOG: "true",
									// As in production (.dev.vars allows localhost for `npm run dev`).
									FOLIO_WEBHOOK_ALLOW_LOCALHOST: "false",
									// The tests drive every sweep themselves; a Recovery alarm sweeping behind them
									// would race their assertions (test/recovery.test.ts arms one on purpose).
									FOLIO_RECOVERY_INTERVAL: "0",
									// test/fuzz.test.ts: `npm run fuzz` raises the run count and may change the seed.
									FUZZ_RUNS: process.env.FUZZ_RUNS ?? "12",
									FUZZ_SEED: process.env.FUZZ_SEED ?? "20261127",
								},
							},
						}),
					],
					test: {
						name: "workers",
						silent: "passed-only",
						setupFiles: ["./test/setup.ts"],
						include: ["test/*.test.ts"],
					},
				},
				{
					// Tools that only run on Node (document validators, browsers, CLIs).
					// Some run the TypeScript compiler over a consumer's code: seconds, more on a busy machine.
					test: {
						name: "node",
						environment: "node",
						include: ["test/node/**/*.test.ts"],
						testTimeout: 60_000,
					},
				},
				{
					// End to end against `wrangler dev` (real queues and HTTP); starts its own server.
					test: {
						name: "e2e",
						environment: "node",
						include: ["test/e2e/**/*.test.ts"],
						testTimeout: 150_000,
					},
				},
			],
		},
	};
});

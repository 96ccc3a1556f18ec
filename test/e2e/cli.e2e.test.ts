// The `folio` CLI against `wrangler dev`: the export → import → snapshot → export round trip gives
// a byte-identical file, imports resume, bad lines are reported by number, and exit codes hold.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../sdk/src/cli/common.ts";
import { main } from "../../sdk/src/cli.ts";
import { Folio } from "../../sdk/src/index.ts";
import { type DevServer, startDevServer } from "./dev-server";
import { recordingFetch } from "./recording-fetch";

const ROOT = "cli_e2e_root_token";
const PORT = Number(process.env.E2E_CLI_PORT ?? 8796);
let server: DevServer | undefined;
/** The server's temporary directory; the test's files go there too. */
let dir = "";
let folio: Folio;
/** Every answer the SDK and the CLI get, checked against the document at the end. */
const recorder = recordingFetch();

/** Runs the CLI in-process, capturing its output. */
async function cli(argv: string[], options: { key?: string; fetch?: typeof fetch } = {}) {
	let stdout = "";
	let stderr = "";
	const io: Io = {
		stdout: (text) => {
			stdout += text;
		},
		stderr: (text) => {
			stderr += text;
		},
		env: { FOLIO_URL: server?.url, FOLIO_KEY: options.key ?? ROOT },
		tty: false,
		fetch: options.fetch ?? recorder.fetch,
	};
	const code = await main(argv, io);
	return { code, stdout, stderr };
}

async function project(id: string) {
	await folio.projects.create({ id, name: id });
	await folio.schemas.put(id, "note", { json_schema: { type: "object", required: ["title"] } });
}

const count = async (p: string) => {
	let n = 0;
	for await (const _ of folio.entities.list(p, { limit: 500 })) n++;
	return n;
};

beforeAll(async () => {
	server = await startDevServer("folio-e2e-cli", PORT, ROOT);
	dir = server.dir;
	folio = new Folio({ baseUrl: server?.url as string, apiKey: ROOT, fetch: recorder.fetch });
	await project("origin");
	const operations = Array.from({ length: 120 }, (_, i) => ({
		op: "update" as const,
		slug: `n-${String(i).padStart(3, "0")}`,
		schema: "note",
		data: { title: `Note ${i}`, body: 'é ✓ "quoted"', n: i / 3, tags: ["a", { nested: [1, null, true] }] },
		mode: "commit" as const,
		message: "seed",
	}));
	await folio.batch("origin", operations.slice(0, 100));
	await folio.batch("origin", operations.slice(100));
	expect((await cli(["snapshot", "regenerate", "--project", "origin", "--wait"])).code).toBe(0);
}, 120_000);

afterAll(async () => {
	await server?.stop();
});

describe("folio CLI", () => {
	it("round-trips a project: export, import, commit, snapshot, export gives the same file", async () => {
		const first = join(dir, "first.ndjson");
		const exported = await cli(["export", "--project", "origin", "-o", first]);
		expect(exported.code, exported.stderr).toBe(0);
		expect(exported.stdout).toMatch(/120 entities, \d+ bytes, sha256 [0-9a-f]{64}/);

		await project("copy");
		const imported = await cli(["import", first, "--project", "copy", "--commit", "--message", "copied"]);
		expect(imported.code, imported.stderr).toBe(0);
		expect(imported.stdout).toMatch(/^120 lines: 120 written, 0 skipped as identical, 0 failed/);
		const built = await cli(["snapshot", "regenerate", "--project", "copy", "--wait"]);
		expect(built.code, built.stderr).toBe(0);
		expect(built.stdout).toMatch(/published: 120 entities/);

		const second = join(dir, "second.ndjson");
		expect((await cli(["export", "--project", "copy", "-o", second])).code).toBe(0);
		expect(readFileSync(second).equals(readFileSync(first))).toBe(true);

		// Run again: everything is already there, nothing is sent.
		const again = await cli(["import", first, "--project", "copy", "--commit", "--message", "copied"]);
		expect(again.code).toBe(0);
		expect(again.stdout).toMatch(/^120 lines: 0 written, 120 skipped as identical, 0 failed/);
	});

	it("reports malformed and refused lines by number, imports the rest, and writes a failures file", async () => {
		await project("messy");
		const input = join(dir, "messy.ndjson");
		writeFileSync(
			input,
			[
				JSON.stringify({ slug: "good-1", schema: "note", data: { title: "one" } }),
				"{not json",
				JSON.stringify({ slug: "no-data", schema: "note" }),
				"",
				JSON.stringify({ slug: "no-title", schema: "note", data: { body: "x" } }),
				JSON.stringify({ slug: "Bad Slug", schema: "note", data: { title: "x" } }),
				JSON.stringify({ slug: "unknown", schema: "ghost", data: { title: "x" } }),
				JSON.stringify({ slug: "good-2", schema: "note", data: { title: "two" } }),
			].join("\n"),
		);
		const failures = join(dir, "failures.ndjson");
		const strict = await cli(["import", input, "--project", "messy", "--strict"]);
		expect(strict.code).toBe(1);
		expect(strict.stderr).toMatch(/line 2: invalid JSON/);
		expect(await count("messy")).toBe(0);

		const result = await cli(["import", input, "--project", "messy", "--failures", failures]);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^7 lines: 2 written, 0 skipped as identical, 5 failed/);
		const lines = readFileSync(failures, "utf8")
			.trim()
			.split("\n")
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => l.line)).toEqual([2, 3, 5, 6, 7]);
		expect(lines[0].error).toMatch(/invalid JSON/);
		expect(lines[1].error).toMatch(/`data`/);
		expect(lines[2].error).toMatch(/422 validation_failed.*title/);
		expect(lines[3].error).toMatch(/slug/);
		expect(lines[4].error).toMatch(/unknown_schema/);
		expect(await count("messy")).toBe(2);
	});

	it("splits batches by size, and writes a slug repeated in the file in file order", async () => {
		await project("bulky");
		const input = join(dir, "bulky.ndjson");
		const big = "x".repeat(200_000);
		const lines: string[] = [];
		for (let i = 0; i < 12; i++)
			lines.push(JSON.stringify({ slug: `big-${i}`, schema: "note", data: { title: `v${i}`, big } }));
		// The same slug again and again, far apart, among many small lines.
		for (let i = 0; i < 400; i++) {
			lines.push(
				JSON.stringify({
					slug: i % 100 === 0 ? "again" : `small-${i}`,
					schema: "note",
					data: { title: `t${i}` },
				}),
			);
		}
		writeFileSync(input, lines.join("\n"));
		const result = await cli(["import", input, "--project", "bulky", "--concurrency", "8"]);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^412 lines: 412 written, 0 skipped as identical, 0 failed/);
		expect((await folio.entities.get("bulky", "big-11")).draft?.data).toEqual({ title: "v11", big });
		expect((await folio.entities.get("bulky", "again")).draft?.data).toEqual({ title: "t300" });
	});

	it("validates without writing on --dry-run, and reads a JSON array", async () => {
		await project("dry");
		const input = join(dir, "array.json");
		writeFileSync(
			input,
			JSON.stringify([
				{ slug: "a", schema: "note", data: { title: "a" } },
				{ slug: "b", schema: "note", data: { title: "b" } },
			]),
		);
		const dry = await cli(["import", input, "--project", "dry", "--dry-run"]);
		expect(dry.code, dry.stderr).toBe(0);
		expect(dry.stdout).toMatch(/2 valid \(dry run, nothing written\)/);
		expect(await count("dry")).toBe(0);
		expect((await cli(["import", input, "--project", "dry"])).code).toBe(0);
		expect(await count("dry")).toBe(2);
	});

	it("refuses a download whose sha256 does not match, leaving no file", async () => {
		const output = join(dir, "tampered.ndjson");
		const tampering: typeof fetch = async (input, init) => {
			const response = await fetch(input, init);
			if (!String(input instanceof Request ? input.url : input).endsWith("/download")) return response;
			const text = await response.text();
			return new Response(text.replace("Note 1", "Note X"), { status: 200, headers: response.headers });
		};
		const result = await cli(["export", "--project", "origin", "-o", output], { fetch: tampering });
		expect(result.code).toBe(4);
		expect(result.stderr).toMatch(/does not match/);
		expect(() => readFileSync(output)).toThrow();
	});

	it("tails the events feed as NDJSON, resuming from its cursor file, and follows new events", async () => {
		const file = join(dir, "origin.cursor");
		const first = await cli(["events", "tail", "origin", "--cursor-file", file]);
		expect(first.code, first.stderr).toBe(0);
		const events = first.stdout
			.trim()
			.split("\n")
			.map((l) => JSON.parse(l));
		// 120 commits, then the snapshot the setup published (then the exports of the tests before).
		expect(events.slice(0, 121).map((e) => e.type)).toEqual([
			...Array(120).fill("entity.committed"),
			"snapshot.published",
		]);
		expect(readFileSync(file, "utf8").trim()).not.toBe("");
		// Nothing new: a second run prints nothing; a commit later, just that one.
		expect((await cli(["events", "tail", "origin", "--cursor-file", file])).stdout).toBe("");
		await folio.entities.put("origin", "tailed", {
			schema: "note",
			data: { title: "t" },
			mode: "commit",
			message: "m",
		});
		const types = ["--types", "entity.committed", "--cursor-file", file];
		const next = await cli(["events", "tail", "origin", ...types]);
		expect(
			next.stdout
				.trim()
				.split("\n")
				.map((l) => JSON.parse(l).data.entity.slug),
		).toEqual(["tailed"]);

		// --follow waits (long poll) and prints an event committed meanwhile; a refusal ends it.
		let seen = false;
		const stopping: typeof fetch = async (input, init) => {
			if (seen) return new Response(null, { status: 401 });
			const response = await recorder.fetch(input, init);
			seen = (await response.clone().text()).includes("followed");
			return response;
		};
		const following = cli(["events", "tail", "origin", "--follow", ...types], { fetch: stopping });
		await new Promise((resolve) => setTimeout(resolve, 500));
		await folio.entities.put("origin", "followed", {
			schema: "note",
			data: { title: "f" },
			mode: "commit",
			message: "m",
		});
		const followed = await following;
		expect(followed.code).toBe(3);
		expect(
			followed.stdout
				.trim()
				.split("\n")
				.map((l) => JSON.parse(l).data.entity.slug),
		).toEqual(["followed"]);
		// The position after "followed" is saved: a restart prints nothing again.
		expect((await cli(["events", "tail", "origin", ...types])).stdout).toBe("");
	});

	it("documents every command and uses its exit codes", async () => {
		for (const command of ["import", "export", "snapshot", "sign", "events"]) {
			const help = await cli([command, "--help"]);
			expect(help.code).toBe(0);
			expect(help.stdout).toMatch(/Exit codes/);
		}
		expect((await cli(["--help"])).stdout).toMatch(/Commands:/);
		expect((await cli(["frobnicate"])).code).toBe(2);
		expect((await cli(["import", "x.ndjson"])).code).toBe(2);
		expect((await cli(["export", "--project", "origin"])).code).toBe(2);
		expect((await cli(["import", join(dir, "first.ndjson"), "--project", "origin", "--bogus"])).code).toBe(2);
		const denied = await cli(["export", "--project", "origin", "-o", join(dir, "x")], { key: "wrong-token" });
		expect(denied.code).toBe(3);
		expect(denied.stderr).toMatch(/401/);
		const signed = await cli([
			"sign",
			"--key-id",
			"key_1",
			"--secret",
			"s",
			"--method",
			"PUT",
			"--url",
			`${server?.url}/x`,
			"--data",
			"{}",
		]);
		expect(signed.code).toBe(0);
		expect(signed.stdout.trim()).toMatch(
			/^-H 'Content-Digest: sha-256=:.+:' -H 'Signature-Input: folio=\("@method" "@target-uri" "content-digest"\);created=\d+;keyid="key_1";nonce="[^"]+";alg="hmac-sha256"' -H 'Signature: folio=:.+:'$/,
		);
	});

	it("got only answers the OpenAPI document describes (status, body schema, headers)", async () => {
		const { checked, report } = await recorder.violations(server?.url as string);
		expect(checked).toBeGreaterThan(20);
		expect(report).toBe("");
	});
});

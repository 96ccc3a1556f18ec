// `folio snapshot changes`, `folio snapshot promote` and `folio sync --dir` against `wrangler dev`:
// the mirror a sync keeps is always what a full read of latest gives, after changes and a rollback.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../sdk/src/cli/common.ts";
import { main } from "../../sdk/src/cli.ts";
import { Folio } from "../../sdk/src/index.ts";
import { type DevServer, startDevServer } from "./dev-server";
import { recordingFetch } from "./recording-fetch";

const ROOT = "cli_sync_e2e_root_token";
// Its own port, beside the CLI test's (the two files run at once).
const PORT = Number(process.env.E2E_CLI_SYNC_PORT ?? Number(process.env.E2E_CLI_PORT ?? 8796) + 50);
let server: DevServer | undefined;
let folio: Folio;
const recorder = recordingFetch();

async function cli(argv: string[]) {
	let stdout = "";
	let stderr = "";
	const io: Io = {
		stdout: (text) => {
			stdout += text;
		},
		stderr: (text) => {
			stderr += text;
		},
		env: { FOLIO_URL: server?.url, FOLIO_KEY: ROOT },
		tty: false,
		fetch: recorder.fetch,
	};
	const code = await main(argv, io);
	return { code, stdout, stderr };
}

const commit = (slug: string, title: string) =>
	({ op: "update", slug, schema: "note", data: { title }, mode: "commit", message: "m" }) as const;

async function build() {
	const built = await cli(["snapshot", "regenerate", "--project", "sync", "--wait"]);
	expect(built.code, built.stderr).toBe(0);
	return built.stdout.split(" ")[0] as string;
}

/** What a full read of latest gives, as the mirror's lines (an identical re-commit keeps the old revision there). */
async function fullRead() {
	const lines: string[] = [];
	for await (const e of folio.read.entities("sync", { limit: 500 }))
		lines.push(`${JSON.stringify({ slug: e.slug, schema: e.schema, data: e.data })}\n`);
	return lines.join("");
}

let dir = "";
const mirror = () => readFileSync(join(dir, "mirror", "entities.ndjson"), "utf8");
const sync = async () => {
	const run = await cli(["sync", "sync", "--dir", join(dir, "mirror")]);
	expect(run.code, run.stderr).toBe(0);
	return JSON.parse(run.stdout);
};

beforeAll(async () => {
	server = await startDevServer("folio-e2e-cli-sync", PORT, ROOT);
	dir = server.dir;
	folio = new Folio({ baseUrl: server.url, apiKey: ROOT, fetch: recorder.fetch });
	await folio.projects.create({ id: "sync", name: "sync" });
	await folio.schemas.put("sync", "note", { json_schema: { type: "object" } });
	await folio.batch(
		"sync",
		Array.from({ length: 30 }, (_, i) => commit(`n-${String(i).padStart(2, "0")}`, `t${i}`)),
	);
}, 120_000);

afterAll(async () => {
	await server?.stop();
});

describe("folio sync and snapshot changes", () => {
	it("mirrors latest: a full read first, then only the changes, then nothing; after a promote, the rollback", async () => {
		const s1 = await build();
		expect(await sync()).toMatchObject({ snapshot_id: s1, mode: "full", added: 30, entities: 30 });
		expect(mirror()).toBe(await fullRead());

		await folio.batch("sync", [commit("n-00", "changed"), commit("n-01", "t1"), commit("zz", "new")]);
		await folio.entities.delete("sync", "n-02", { message: "gone" });
		const s2 = await build();
		expect(await sync()).toEqual({
			snapshot_id: s2,
			mode: "changes",
			added: 1,
			changed: 1,
			removed: 1,
			entities: 30,
		});
		expect(mirror()).toBe(await fullRead());
		expect(await sync()).toMatchObject({ snapshot_id: s2, mode: "current" });
		const state = JSON.parse(readFileSync(join(dir, "mirror", "state.json"), "utf8"));
		expect(state).toMatchObject({ project: "sync", snapshot_id: s2 });

		const changes = await cli(["snapshot", "changes", "sync", "--since", s1, "--data"]);
		expect(changes.code, changes.stderr).toBe(0);
		expect(
			changes.stdout
				.trim()
				.split("\n")
				.map((l) => JSON.parse(l)),
		).toEqual([
			{
				slug: "n-00",
				change: "changed",
				schema: "note",
				revision: 2,
				previous_revision: 1,
				data: { title: "changed" },
			},
			{ slug: "n-02", change: "removed", schema: "note", revision: null, previous_revision: 1 },
			{
				slug: "zz",
				change: "added",
				schema: "note",
				revision: 1,
				previous_revision: null,
				data: { title: "new" },
			},
		]);
		const reverse = await cli(["snapshot", "changes", "--project", "sync", "--since", s2, "--to", s1]);
		expect(
			reverse.stdout
				.trim()
				.split("\n")
				.map((l) => JSON.parse(l).change),
		).toEqual(["changed", "added", "removed"]);

		const stale = await cli(["snapshot", "promote", "sync", s1, "--if-match", s1]);
		expect(stale.code).toBe(3);
		expect(stale.stderr).toMatch(/412 version_conflict/);
		const dry = await cli(["snapshot", "promote", "sync", s1, "--dry-run"]);
		expect(JSON.parse(dry.stdout)).toMatchObject({ dry_run: true, current_latest_id: s2 });
		const promoted = await cli(["snapshot", "promote", "sync", s1, "--if-match", s2]);
		expect(promoted.code, promoted.stderr).toBe(0);
		expect(JSON.parse(promoted.stdout)).toMatchObject({ id: s1, status: "published" });
		expect((await folio.read.latest("sync")).id).toBe(s1);
		expect(await sync()).toMatchObject({
			snapshot_id: s1,
			mode: "changes",
			added: 1,
			changed: 1,
			removed: 1,
		});
		expect(mirror()).toBe(await fullRead());
	});

	it("answers usage errors with exit 2 and an unknown snapshot with exit 3", async () => {
		expect((await cli(["snapshot", "changes", "sync"])).code).toBe(2);
		expect((await cli(["sync", "sync"])).code).toBe(2);
		const unknown = await cli(["snapshot", "promote", "sync", "snap_00000000AAAAAAAAAAAAAAAA"]);
		expect(unknown.code).toBe(3);
		expect(unknown.stderr).toMatch(/404 snapshot_not_found/);
	});

	it("got only answers the OpenAPI document describes (status, body schema, headers)", async () => {
		const { checked, report } = await recorder.violations(server?.url as string);
		expect(checked).toBeGreaterThan(10);
		expect(report).toBe("");
	});
});

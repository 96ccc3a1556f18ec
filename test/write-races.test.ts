// Writers without a precondition race on one entity. A write that names no revision has nothing
// to conflict with: every one must land (last writer wins), as its own revision, with exactly
// one event per commit or deletion. Writers with If-Match still lose with 412.
import { env } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/d1";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as schema from "../src/db/schema";
import type { Db } from "../src/lib/types";
import { writeEntities } from "../src/modules/entities/entities.service";
import { entityCache } from "../src/modules/entities/entity-cache";
import { UNGUARDED_ATTEMPTS } from "../src/modules/entities/write-races";
import { call, createProject, expectProblem, uniqueId } from "./helpers";

let project: string;
const entity = (slug: string) => `/api/v1/admin/projects/${project}/entities/${slug}`;

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	const schema = await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		body: { json_schema: { type: "object" } },
	});
	expect(schema.status).toBeLessThan(300);
});

async function revisionsOf(slug: string) {
	const { results } = await env.DB.prepare(
		`SELECT revision, kind, json_extract(data, '$.writer') AS writer FROM entity_revisions
		WHERE project_id = ? AND slug = ? ORDER BY revision`,
	)
		.bind(project, slug)
		.all<{ revision: number; kind: string; writer: number | null }>();
	return results;
}

async function eventsOf(slug: string, type: string) {
	const { results } = await env.DB.prepare(
		`SELECT payload ->> '$.data.entity.revision' AS revision FROM outbox_events
		WHERE project_id = ? AND type = ? AND payload ->> '$.data.entity.slug' = ? ORDER BY 1`,
	)
		.bind(project, type, slug)
		.all<{ revision: number }>();
	return results.map((r) => r.revision);
}

const put = (slug: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
	call("PUT", entity(slug), { body: { schema: "note", ...body }, headers });

/** n concurrent unconditional PUTs of one slug; every answer must be 200/201 with its own revision. */
async function race(slug: string, n: number, mode: "draft" | "commit") {
	const answers = await Promise.all(
		Array.from({ length: n }, (_, writer) =>
			put(slug, { data: { writer }, mode, ...(mode === "commit" ? { message: `w${writer}` } : {}) }),
		),
	);
	for (const a of answers) expect([200, 201], a.text).toContain(a.status);
	const revisions = answers.map((a) => a.json.revision as number);
	expect(new Set(revisions).size).toBe(n);
	return answers;
}

describe("unconditional writes racing on one entity", { timeout: 60_000 }, () => {
	it("30 PUTs of an existing draft all land, one revision each", async () => {
		const slug = uniqueId("r30");
		expect((await put(slug, { data: { writer: -1 } })).status).toBe(201);
		const answers = await race(slug, 30, "draft");
		expect(answers.every((a) => a.status === 200)).toBe(true);
		const rows = await revisionsOf(slug);
		expect(rows.map((r) => r.revision)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
		for (const a of answers) {
			expect(rows).toContainEqual({
				revision: a.json.revision,
				kind: "draft",
				writer: a.json.draft.data.writer,
			});
		}
		const head = await call("GET", entity(slug));
		expect(head.json.revision).toBe(31);
		expect(head.json.draft.data).toEqual({ writer: (rows.at(-1) as { writer: number }).writer });
	});

	it("60 committing PUTs of a new slug: one creates, all land, one event per commit", async () => {
		const slug = uniqueId("r60");
		const answers = await race(slug, 60, "commit");
		expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
		const rows = await revisionsOf(slug);
		expect(rows.map((r) => r.revision)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
		expect(rows.every((r) => r.kind === "commit")).toBe(true);
		expect(await eventsOf(slug, "entity.committed")).toEqual(rows.map((r) => r.revision));
		expect((await call("GET", entity(slug))).json).toMatchObject({ revision: 60, status: "committed" });
	});

	it("with If-Match, one writer wins and the others get 412", async () => {
		const slug = uniqueId("rim");
		expect((await put(slug, { data: { writer: -1 } })).status).toBe(201);
		const answers = await Promise.all(
			Array.from({ length: 30 }, (_, writer) => put(slug, { data: { writer } }, { "If-Match": '"1"' })),
		);
		expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
		for (const lost of answers.filter((a) => a.status !== 200)) {
			expect(expectProblem(lost, 412, "version_conflict").current_revision).toBe(2);
		}
		expect(await revisionsOf(slug)).toHaveLength(2);
	});

	it("30 batches without if_match on the same two entities all land", async () => {
		const [a, b] = [uniqueId("ba"), uniqueId("bb")];
		// Odd writers name the entities in the other order: taking turns on both must not deadlock.
		const batch = (writer: number) => {
			const operations = [
				{ op: "update", slug: a, schema: "note", data: { writer } },
				{ op: "update", slug: b, schema: "note", data: { writer }, mode: "commit", message: "m" },
				{ op: "update", slug: a, schema: "note", data: { writer, again: true } },
			];
			if (writer % 2 === 1) operations.reverse();
			return call("POST", `/api/v1/admin/projects/${project}/batch`, { body: { operations } });
		};
		const answers = await Promise.all(Array.from({ length: 30 }, (_, writer) => batch(writer)));
		for (const res of answers) expect(res.status, res.text).toBe(200);
		expect((await revisionsOf(a)).map((r) => r.revision)).toEqual(
			Array.from({ length: 60 }, (_, i) => i + 1),
		);
		expect((await revisionsOf(b)).map((r) => r.revision)).toEqual(
			Array.from({ length: 30 }, (_, i) => i + 1),
		);
		expect(await eventsOf(b, "entity.committed")).toHaveLength(30);
	});

	it("commits without If-Match racing drafts: each commit lands or finds nothing to commit", async () => {
		const slug = uniqueId("rc");
		expect((await put(slug, { data: { writer: -1 } })).status).toBe(201);
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, writer) =>
				writer % 2 === 0
					? put(slug, { data: { writer } })
					: call("POST", `${entity(slug)}/commit`, { body: { message: `c${writer}` } }),
			),
		);
		const commits = answers.filter((_, i) => i % 2 === 1);
		expect(answers.filter((_, i) => i % 2 === 0).every((a) => a.status === 200)).toBe(true);
		for (const c of commits.filter((c) => c.status !== 200)) expectProblem(c, 409, "nothing_to_commit");
		const landed = commits.filter((c) => c.status === 200).length;
		expect(landed).toBeGreaterThan(0);
		const rows = await revisionsOf(slug);
		expect(rows).toHaveLength(1 + 20 + landed);
		expect(await eventsOf(slug, "entity.committed")).toHaveLength(landed);
	});

	it("deletions without If-Match racing drafts: each lands or finds the entity deleted", async () => {
		const slug = uniqueId("rd");
		expect((await put(slug, { data: { writer: -1 }, mode: "commit", message: "m" })).status).toBe(201);
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, writer) =>
				writer % 2 === 0 ? put(slug, { data: { writer } }) : call("DELETE", entity(slug)),
			),
		);
		for (const p of answers.filter((_, i) => i % 2 === 0)) expect([200, 201], p.text).toContain(p.status);
		const deletes = answers.filter((_, i) => i % 2 === 1);
		for (const d of deletes.filter((d) => d.status !== 200)) expectProblem(d, 409, "entity_deleted");
		const landed = deletes.filter((d) => d.status === 200).length;
		expect(landed).toBeGreaterThan(0);
		expect(await revisionsOf(slug)).toHaveLength(1 + 20 + landed);
		expect(await eventsOf(slug, "entity.deleted")).toHaveLength(landed);
	});
});

/**
 * A D1 binding on which another isolate (plain SQL, outside this isolate's turns) writes a draft
 * of `slug` just before each of the first `wins` write batches, so each of them loses its race.
 * With the entity uncached, batches alternate: the read of the plan, then its write.
 */
function rivalled(slug: string, wins: number) {
	let batches = 0;
	let writes = 0;
	const rival = () =>
		env.DB.batch([
			env.DB.prepare(
				`INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, author, created_at, seq)
				SELECT project_id, slug, revision + 1, 'draft', schema_id, 1, '{"rival":true}', 'rival', updated_at,
					(SELECT coalesce(max(seq), 0) + 1 FROM entity_revisions)
				FROM entities WHERE project_id = ?1 AND slug = ?2`,
			).bind(project, slug),
			env.DB.prepare(
				`UPDATE entities SET revision = revision + 1, draft_revision = revision + 1,
				status = CASE WHEN committed_revision IS NULL THEN 'draft' ELSE 'modified' END
				WHERE project_id = ?1 AND slug = ?2`,
			).bind(project, slug),
		]);
	const d1 = new Proxy(env.DB, {
		get(target, name) {
			if (name === "batch") {
				return async (statements: D1PreparedStatement[]) => {
					if (++batches % 2 === 0 && ++writes <= wins) await rival();
					return target.batch(statements);
				};
			}
			const value = Reflect.get(target, name);
			return typeof value === "function" ? value.bind(target) : value;
		},
	});
	return { db: drizzle(d1, { schema }) as unknown as Db, writes: () => writes };
}

/** The jittered pause between lost races is production's defence; here it would only add waiting. */
const noPause = async () => {};

describe("unconditional writes racing with another isolate", () => {
	const writer = () => ({ projectId: project, author: "mine", allowedSchemas: null });
	const commit = (slug: string) => [
		{ op: "update" as const, slug, data: { writer: 1 }, mode: "commit" as const, message: "mine" },
	];

	it("plans again on the winner's head until it lands, with one revision and one event", async () => {
		const slug = uniqueId("iso");
		expect((await put(slug, { data: { writer: -1 } })).status).toBe(201);
		entityCache.clear();
		const { db, writes } = rivalled(slug, 3);
		const { results, effects } = await writeEntities(db, writer(), commit(slug), {
			dryRun: false,
			batch: false,
			pause: noPause,
		});
		expect(writes()).toBe(4);
		expect(results[0]).toMatchObject({ revision: 5, status: "committed" });
		expect(effects).toEqual([
			{ kind: "relay-events", ids: [expect.any(String)] },
			{ kind: "notify-events", project: expect.any(String) },
		]);
		expect((await revisionsOf(slug)).map((r) => r.kind)).toEqual([
			"draft",
			"draft",
			"draft",
			"draft",
			"commit",
		]);
		expect(await eventsOf(slug, "entity.committed")).toEqual([5]);
	});

	it("gives up after a bounded number of lost races with a retryable 409, writing nothing", async () => {
		const slug = uniqueId("iso");
		expect((await put(slug, { data: { writer: -1 } })).status).toBe(201);
		entityCache.clear();
		const { db, writes } = rivalled(slug, Number.POSITIVE_INFINITY);
		const error = await writeEntities(db, writer(), commit(slug), {
			dryRun: false,
			batch: false,
			pause: noPause,
		}).catch((e: unknown) => e);
		expect(error).toMatchObject({ status: 409, code: "concurrent_update", headers: { "Retry-After": "1" } });
		expect(writes()).toBe(UNGUARDED_ATTEMPTS);
		const rows = await revisionsOf(slug);
		expect(rows.filter((r) => r.kind === "commit")).toEqual([]);
		expect(rows).toHaveLength(1 + UNGUARDED_ATTEMPTS);
		expect(await eventsOf(slug, "entity.committed")).toEqual([]);
	});
});

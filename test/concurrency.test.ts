// 100 writers race on 10 entities, each reading the entity and writing with If-Match. Optimistic
// concurrency must let exactly one writer win per revision: the final revision of each entity is
// its first revision plus the number of 2xx answers it got, and no accepted write is lost.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { call, createKey, createProject } from "./helpers";

let project: string;
let key: string;
const entity = (slug: string) => `/api/v1/admin/projects/${project}/entities/${slug}`;
const SLUGS = Array.from({ length: 10 }, (_, i) => `race-${i}`);

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	key = (await createKey(project, { scopes: ["content.write", "schema.manage"] })).key;
	await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		token: key,
		body: { json_schema: { type: "object" } },
	});
	for (const slug of SLUGS) {
		const res = await call("PUT", entity(slug), {
			token: key,
			body: { schema: "note", data: { writer: -1 } },
		});
		expect(res.status).toBe(201);
	}
});

describe("100 parallel writers on 10 entities with If-Match", () => {
	it("accepts one writer per revision and loses no accepted write", async () => {
		const answers = await Promise.all(
			Array.from({ length: 100 }, async (_, writer) => {
				const slug = SLUGS[writer % SLUGS.length] as string;
				const read = await call("GET", entity(slug), { token: key });
				const res = await call("PUT", entity(slug), {
					token: key,
					body: { schema: "note", data: { writer } },
					headers: { "If-Match": read.headers.get("ETag") as string },
				});
				return { slug, writer, status: res.status, code: res.json?.code, revision: res.json?.revision };
			}),
		);
		expect(
			answers.every((a) => a.status === 200 || (a.status === 412 && a.code === "version_conflict")),
		).toBe(true);
		for (const slug of SLUGS) {
			const won = answers.filter((a) => a.slug === slug && a.status === 200);
			expect(won.length, slug).toBeGreaterThan(0);
			const head = await call("GET", entity(slug), { token: key });
			expect(head.json.revision, slug).toBe(1 + won.length);
			// Every accepted write is a revision of its own, under the revision number it was answered.
			const revisions = await env.DB.prepare(
				"SELECT revision, json_extract(data, '$.writer') AS writer FROM entity_revisions WHERE project_id = ? AND slug = ? ORDER BY revision",
			)
				.bind(project, slug)
				.all<{ revision: number; writer: number }>();
			expect(revisions.results).toHaveLength(1 + won.length);
			for (const w of won)
				expect(revisions.results).toContainEqual({ revision: w.revision, writer: w.writer });
			// The head holds the last accepted write.
			const last = won.reduce((a, b) => ((a.revision as number) > (b.revision as number) ? a : b));
			expect(head.json.draft.data, slug).toEqual({ writer: last.writer });
		}
	});
});

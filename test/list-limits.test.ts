import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createProject } from "./helpers";

/** The documented maximum page size of every list route (the OpenAPI document: `limit` 1-500). */
const MAX = 500;
/** More rows than a page holds, so the page is full and has a next cursor. */
const ROWS = MAX + 1;

let project: string;
const stamp = "2026-01-01T00:00:00.000Z";
/** `n` from 0 to ROWS - 1, padded so that text order is numeric order. */
const SERIES = `WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${ROWS - 1})`;
const pad = "printf('%04d', n)";

/** Rows straight into D1: 501 of each through the API would take most of the test's time. */
async function seed(p: string, webhook: string) {
	const sql = [
		`${SERIES} INSERT INTO projects (id, name, created_at) SELECT 'lim-' || ${pad}, 'P', ?2 FROM s`,
		`${SERIES} INSERT INTO api_keys (id, project_id, name, start, scopes, created_at)
			SELECT 'key_lim' || ${pad}, ?1, 'k', 'folio_x', '["content.read"]', ?2 FROM s`,
		`${SERIES} INSERT INTO schema_versions (project_id, schema_id, version, json_schema, created_at)
			SELECT ?1, 's' || ${pad}, 1, '{}', ?2 FROM s`,
		`${SERIES} INSERT INTO schemas (project_id, id, version, created_at, updated_at) SELECT ?1, 's' || ${pad}, 1, ?2, ?2 FROM s`,
		`${SERIES} INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, author, created_at, seq)
			SELECT ?1, 'e' || ${pad}, 1, 'commit', 's0000', 1, '{}', 'root', ?2, 900000 + n FROM s`,
		`${SERIES} INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, author, created_at, seq)
			SELECT ?1, 'many', n + 1, 'commit', 's0000', 1, '{}', 'root', ?2, 800000 + n FROM s`,
		`${SERIES} INSERT INTO entities (project_id, slug, schema_id, status, revision, committed_revision, created_at, updated_at)
			SELECT ?1, 'e' || ${pad}, 's0000', 'committed', 1, 1, ?2, ?2 FROM s
			UNION ALL SELECT ?1, 'many', 's0000', 'committed', ${ROWS}, ${ROWS}, ?2, ?2`,
		`INSERT INTO snapshots (id, project_id, status, requested_by, requested_at, published_at, watermark, entity_count)
			VALUES ('snap_00000000AAAAAAAAAAAAAAAA', ?1, 'published', 'root', ?2, ?2, 999999, ${ROWS})`,
		// Published before any of those revisions: from it to the one above, every entity is added.
		`INSERT INTO snapshots (id, project_id, status, requested_by, requested_at, published_at, watermark, entity_count)
			VALUES ('snap_00000000BBBBBBBBBBBBBBBB', ?1, 'published', 'root', ?2, ?2, 0, 0)`,
		`${SERIES} INSERT INTO snapshots (id, project_id, status, requested_by, requested_at, failed_at, error)
			SELECT 'snap_00000000AAAAAAAAAAAAAAAA' || ${pad}, ?1, 'failed', 'root', ?2, ?2, 'x' FROM s`,
		`${SERIES} INSERT INTO snapshot_entries (snapshot_id, slug, schema_id, revision) SELECT 'snap_00000000AAAAAAAAAAAAAAAA', 'e' || ${pad}, 's0000', 1 FROM s`,
		`UPDATE projects SET latest_snapshot_id = 'snap_00000000AAAAAAAAAAAAAAAA' WHERE id = ?1`,
		`${SERIES} INSERT INTO exports (id, project_id, snapshot_id, status, requested_by, requested_at)
			SELECT 'exp_lim' || ${pad}, ?1, 'snap_00000000AAAAAAAAAAAAAAAA', 'queued', 'root', ?2 FROM s`,
		`${SERIES} INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
			SELECT 'ntf_lim' || ${pad}, ?1, 'snapshot.failed', 'snap_00000000AAAAAAAAAAAAAAAA', '{}', ?2 FROM s`,
		`${SERIES} INSERT INTO outbox_events (id, project_id, type, payload, created_at, handled_at)
			SELECT 'evt_lim' || ${pad}, ?1, 'webhook.test', '{}', ?2, ?2 FROM s`,
		// The events feed's events: snapshot.published bodies, in feed order 1, 2, 3, …
		`${SERIES} INSERT INTO outbox_events (id, project_id, type, payload, created_at, handled_at, seq)
			SELECT 'evt_feed' || ${pad}, ?1, 'snapshot.published', json_object('id', 'evt_feed' || ${pad},
				'type', 'snapshot.published', 'timestamp', ?2, 'project', ?1, 'data', json_object('snapshot',
				json_object('id', 'snap_00000000AAAAAAAAAAAAAAAA', 'entity_count', 1, 'content_hash', 'h', 'published_at', ?2), 'reason', 'build')),
				?2, ?2, n + 1 FROM s`,
		`${SERIES} INSERT INTO webhook_deliveries (id, project_id, endpoint_id, event_id, event_type, state, attempts,
				final_attempt, created_at, updated_at)
			SELECT 'msg_lim' || ${pad}, ?1, ?3, 'evt_lim' || ${pad}, 'webhook.test', 'failed', 2, 2, ?2, ?2 FROM s`,
		// Every delivery with two attempts: the attempts lookup covers the whole page.
		`${SERIES} INSERT INTO webhook_attempts (delivery_id, number, attempted_at, status_code)
			SELECT 'msg_lim' || ${pad}, k.value, ?2, 500 FROM s, json_each('[1,2]') k`,
	];
	const params = [p, stamp, webhook];
	const used = (q: string) => Math.max(0, ...[...q.matchAll(/\?(\d)/g)].map((m) => Number(m[1])));
	await env.DB.batch(sql.map((q) => env.DB.prepare(q).bind(...params.slice(0, used(q)))));
}

/** A value for each path parameter of a list route. */
function fill(path: string, webhook: string) {
	return path
		.replace("{project}", project)
		.replace("{snapshot}", "snap_00000000AAAAAAAAAAAAAAAA")
		.replace("{slug}", "many")
		.replace("{id}", webhook);
}

let webhook: string;

beforeAll(async () => {
	project = await createProject();
	const res = await call("POST", `/api/v1/admin/projects/${project}/webhooks`, {
		body: { url: "https://hooks.example.com/lim", events: ["*"] },
	});
	webhook = res.json.id;
	await seed(project, webhook);
});

describe("every list route at its documented maximum limit", () => {
	it("answers a full page of 500 with a next cursor", async () => {
		const doc = (await call("GET", "/api/v1/openapi.json")).json;
		const lists = Object.entries(doc.paths as Record<string, Record<string, any>>)
			.filter(([, ops]) => ops.get?.parameters?.some((p: any) => p.in === "query" && p.name === "limit"))
			.map(([path, ops]) => ({
				path,
				max: ops.get.parameters.find((p: any) => p.name === "limit").schema.maximum as number,
			}));
		// The routes this test seeds for; a new list route must be added to the seed above.
		expect(lists.map((l) => l.path).sort()).toEqual([
			"/api/v1/admin/projects",
			"/api/v1/admin/projects/{project}/entities",
			"/api/v1/admin/projects/{project}/entities/{slug}/revisions",
			"/api/v1/admin/projects/{project}/events",
			"/api/v1/admin/projects/{project}/exports",
			"/api/v1/admin/projects/{project}/keys",
			"/api/v1/admin/projects/{project}/notifications",
			"/api/v1/admin/projects/{project}/schemas",
			"/api/v1/admin/projects/{project}/snapshots",
			"/api/v1/admin/projects/{project}/webhooks",
			"/api/v1/admin/projects/{project}/webhooks/{id}/deliveries",
			"/api/v1/projects/{project}/snapshots/{snapshot}/changes",
			"/api/v1/projects/{project}/snapshots/{snapshot}/entities",
		]);
		const results: Record<string, unknown> = {};
		for (const { path, max } of lists) {
			expect(max, path).toBe(MAX);
			const since = path.endsWith("/changes") ? "&since=snap_00000000BBBBBBBBBBBBBBBB" : "";
			const res = await call("GET", `${fill(path, webhook)}?limit=${max}${since}`);
			// A project holds at most 20 webhooks: that list's full page is all of them.
			const expected = path.endsWith("/webhooks") ? 1 : MAX;
			results[path] = {
				status: res.status,
				count: res.json?.data?.length,
				next: res.json?.next_cursor != null,
			};
			expect(results[path], `${path}: ${res.text.slice(0, 300)}`).toEqual({
				status: 200,
				count: expected,
				next: expected === MAX,
			});
		}
	});

	it("returns each delivery with all its attempts on a page of 500", async () => {
		const res = await call(
			"GET",
			`/api/v1/admin/projects/${project}/webhooks/${webhook}/deliveries?limit=500`,
		);
		expect(res.status).toBe(200);
		expect(res.json.data.every((d: any) => d.attempts.length === 2)).toBe(true);
	});
});

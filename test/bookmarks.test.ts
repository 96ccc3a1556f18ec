import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { call, createKey, createProject, expectProblem } from "./helpers";

// Read-your-writes across requests (D1 Sessions API): admin answers carry the session's
// bookmark, a request that sends one is served from data at least that fresh, and snapshot reads
// that may use any replica fall back to the primary when the replica lacks the snapshot.

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

/** An env whose D1 records every session opened; `lagging` makes replica sessions see no rows. */
function recordingEnv(options: { lagging?: boolean } = {}) {
	const sessions: string[] = [];
	const real = env.DB;
	const DB = {
		prepare: (query: string) => real.prepare(query),
		batch: (statements: D1PreparedStatement[]) => real.batch(statements),
		exec: (query: string) => real.exec(query),
		withSession(constraint?: string) {
			sessions.push(constraint ?? "(none)");
			const session = real.withSession(constraint);
			if (!options.lagging || constraint !== "first-unconstrained") return session;
			// A replica that has not received the snapshot yet: every read finds nothing.
			const empty = {
				bind: () => empty,
				first: async () => null,
				all: async () => ({ results: [], success: true, meta: {} }),
				raw: async () => [],
				run: async () => ({ results: [], success: true, meta: {} }),
			};
			return { prepare: () => empty, batch: async () => [], getBookmark: () => session.getBookmark() };
		},
	} as unknown as D1Database;
	// Its own config parse and read cache switch: off, so every read reaches D1.
	return { env: { ...env, DB, FOLIO_READ_CACHE: "off" }, sessions };
}

let project: string;
let snapshot: string;
let reader: string;
const admin = (path: string) => `/api/v1/admin/projects/${project}${path}`;
const read = (path: string) => `/api/v1/projects/${project}/snapshots${path}`;

beforeAll(async () => {
	project = await createProject();
	const schema = await call("PUT", admin("/schemas/note"), { body: { json_schema: { type: "object" } } });
	expect(schema.status).toBe(201);
	const put = await call("PUT", admin("/entities/first"), {
		body: { schema: "note", mode: "commit", message: "m", data: { n: 1 } },
	});
	expect(put.status, put.text).toBe(201);
	const queued = await call("POST", admin("/snapshots/regenerate"));
	snapshot = queued.json.id;
	await vi.waitFor(
		async () => expect((await call("GET", admin(`/snapshots/${snapshot}`))).json.status).toBe("published"),
		{ timeout: 10_000, interval: 50 },
	);
	reader = (await createKey(project, { scopes: ["content.read"] })).key;
});

describe("X-Folio-Bookmark", () => {
	it("round trip: a write answers a bookmark, and a read sending it sees the write", async () => {
		const write = await call("PUT", admin("/entities/fresh"), {
			body: { schema: "note", mode: "commit", message: "m", data: { n: 2 } },
		});
		expect(write.status, write.text).toBe(201);
		const bookmark = write.headers.get("X-Folio-Bookmark") as string;
		expect(bookmark).toMatch(BOOKMARK);

		const recording = recordingEnv();
		const seen = await call("GET", admin("/entities/fresh"), {
			headers: { "X-Folio-Bookmark": bookmark },
			env: recording.env,
		});
		expect(seen.status, seen.text).toBe(200);
		expect(seen.json.committed.data).toEqual({ n: 2 });
		// The request's session started from the bookmark, and its own is at least as new.
		expect(recording.sessions).toEqual([bookmark]);
		const after = seen.headers.get("X-Folio-Bookmark") as string;
		expect(after).toMatch(BOOKMARK);
		expect(after >= bookmark).toBe(true);
	});

	it("an admin request without one runs at the primary first, and answers its bookmark", async () => {
		const recording = recordingEnv();
		const res = await call("GET", admin("/entities"), { env: recording.env });
		expect(res.status).toBe(200);
		expect(recording.sessions).toEqual(["first-primary"]);
		expect(res.headers.get("X-Folio-Bookmark")).toMatch(BOOKMARK);
	});

	it("snapshot reads may start at any replica, or at the client's bookmark", async () => {
		const recording = recordingEnv();
		const anywhere = await call("GET", read(`/${snapshot}/entities/first`), {
			token: reader,
			env: recording.env,
		});
		expect(anywhere.status, anywhere.text).toBe(200);
		expect(recording.sessions).toEqual(["first-unconstrained"]);
		expect(anywhere.headers.get("X-Folio-Bookmark")).toMatch(BOOKMARK);

		const bookmark = anywhere.headers.get("X-Folio-Bookmark") as string;
		const pinned = recordingEnv();
		const fresh = await call("GET", read("/latest/entities/first"), {
			token: reader,
			headers: { "X-Folio-Bookmark": bookmark },
			env: pinned.env,
		});
		expect(fresh.status, fresh.text).toBe(200);
		expect(pinned.sessions).toEqual([bookmark]);
	});

	it("a replica that lacks the snapshot is not believed: the primary answers, never a 404", async () => {
		for (const path of [
			`/${snapshot}/entities/first`,
			`/${snapshot}/entities`,
			"/latest",
			"/latest/entities",
		]) {
			const lagging = recordingEnv({ lagging: true });
			const res = await call("GET", read(path), { token: reader, env: lagging.env });
			expect(res.status, `${path}: ${res.text}`).toBe(200);
			expect(lagging.sessions).toEqual(["first-unconstrained", "first-primary"]);
		}
		// A snapshot the primary lacks too is not found, after asking it.
		const lagging = recordingEnv({ lagging: true });
		const missing = await call("GET", read("/snap_00000000DoesNotExist0000/entities/first"), {
			token: reader,
			env: lagging.env,
		});
		expectProblem(missing, 404, "snapshot_not_found");
		expect(lagging.sessions).toEqual(["first-unconstrained", "first-primary"]);
	});

	it("malformed: 400 invalid_bookmark on admin and read operations, after authentication", async () => {
		for (const bad of ["nope", "00000000-0000000a-00000000-0000", `${"0".repeat(8)}-${"g".repeat(8)}-0-0`]) {
			const headers = { "X-Folio-Bookmark": bad };
			expectProblem(await call("GET", admin("/entities"), { headers }), 400, "invalid_bookmark");
			expectProblem(
				await call("GET", read(`/${snapshot}/entities/first`), { token: reader, headers }),
				400,
				"invalid_bookmark",
			);
			expectProblem(await call("GET", admin("/entities"), { token: null, headers }), 401, "unauthenticated");
		}
	});
});

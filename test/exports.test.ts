import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { PartWriter } from "../src/modules/exports/part-writer";
import { consumeBuilds } from "../src/queues/builds-consumer";
import { call, createKey, createProject, expectProblem, recordingBatch } from "./helpers";

let project: string;
let key: string;
const admin = (path: string, p = project) => `/api/v1/admin/projects/${p}${path}`;

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean) {
	let value: T | undefined;
	await vi.waitFor(
		async () => {
			value = await read();
			expect(done(value)).toBe(true);
		},
		{ timeout: 10_000, interval: 100 },
	);
	return value as T;
}

async function publishSnapshot(p = project) {
	const res = await call("POST", admin("/snapshots/regenerate", p));
	expect(res.status).toBe(202);
	await waitFor(
		() => call("GET", admin(`/snapshots/${res.json.id}`, p)),
		(r) => r.json.status === "published",
	);
	return res.json.id as string;
}

async function exportAndWait(body?: unknown) {
	const res = await call("POST", admin("/exports"), { token: key, body });
	expect(res.status, res.text).toBe(202);
	expect(res.headers.get("Location")).toBe(admin(`/exports/${res.json.id}`));
	const done = await waitFor(
		() => call("GET", admin(`/exports/${res.json.id}`), { token: key }),
		(r) => r.json.status === "completed" || r.json.status === "failed",
	);
	return done.json;
}

/** An environment whose builds queue accepts messages and runs none: what is requested stays queued. */
const stalled = { ...env, BUILDS: { send: async () => {}, sendBatch: async () => {} } } as unknown as Env;

const sha256Hex = async (bytes: ArrayBuffer) =>
	[...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
		.map((b) => b.toString(16).padStart(2, "0"))
		.join("");

beforeAll(async () => {
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	key = (await createKey(project, { scopes: ["export.run"] })).key;
	await call("PUT", admin("/schemas/note"), { body: { json_schema: { type: "object" } } });
});

describe("exports", () => {
	it("refuses to export before any snapshot, an unknown snapshot or one not published", async () => {
		expectProblem(await call("POST", admin("/exports"), { token: key }), 404, "snapshot_not_found");
		expectProblem(
			await call("POST", admin("/exports"), { token: key, body: { snapshot: "snap_missing" } }),
			404,
			"snapshot_not_found",
		);
		// A snapshot that is requested but never built: in another project, whose queued rebuild
		// would otherwise stand in for every later request of this file.
		const elsewhere = await createProject();
		const queued = await call("POST", admin("/snapshots/regenerate", elsewhere), { env: stalled });
		expect(queued.status).toBe(202);
		expectProblem(
			await call("POST", admin("/exports", elsewhere), { body: { snapshot: queued.json.id } }),
			409,
			"snapshot_not_published",
		);
		expectProblem(
			await call("POST", admin("/exports"), { token: key, body: { snapshot: 7 } }),
			422,
			"validation_failed",
		);
		expectProblem(
			await call("POST", admin("/exports"), { token: key, body: { snapshot: "latest", format: "csv" } }),
			422,
			"validation_failed",
		);
		expect((await env.DB.prepare("SELECT count(*) AS n FROM exports").first())?.n).toBe(0);
	});

	it("writes the snapshot as NDJSON in slug order, records count, bytes and sha256, and streams it back", async () => {
		for (const slug of ["b-two", "a-one", "c-three"]) {
			const res = await call("PUT", admin(`/entities/${slug}`), {
				body: {
					schema: "note",
					data: { title: slug, tags: ["x", "é"], n: 1.5 },
					mode: "commit",
					message: "m",
				},
			});
			expect(res.status).toBe(201);
		}
		await call("PUT", admin("/entities/d-draft"), {
			body: { schema: "note", data: { title: "not committed" } },
		});
		const snapshot = await publishSnapshot();

		const job = await exportAndWait();
		expect(job).toMatchObject({
			status: "completed",
			snapshot_id: snapshot,
			entity_count: 3,
			sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
			download_url: admin(`/exports/${job.id}/download`),
			error: null,
		});

		const download = await exports_download(job.id);
		expect(download.status).toBe(200);
		expect(download.headers.get("Content-Type")).toBe("application/x-ndjson");
		expect(download.headers.get("ETag")).toBe(`"${job.sha256}"`);
		expect(download.headers.get("Repr-Digest")).toMatch(/^sha-256=:[A-Za-z0-9+/]+=*:$/);
		const bytes = await download.arrayBuffer();
		expect(bytes.byteLength).toBe(job.bytes);
		expect(await sha256Hex(bytes)).toBe(job.sha256);
		const lines = new TextDecoder().decode(bytes).split("\n");
		expect(lines.pop()).toBe("");
		expect(lines.map((l) => JSON.parse(l))).toEqual(
			["a-one", "b-two", "c-three"].map((slug) => ({
				slug,
				schema: "note",
				data: { title: slug, tags: ["x", "é"], n: 1.5 },
			})),
		);

		// The completion went through the outbox, once.
		const events = await env.DB.prepare(
			"SELECT payload FROM outbox_events WHERE type = 'export.completed' AND json_extract(payload, '$.data.export.id') = ?",
		)
			.bind(job.id)
			.all<{ payload: string }>();
		expect(events.results.map((r) => JSON.parse(r.payload).data.export)).toEqual([
			expect.objectContaining({ id: job.id, entity_count: 3, bytes: job.bytes, sha256: job.sha256 }),
		]);

		// A duplicate message for a completed export does nothing.
		const { batch, acked } = recordingBatch("folio-builds", [
			{ id: "dup", attempts: 1, body: { v: 1, kind: "export", export_id: job.id } },
		]);
		await consumeBuilds(batch, env);
		expect(acked).toEqual(["dup"]);
		expect((await call("GET", admin(`/exports/${job.id}`), { token: key })).json.completed_at).toBe(
			job.completed_at,
		);

		const list = await call("GET", admin("/exports"), { token: key });
		expect(list.json.data.map((e: { id: string }) => e.id)).toContain(job.id);
	});

	it("answers 409 for a download before completion and 404 for an unknown export", async () => {
		const waiting = await call("POST", admin("/exports"), { token: key, env: stalled });
		expect(waiting.status, waiting.text).toBe(202);
		expectProblem(
			await call("GET", admin(`/exports/${waiting.json.id}/download`), { token: key }),
			409,
			"export_not_ready",
		);
		expectProblem(await call("GET", admin("/exports/exp_missing"), { token: key }), 404, "not_found");
		expectProblem(
			await call("GET", admin("/exports/exp_missing/download"), { token: key }),
			404,
			"not_found",
		);
		expectProblem(await call("GET", admin("/exports?cursor=zzz"), { token: key }), 400, "invalid_cursor");
	});

	it("retries a failing export with backoff, then marks it failed with a notification", async () => {
		await publishSnapshot();
		const created = await call("POST", admin("/exports"), { token: key });
		const id = created.json.id as string;
		await waitFor(
			() => call("GET", admin(`/exports/${id}`), { token: key }),
			(r) => r.json.status === "completed",
		);
		// Put it back as if never run, and give the consumer a bucket that refuses writes.
		await env.DB.prepare("UPDATE exports SET status = 'queued', completed_at = NULL WHERE id = ?")
			.bind(id)
			.run();
		const broken = {
			...env,
			EXPORTS: {
				put: () => Promise.reject(new Error("R2 unavailable")),
				createMultipartUpload: () => Promise.reject(new Error("R2 unavailable")),
			},
		} as unknown as Env;
		vi.spyOn(console, "error").mockImplementation(() => {});
		const message = (attempts: number) => ({
			id: "m",
			attempts,
			body: { v: 1, kind: "export", export_id: id },
		});
		const first = recordingBatch("folio-builds", [message(1)]);
		await consumeBuilds(first.batch, broken);
		expect(first.retried).toEqual([{ id: "m", delaySeconds: 5 }]);
		expect((await call("GET", admin(`/exports/${id}`), { token: key })).json).toMatchObject({
			status: "queued",
			error: "Error: R2 unavailable",
		});
		const last = recordingBatch("folio-builds", [message(6)]);
		await consumeBuilds(last.batch, broken);
		expect(last.acked).toEqual(["m"]);
		expect((await call("GET", admin(`/exports/${id}`), { token: key })).json).toMatchObject({
			status: "failed",
			failed_at: expect.any(String),
		});
		const notes = await env.DB.prepare("SELECT type FROM notifications WHERE subject = ?").bind(id).all();
		expect(notes.results).toEqual([{ type: "export.failed" }]);
	});
});

describe("an export that keeps killing its consumer", () => {
	it("is failed by the cron once it has used all its runs, instead of being retried for ever", async () => {
		const old = new Date(Date.now() - 30 * 60_000).toISOString();
		await env.DB.prepare(
			`INSERT INTO exports (id, project_id, snapshot_id, status, requested_by, requested_at, started_at, attempts)
			VALUES ('exp_doomed', ?, 'snap_x', 'running', 'root', ?, ?, 6)`,
		)
			.bind(project, old, old)
			.run();
		const ctx = createExecutionContext();
		await worker.scheduled(createScheduledController(), env, ctx);
		await waitOnExecutionContext(ctx);
		expect(await env.DB.prepare("SELECT status, error FROM exports WHERE id = 'exp_doomed'").first()).toEqual(
			{
				status: "failed",
				error: "Gave up after 6 runs.",
			},
		);
		const notes = await env.DB.prepare("SELECT type FROM notifications WHERE subject = 'exp_doomed'").all();
		expect(notes.results).toEqual([{ type: "export.failed" }]);
	});
});

describe("the part writer", () => {
	it("uploads equal parts and a shorter last one, and the object is the bytes written", async () => {
		const partBytes = 5 * 1024 * 1024;
		const writer = new PartWriter(env.EXPORTS, "test/multipart.bin", partBytes);
		const expected: Uint8Array[] = [];
		let total = 0;
		let n = 0;
		while (total < 2 * partBytes + 12345) {
			const chunk = new Uint8Array(100_000 + ((n * 7919) % 300_000)).fill(n % 251);
			expected.push(chunk);
			total += chunk.byteLength;
			n++;
			await writer.write(chunk);
		}
		await writer.close();
		const object = await env.EXPORTS.get("test/multipart.bin");
		const body = new Uint8Array(await (object as R2ObjectBody).arrayBuffer());
		expect(body.byteLength).toBe(total);
		const joined = new Uint8Array(total);
		let offset = 0;
		for (const chunk of expected) {
			joined.set(chunk, offset);
			offset += chunk.byteLength;
		}
		expect(await sha256Hex(body.buffer)).toBe(await sha256Hex(joined.buffer));
		// A multipart object's ETag has the part count after the dash.
		expect(object?.etag ?? "").toMatch(/-3$/);
	});

	it("puts a small file whole", async () => {
		const writer = new PartWriter(env.EXPORTS, "test/small.bin");
		await writer.write(new TextEncoder().encode("hello\n"));
		await writer.close();
		expect(await (await env.EXPORTS.get("test/small.bin"))?.text()).toBe("hello\n");
	});
});

async function exports_download(id: string) {
	const { exports } = await import("cloudflare:workers");
	return exports.default.fetch(
		new Request(`http://folio.test${admin(`/exports/${id}/download`)}`, {
			headers: { Authorization: `Bearer ${key}` },
		}),
	);
}

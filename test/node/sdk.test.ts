import { afterEach, describe, expect, it, vi } from "vitest";
import { FolioError, FolioNetworkError } from "../../sdk/src/index.ts";
import { client, fakeFetch, json, networkError, problem } from "./sdk-helpers";

const entity = (slug: string) => ({ slug, schema: "article", revision: 1, status: "draft" });

afterEach(() => {
	vi.useRealTimers();
});

describe("SDK retries", () => {
	it("retries a 429 after the Retry-After the server asked for", async () => {
		vi.useFakeTimers();
		const { fetch, requests } = fakeFetch(
			() => problem(429, "rate_limited", {}, { "Retry-After": "2" }),
			() => json(entity("a")),
		);
		const pending = client(fetch, { retries: { maxDelayMs: 10_000 } }).entities.get("demo", "a");
		await vi.advanceTimersByTimeAsync(1999);
		expect(requests).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		await expect(pending).resolves.toMatchObject({ slug: "a" });
		expect(requests).toHaveLength(2);
	});

	it("reads Retry-After as an HTTP date too", async () => {
		vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
		const { fetch, requests } = fakeFetch(
			() => problem(503, "unavailable", {}, { "Retry-After": "Thu, 01 Jan 2026 00:00:03 GMT" }),
			() => json(entity("a")),
		);
		const pending = client(fetch, { retries: { maxDelayMs: 10_000 } }).entities.get("demo", "a");
		await vi.advanceTimersByTimeAsync(2999);
		expect(requests).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		await expect(pending).resolves.toMatchObject({ slug: "a" });
	});

	it("gives up with the 429 when Retry-After exceeds maxDelayMs", async () => {
		const { fetch, requests } = fakeFetch(() => problem(429, "rate_limited", {}, { "Retry-After": "3600" }));
		await expect(client(fetch).entities.get("demo", "a")).rejects.toMatchObject({ status: 429 });
		expect(requests).toHaveLength(1);
	});

	it("retries 503 and network errors with backoff, then succeeds", async () => {
		const { fetch, requests } = fakeFetch(
			() => problem(503, "unavailable"),
			networkError,
			() => json(entity("a")),
		);
		await expect(client(fetch).entities.get("demo", "a")).resolves.toMatchObject({ slug: "a" });
		expect(requests).toHaveLength(3);
	});

	it("backs off exponentially with full jitter, capped at maxDelayMs", async () => {
		vi.useFakeTimers();
		vi.spyOn(Math, "random").mockReturnValue(0.999);
		const { fetch, requests } = fakeFetch(networkError);
		const pending = client(fetch, { retries: { max: 3, baseDelayMs: 100, maxDelayMs: 250 } })
			.entities.get("demo", "a")
			.catch((error: unknown) => error);
		// Ceilings 100, 200, then 400 capped to 250: waits of 99, 199 and 249 ms.
		await vi.advanceTimersByTimeAsync(0);
		for (const [i, wait] of [99, 199, 249].entries()) {
			expect(requests).toHaveLength(i + 1);
			await vi.advanceTimersByTimeAsync(wait - 1);
			expect(requests).toHaveLength(i + 1);
			await vi.advanceTimersByTimeAsync(1);
		}
		const error = await pending;
		expect(requests).toHaveLength(4);
		expect(error).toBeInstanceOf(FolioNetworkError);
		vi.restoreAllMocks();
	});

	it("surfaces a network failure after the last retry as FolioError status 0, code network_error", async () => {
		const { fetch, requests } = fakeFetch(networkError);
		const error = await client(fetch, { retries: { max: 2, baseDelayMs: 1 } })
			.projects.list()
			.page()
			.catch((e: unknown) => e);
		expect(requests).toHaveLength(3);
		expect(error).toBeInstanceOf(FolioError);
		expect(error).toMatchObject({ status: 0, code: "network_error" });
		expect((error as Error).cause).toBeInstanceOf(TypeError);
	});

	it.each([400, 401, 404, 409, 422, 500])("does not retry a %i", async (status) => {
		const { fetch, requests } = fakeFetch(() => problem(status, "nope"));
		await expect(client(fetch).entities.create("demo", { schema: "a", data: {} })).rejects.toMatchObject({
			status,
		});
		expect(requests).toHaveLength(1);
	});

	it("does not turn the caller's abort into a retry or a network error", async () => {
		const controller = new AbortController();
		const { fetch, requests } = fakeFetch((request) => {
			controller.abort(new Error("stop"));
			throw request.signal.reason;
		});
		await expect(client(fetch).entities.get("demo", "a", { signal: controller.signal })).rejects.toThrow(
			"stop",
		);
		expect(requests).toHaveLength(1);
	});
});

describe("SDK idempotency keys", () => {
	it("sends one key across every retry of a call and a new key for the next call", async () => {
		const { fetch, requests } = fakeFetch(
			() => problem(503, "unavailable"),
			networkError,
			() => json(entity("a"), 201),
			() => json(entity("b"), 201),
		);
		const folio = client(fetch);
		await folio.entities.create("demo", { schema: "article", data: { title: "A" } });
		await folio.entities.create("demo", { schema: "article", data: { title: "B" } });
		const keys = requests.map((r) => r.headers.get("Idempotency-Key"));
		expect(keys[0]).toMatch(/^[\x20-\x7e]{1,255}$/);
		expect(keys[1]).toBe(keys[0]);
		expect(keys[2]).toBe(keys[0]);
		expect(keys[3]).not.toBe(keys[0]);
	});

	it("uses the caller's key, given as an option or a header", async () => {
		const { fetch, requests } = fakeFetch(() => json(entity("a")));
		const folio = client(fetch);
		await folio.entities.put("demo", "a", { data: {} }, { idempotencyKey: "mine-1" });
		await folio.entities.put("demo", "a", { data: {} }, { headers: { "idempotency-key": "mine-2" } });
		expect(requests.map((r) => r.headers.get("Idempotency-Key"))).toEqual(["mine-1", "mine-2"]);
	});

	it("adds none to GET, PATCH or DELETE", async () => {
		const { fetch, requests } = fakeFetch(() => json({}));
		const folio = client(fetch);
		await folio.entities.get("demo", "a");
		await folio.webhooks.update("demo", "wh_1", { enabled: false });
		await folio.keys.revoke("demo", "key_1");
		expect(requests.map((r) => r.headers.get("Idempotency-Key"))).toEqual([null, null, null]);
	});

	it("waits out idempotency_in_flight, which only its own earlier attempt can cause", async () => {
		const { fetch, requests } = fakeFetch(
			() => problem(409, "idempotency_in_flight"),
			() => json(entity("a"), 201),
		);
		await client(fetch).entities.create("demo", { schema: "article", data: {} });
		expect(requests).toHaveLength(2);
	});

	it("retries concurrent_update (nothing was written) after its Retry-After, any method", async () => {
		const { fetch, requests } = fakeFetch(
			() => problem(409, "concurrent_update", {}, { "Retry-After": "1" }),
			() => json(entity("a"), 200),
			() => problem(409, "concurrent_update", {}, { "Retry-After": "1" }),
			() => json(entity("a"), 200),
		);
		vi.useFakeTimers();
		const folio = client(fetch, { retries: { maxDelayMs: 10_000 } });
		const put = folio.entities.put("demo", "a", { schema: "article", data: {} });
		await vi.advanceTimersByTimeAsync(1000);
		await expect(put).resolves.toMatchObject({ slug: "a" });
		const removal = folio.entities.delete("demo", "a");
		await vi.advanceTimersByTimeAsync(1000);
		await removal;
		expect(requests.map((r) => r.method)).toEqual(["PUT", "PUT", "DELETE", "DELETE"]);
	});
});

describe("SDK errors", () => {
	it("carry the problem document, its code and the request id", async () => {
		const errors = [{ pointer: "/data/title", message: "must be string", code: "type" }];
		const { fetch } = fakeFetch(() => problem(422, "validation_failed", { errors }));
		const error = await client(fetch)
			.entities.create("demo", { schema: "article", data: { title: 1 } })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FolioError);
		const e = error as FolioError;
		expect(e).toMatchObject({ status: 422, code: "validation_failed", requestId: "req_test" });
		expect(e.message).toBe("detail of validation_failed");
		expect(e.problem.errors).toEqual(errors);
	});

	it("describe a response that is not a problem document", async () => {
		const { fetch } = fakeFetch(
			() => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
		);
		const error = (await client(fetch)
			.entities.get("demo", "a")
			.catch((e: unknown) => e)) as FolioError;
		expect(error).toMatchObject({ status: 502, code: "http_502", message: "<html>Bad gateway</html>" });
	});

	it("keep current_revision on a version conflict", async () => {
		const { fetch } = fakeFetch(() => problem(412, "version_conflict", { current_revision: 4 }));
		const error = (await client(fetch)
			.entities.put("demo", "a", { data: {} }, { ifMatch: 3 })
			.catch((e: unknown) => e)) as FolioError;
		expect(error.problem.current_revision).toBe(4);
	});
});

describe("SDK pagination", () => {
	it("walks next_cursor to the end, lazily, keeping the filters on every page", async () => {
		const { fetch, requests } = fakeFetch(
			() => json({ data: [entity("a"), entity("b")], next_cursor: "c1" }),
			() => json({ data: [entity("c")], next_cursor: "c2" }),
			() => json({ data: [], next_cursor: "c3" }),
			() => json({ data: [entity("d")], next_cursor: null }),
		);
		const list = client(fetch).entities.list("demo", { schema: "article", limit: 2 });
		expect(requests).toHaveLength(0);
		const slugs: string[] = [];
		for await (const e of list) slugs.push(e.slug);
		expect(slugs).toEqual(["a", "b", "c", "d"]);
		const urls = requests.map((r) => new URL(r.url));
		expect(urls.map((u) => u.searchParams.get("cursor"))).toEqual([null, "c1", "c2", "c3"]);
		for (const u of urls) {
			expect(u.pathname).toBe("/api/v1/admin/projects/demo/entities");
			expect(u.searchParams.get("schema")).toBe("article");
			expect(u.searchParams.get("limit")).toBe("2");
		}
	});

	it("fetches one page on request, from a given cursor", async () => {
		const { fetch, requests } = fakeFetch(() => json({ data: [entity("x")], next_cursor: null }));
		const page = await client(fetch).read.entities("demo", { snapshot: "snap_1" }).page("abc");
		expect(page).toEqual({ data: [entity("x")], next_cursor: null });
		expect(requests[0]?.url).toBe(
			"https://folio.test/api/v1/projects/demo/snapshots/snap_1/entities?cursor=abc",
		);
	});

	it("stops fetching when the caller breaks out", async () => {
		const { fetch, requests } = fakeFetch(() =>
			json({ data: [entity("a"), entity("b")], next_cursor: "more" }),
		);
		for await (const e of client(fetch).notifications.list("demo")) {
			expect(e).toBeDefined();
			break;
		}
		expect(requests).toHaveLength(1);
	});
});

describe("SDK requests", () => {
	it("send the key, JSON, dry runs and preconditions as the API expects", async () => {
		const { fetch, requests, bodies } = fakeFetch(() => json(entity("a")));
		const folio = client(fetch, { baseUrl: "https://folio.test/" });
		await folio.entities.put(
			"demo",
			"a/b",
			{ data: { title: "T" }, mode: "commit", message: "m" },
			{ dryRun: true, ifMatch: 2 },
		);
		await folio.entities.put("demo", "new", { data: {} }, { ifNoneMatch: "*" });
		await folio.entities.delete("demo", "a", { message: "gone", ifMatch: '"5"' });
		const [put, create, del] = requests;
		expect(put?.method).toBe("PUT");
		expect(put?.url).toBe("https://folio.test/api/v1/admin/projects/demo/entities/a%2Fb?dry_run=true");
		expect(put?.headers.get("Authorization")).toBe("Bearer folio_test");
		expect(put?.headers.get("Content-Type")).toBe("application/json");
		expect(put?.headers.get("If-Match")).toBe('"2"');
		expect(JSON.parse(bodies[0] as string)).toEqual({ data: { title: "T" }, mode: "commit", message: "m" });
		expect(create?.headers.get("If-None-Match")).toBe("*");
		expect(del?.method).toBe("DELETE");
		expect(del?.headers.get("If-Match")).toBe('"5"');
		expect(JSON.parse(bodies[2] as string)).toEqual({ message: "gone" });
	});

	it("send no body (and no Content-Type) where the caller gave none", async () => {
		const { fetch, requests, bodies } = fakeFetch(() => json({}, 202));
		await client(fetch).webhooks.test("demo", "wh_1");
		expect(requests[0]?.url).toBe("https://folio.test/api/v1/admin/projects/demo/webhooks/wh_1/test");
		expect(requests[0]?.headers.get("Content-Type")).toBeNull();
		expect(bodies[0]).toBe("");
	});

	it("resolve a 204 to undefined", async () => {
		const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
		await expect(client(fetch).webhooks.delete("demo", "wh_1")).resolves.toBeUndefined();
	});

	it("wait for a regenerated snapshot to settle", async () => {
		const snapshot = (status: string) => ({ id: "snap_1", status, entity_count: 0 });
		const { fetch, requests } = fakeFetch(
			() => json(snapshot("queued"), 202),
			() => json(snapshot("building")),
			() => json(snapshot("published")),
		);
		const result = await client(fetch).snapshots.regenerate(
			"demo",
			{ message: "nightly" },
			{ wait: { intervalMs: 1 } },
		);
		expect(result.status).toBe("published");
		expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
			"POST /api/v1/admin/projects/demo/snapshots/regenerate",
			"GET /api/v1/admin/projects/demo/snapshots/snap_1",
			"GET /api/v1/admin/projects/demo/snapshots/snap_1",
		]);
	});

	it("wait for an export, stream its download, and parse it line by line", async () => {
		const ndjson = '{"slug":"a","schema":"s","data":{}}\n{"slug":"b","schema":"s","data":{"x":"é"}}\n';
		const bytes = new TextEncoder().encode(ndjson);
		const stream = () =>
			new ReadableStream({
				start(controller) {
					// Split inside a line and inside a multi-byte character.
					controller.enqueue(bytes.slice(0, 20));
					controller.enqueue(bytes.slice(20, bytes.length - 4));
					controller.enqueue(bytes.slice(bytes.length - 4));
					controller.close();
				},
			});
		const { fetch, requests } = fakeFetch(
			() => json({ id: "exp_1", status: "queued" }, 202),
			() => json({ id: "exp_1", status: "running" }),
			() => json({ id: "exp_1", status: "completed", entity_count: 2, bytes: bytes.length }),
			() => new Response(stream(), { headers: { "Content-Type": "application/x-ndjson" } }),
			() => new Response(stream(), { headers: { "Content-Type": "application/x-ndjson" } }),
		);
		const folio = client(fetch);
		const job = await folio.exports.create("demo", { snapshot: "latest" });
		expect(await folio.exports.wait("demo", job.id, { intervalMs: 1 })).toMatchObject({
			status: "completed",
		});
		const res = await folio.exports.download("demo", job.id);
		expect(await res.text()).toBe(ndjson);
		const lines = [];
		for await (const line of folio.exports.lines("demo", job.id)) lines.push(line);
		expect(lines).toEqual([
			{ slug: "a", schema: "s", data: {} },
			{ slug: "b", schema: "s", data: { x: "é" } },
		]);
		expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
			"POST /api/v1/admin/projects/demo/exports",
			"GET /api/v1/admin/projects/demo/exports/exp_1",
			"GET /api/v1/admin/projects/demo/exports/exp_1",
			"GET /api/v1/admin/projects/demo/exports/exp_1/download",
			"GET /api/v1/admin/projects/demo/exports/exp_1/download",
		]);
	});
});

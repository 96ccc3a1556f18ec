import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { SLOW_REQUEST_MS } from "../src/middleware/request-context";
import { call, createProject, expectProblem } from "./helpers";

afterEach(() => vi.restoreAllMocks());

describe("every error is an RFC 9457 problem", () => {
	it("answers an unknown route with 404 not_found", async () => {
		expectProblem(await call("GET", "/api/v1/nope"), 404, "not_found");
		expectProblem(await call("GET", "/"), 404, "not_found");
	});

	it("answers a known path with the wrong method with 405 and Allow", async () => {
		const res = await call("DELETE", "/api/v1/admin/projects");
		expectProblem(res, 405, "method_not_allowed");
		expect(res.headers.get("Allow")).toBe("GET, HEAD, POST");
		const put = await call("PATCH", "/api/v1/admin/projects/acme/schemas/article");
		expect(put.headers.get("Allow")).toBe("GET, HEAD, PUT");
	});

	it("lets a fixed path win over a template: GET …/snapshots/regenerate is 405 Allow: POST", async () => {
		await createProject("fixed");
		const path = "/api/v1/admin/projects/fixed/snapshots/regenerate";
		for (const method of ["GET", "HEAD", "OPTIONS", "DELETE"]) {
			const res = await call(method, path);
			expect(res.status, method).toBe(405);
			expect(res.headers.get("Allow"), method).toBe("POST");
		}
		expectProblem(await call("GET", path), 405, "method_not_allowed");
		// The template still serves every other id.
		expectProblem(
			await call("GET", "/api/v1/admin/projects/fixed/snapshots/snap_0000000000000000000000AB"),
			404,
			"snapshot_not_found",
		);
	});

	it("answers malformed JSON with 400 malformed_json", async () => {
		const res = await call("POST", "/api/v1/admin/projects", {
			raw: '{"id": "x",',
			headers: { "Content-Type": "application/json" },
		});
		expectProblem(res, 400, "malformed_json");
	});

	it("answers a body over 1 MiB with 413, with or without Content-Length", async () => {
		const big = JSON.stringify({ id: "big", name: "x".repeat(1024 * 1024) });
		const res = await call("POST", "/api/v1/admin/projects", {
			raw: big,
			headers: { "Content-Type": "application/json" },
		});
		expectProblem(res, 413, "payload_too_large");
		const stream = new Blob([big]).stream();
		const chunked = await call("POST", "/api/v1/admin/projects", {
			raw: stream,
			headers: { "Content-Type": "application/json" },
		});
		expectProblem(chunked, 413, "payload_too_large");
	});

	it("answers a non-JSON body with 415", async () => {
		const res = await call("POST", "/api/v1/admin/projects", {
			raw: "id=x&name=y",
			headers: { "Content-Type": "application/x-www-form-urlencoded" },
		});
		expectProblem(res, 415, "unsupported_media_type");
		const none = await call("POST", "/api/v1/admin/projects", { raw: '{"id":"x","name":"y"}' });
		expectProblem(none, 415, "unsupported_media_type");
	});

	it("answers an empty body labelled as another media type with 415 unsupported_media_type", async () => {
		// The router's own media-type gate refuses it (the body check lets an empty body by); its 415
		// carries the code a 415 is documented with, not bad_request (a 400).
		const res = await call("POST", "/api/v1/admin/projects", {
			raw: "",
			headers: { "Content-Type": "text/plain" },
		});
		expectProblem(res, 415, "unsupported_media_type");
	});

	it("answers invalid fields with 422 and a JSON Pointer for each", async () => {
		const res = await call("POST", "/api/v1/admin/projects", { body: { id: "Not Valid!", extra: 1 } });
		const problem = expectProblem(res, 422, "validation_failed");
		const pointers = problem.errors.map((e: { pointer: string }) => e.pointer).sort();
		expect(pointers).toEqual(["", "/id", "/name"]);
		for (const e of problem.errors)
			expect(e).toMatchObject({ message: expect.any(String), code: expect.any(String) });
	});

	it("reads an empty JSON body as {}: absent when optional, field errors when required", async () => {
		const project = await createProject();
		const json = { "Content-Type": "application/json" };
		const optional = await call("POST", `/api/v1/admin/projects/${project}/snapshots/regenerate`, {
			raw: "",
			headers: json,
		});
		expect(optional.status, optional.text).toBe(202);
		const required = await call("PUT", `/api/v1/admin/projects/${project}/schemas/s`, {
			raw: "",
			headers: json,
		});
		expect(expectProblem(required, 422, "validation_failed").errors).toEqual([
			expect.objectContaining({ pointer: "/json_schema" }),
		]);
	});

	it("names the query parameter of an invalid query", async () => {
		const res = await call("GET", "/api/v1/admin/projects?limit=0");
		const problem = expectProblem(res, 422, "validation_failed");
		expect(problem.errors).toEqual([expect.objectContaining({ parameter: "limit" })]);
		expectProblem(await call("GET", "/api/v1/admin/projects?cursor=%%%"), 400, "invalid_cursor");
	});

	it("answers an unexpected failure with 500, no stack, and logs it under the request id", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		await env.DB.exec("ALTER TABLE projects RENAME TO projects_away");
		try {
			const res = await call("GET", "/api/v1/admin/projects", { headers: { "X-Request-Id": "trace-500" } });
			const problem = expectProblem(res, 500, "internal_error");
			expect(problem.detail).not.toMatch(/projects|sqlite|D1/i);
			const logged = errors.mock.calls.map((args) => JSON.parse(String(args[0])));
			expect(logged).toContainEqual(
				expect.objectContaining({
					msg: "unhandled error",
					request_id: "trace-500",
					stack: expect.any(String),
				}),
			);
		} finally {
			await env.DB.exec("ALTER TABLE projects_away RENAME TO projects");
		}
	});
});

describe("request ids and logs", () => {
	it("echoes a sane X-Request-Id and replaces an insane one", async () => {
		const echoed = await call("GET", "/api/v1/health", { headers: { "X-Request-Id": "abc-123" } });
		expect(echoed.headers.get("X-Request-Id")).toBe("abc-123");
		const replaced = await call("GET", "/api/v1/health", { headers: { "X-Request-Id": "<script>" } });
		expect(replaced.headers.get("X-Request-Id")).toMatch(/^req_[0-9A-Za-z]{20}$/);
		const generated = await call("GET", "/api/v1/nope");
		expect(generated.headers.get("X-Request-Id")).toBe(generated.json.request_id);
	});

	it("writes one JSON line per request with the route pattern and no secret", async () => {
		const logs = vi.spyOn(console, "log").mockImplementation(() => {});
		await call("GET", "/api/v1/admin/projects?limit=1", { headers: { "X-Request-Id": "log-1" } });
		const lines = logs.mock.calls.map((args) => String(args[0]));
		const entries = lines.map((l) => JSON.parse(l)).filter((e) => e.request_id === "log-1");
		expect(entries).toHaveLength(1);
		expect(entries[0]).toEqual({
			level: "info",
			msg: "request",
			method: "GET",
			route: "/api/v1/admin/projects",
			status: 200,
			duration_ms: expect.any(Number),
			key_id: "root",
			request_id: "log-1",
		});
		expect(lines.join("\n")).not.toContain(env.FOLIO_ADMIN_TOKEN);
	});

	it("with FOLIO_ACCESS_LOG=false (the shipped default) logs only failures and slow requests", async () => {
		const logs = vi.spyOn(console, "log").mockImplementation(() => {});
		vi.spyOn(console, "error").mockImplementation(() => {});
		const quiet = { ...env, FOLIO_ACCESS_LOG: "false" };
		const send = async (id: string) => {
			const request = new Request("http://folio.test/api/v1/admin/projects", {
				headers: { Authorization: `Bearer ${env.FOLIO_ADMIN_TOKEN}`, "X-Request-Id": id },
			});
			const ctx = createExecutionContext();
			const response = await worker.fetch(request, quiet, ctx);
			await waitOnExecutionContext(ctx);
			return response.status;
		};
		expect(await send("quiet-ok")).toBe(200);
		await env.DB.exec("ALTER TABLE projects RENAME TO projects_away");
		try {
			expect(await send("quiet-fail")).toBe(500);
		} finally {
			await env.DB.exec("ALTER TABLE projects_away RENAME TO projects");
		}
		// A clock that moves SLOW_REQUEST_MS at every look makes the next request a slow one.
		let clock = Date.now();
		const now = vi.spyOn(Date, "now").mockImplementation(() => (clock += SLOW_REQUEST_MS));
		try {
			expect(await send("quiet-slow")).toBe(200);
		} finally {
			now.mockRestore();
		}
		const entries = logs.mock.calls.map((args) => JSON.parse(String(args[0])));
		const ids = entries.map((e) => e.request_id);
		expect(ids).not.toContain("quiet-ok");
		expect(ids).toContain("quiet-fail");
		expect(entries.find((e) => e.request_id === "quiet-slow")).toMatchObject({ status: 200, slow: true });
	});
});

describe("health", () => {
	it("reports D1 reachability without auth", async () => {
		const res = await call("GET", "/api/v1/health", { token: null });
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({ status: "ok", d1: "ok" });
	});
});

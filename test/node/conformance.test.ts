// The conformance check (test/conformance.ts) must catch what it claims to: each case below is an
// answer that departs from the served document in one way, and one that does not.
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { Conformance, report } from "../conformance";

let doc: any;
beforeAll(async () => {
	doc = await (await createApp().request("/api/v1/openapi.json", {}, { DB: {} })).json();
});

const json = { "Content-Type": "application/json", "X-Request-Id": "r" };
const problemJson = { "Content-Type": "application/problem+json", "X-Request-Id": "r" };
const problem = JSON.stringify({
	type: "about:blank",
	title: "Not found",
	status: 404,
	code: "project_not_found",
	detail: "No.",
	request_id: "r",
});

describe("the conformance check", () => {
	it("lets a documented answer through", () => {
		const c = new Conformance(doc);
		const health = { status: "ok", d1: "ok", config: "ok", time: "2026-12-01T00:00:00Z" };
		c.check({
			method: "GET",
			path: "/api/v1/health",
			status: 200,
			headers: new Headers(json),
			body: JSON.stringify(health),
		});
		c.check({
			method: "GET",
			path: "/api/v1/admin/projects/p/keys",
			status: 404,
			headers: new Headers(problemJson),
			body: problem,
		});
		expect(report(c.violations)).toBe("");
	});

	it("names an undocumented status, a body off its schema, an undocumented content type and header", () => {
		const c = new Conformance(doc);
		const health = { status: "ok", d1: "ok", config: "ok", time: "2026-12-01T00:00:00Z" };
		c.check({ method: "GET", path: "/api/v1/health", status: 418, headers: new Headers(json), body: "{}" });
		c.check({
			method: "GET",
			path: "/api/v1/health",
			status: 200,
			headers: new Headers(json),
			body: JSON.stringify({ ...health, status: "bad" }),
		});
		c.check({
			method: "GET",
			path: "/api/v1/admin/projects/p/keys",
			status: 404,
			headers: new Headers({ "Content-Type": "text/html" }),
			body: "<p>",
		});
		c.check({
			method: "GET",
			path: "/api/v1/admin/projects/p/keys",
			status: 401,
			headers: new Headers({ ...problemJson, RateLimit: '"write";r=1;t=1' }),
			body: problem,
		});
		const text = report(c.violations);
		expect(text).toContain("GET /api/v1/health 418\n  status 418 is not documented");
		expect(text).toMatch(/GET \/api\/v1\/health 200\n {2}the body does not match its schema: .*\/status/);
		expect(text).toContain('content type "text/html" is not documented');
		expect(text).toContain(
			"GET /api/v1/admin/projects/{project}/keys 401\n  header ratelimit is sent but not documented",
		);
	});

	it("resolves a fixed path before a template and groups repeats", () => {
		const c = new Conformance(doc);
		expect(c.operationFor("POST", "/api/v1/admin/projects/p/snapshots/regenerate?x=1")?.template).toBe(
			"/api/v1/admin/projects/{project}/snapshots/regenerate",
		);
		expect(c.operationFor("GET", "/api/v1/admin/projects/p/snapshots/s1")?.template).toBe(
			"/api/v1/admin/projects/{project}/snapshots/{snapshot}",
		);
		for (let i = 0; i < 2; i++)
			c.check({ method: "GET", path: "/api/v1/health", status: 418, headers: new Headers(json), body: "{}" });
		expect(report(c.violations)).toBe("GET /api/v1/health 418\n  status 418 is not documented (×2)");
	});

	it("reads ETag from a 304 only where the document names it", () => {
		const c = new Conformance(doc);
		const headers = new Headers({
			ETag: '"1"',
			"X-Request-Id": "r",
			RateLimit: "x",
			"RateLimit-Policy": "y",
		});
		c.check({ method: "GET", path: "/api/v1/admin/projects/p/entities/e", status: 304, headers, body: "" });
		c.check({ method: "GET", path: "/api/v1/projects/p/snapshots/latest", status: 304, headers, body: "" });
		expect(report(c.violations)).toBe("");
	});
});

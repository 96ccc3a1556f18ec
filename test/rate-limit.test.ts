import { createExecutionContext, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { KeyState } from "../src/durable-objects/key-state";
import { ProjectParams } from "../src/lib/params";
import type { AppEnv, BucketName } from "../src/lib/types";
import { requestContext } from "../src/middleware/request-context";
import { defineRoute, jsonContent } from "../src/openapi/define-route";
import { call, createKey, createProject, expectProblem } from "./helpers";

let project: string;
const schemas = () => `/api/v1/admin/projects/${project}/schemas`;
const slow = (burst: number, perSecond: number) => ({ burst, per_second: perSecond });

beforeAll(async () => {
	project = await createProject();
});

describe("per-key rate limits", () => {
	it("admit exactly the burst out of 50 concurrent writes and refuse the rest with quota-exceeded", async () => {
		const { key } = await createKey(project, {
			scopes: ["schema.manage"],
			rate_limit: { write: slow(10, 0.1), read: slow(500, 100) },
		});
		const results = await Promise.all(
			Array.from({ length: 50 }, () => call("GET", schemas(), { token: key })),
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(10);
		expect(statuses.filter((s) => s === 429)).toHaveLength(40);
		const refused = results.find((r) => r.status === 429);
		if (!refused) throw new Error("no 429");
		const problem = expectProblem(refused, 429, "rate_limited");
		expect(problem.type).toBe("https://iana.org/assignments/http-problem-types#quota-exceeded");
		expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
		expect(refused.headers.get("RateLimit")).toMatch(/^"write";r=0;t=\d+$/);
	});

	it("stay exact for a bucket large enough to be leased to the isolate in blocks", async () => {
		const { key } = await createKey(project, {
			scopes: ["schema.manage"],
			rate_limit: { write: slow(50, 0.01) },
		});
		const results = await Promise.all(
			Array.from({ length: 80 }, () => call("GET", schemas(), { token: key })),
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(50);
		expect(statuses.filter((s) => s === 429)).toHaveLength(30);
	});

	it("describe the bucket in RateLimit-Policy and RateLimit on every key response, errors included", async () => {
		const { key } = await createKey(project, {
			scopes: ["schema.manage"],
			rate_limit: { write: slow(50, 10), read: slow(20, 2) },
		});
		const first = await call("GET", schemas(), { token: key });
		expect(first.headers.get("RateLimit-Policy")).toBe('"write";q=50;w=5');
		expect(first.headers.get("RateLimit")).toBe('"write";r=49;t=1');
		const second = await call("GET", schemas(), { token: key });
		expect(second.headers.get("RateLimit")).toMatch(/^"write";r=48;t=1$/);

		const forbidden = await call("GET", `/api/v1/admin/projects/${project}/entities`, { token: key });
		expectProblem(forbidden, 403, "missing_scope");
		expect(forbidden.headers.get("RateLimit")).toMatch(/^"write";r=47;/);

		const read = await call("GET", `/api/v1/projects/${project}/snapshots/latest`, { token: key });
		expect(read.headers.get("RateLimit-Policy")).toBe('"read";q=20;w=10');
		expect(read.headers.get("RateLimit")).toMatch(/^"read";r=19;t=1$/);
	});

	it("spend the read bucket on the read API, independently of the write bucket", async () => {
		const { key } = await createKey(project, {
			scopes: ["content.read", "schema.manage"],
			rate_limit: { read: slow(1, 0.01), write: slow(5, 0.01) },
		});
		const read = `/api/v1/projects/${project}/snapshots/latest`;
		expectProblem(await call("GET", read, { token: key }), 404, "snapshot_not_found");
		const refused = await call("GET", read, { token: key });
		expectProblem(refused, 429, "rate_limited");
		expect(refused.headers.get("RateLimit")).toMatch(/^"read";r=0;/);
		expect((await call("GET", schemas(), { token: key })).status).toBe(200);
	});

	it("spend from the bucket the route declares, whatever its path", async () => {
		const probe = new OpenAPIHono<AppEnv>();
		probe.use(requestContext());
		const mount = (path: string, bucket?: BucketName) =>
			probe.openapi(
				defineRoute(
					{ scope: "content.read", bucket },
					{
						method: "get",
						path,
						request: { params: ProjectParams },
						responses: { 200: jsonContent(z.object({ ok: z.boolean() }), "Probed.") },
					},
				),
				(c) => c.json({ ok: true }, 200),
			);
		mount("/api/v1/admin/projects/{project}/probe-read", "read");
		mount("/api/v1/projects/{project}/probe-write");
		const { key } = await createKey(project, { scopes: ["content.read"] });
		const get = async (path: string) => {
			const request = new Request(`http://folio.test${path}`, {
				headers: { Authorization: `Bearer ${key}` },
			});
			const res = await probe.fetch(request, env, createExecutionContext());
			expect(res.status).toBe(200);
			return res.headers.get("RateLimit-Policy");
		};
		expect(await get(`/api/v1/admin/projects/${project}/probe-read`)).toMatch(/^"read";/);
		expect(await get(`/api/v1/projects/${project}/probe-write`)).toMatch(/^"write";/);
	});

	it("take the defaults from FOLIO_RATE_READ / FOLIO_RATE_WRITE when a key has no override", async () => {
		const { key } = await createKey(project, { scopes: ["schema.manage"] });
		const res = await call("GET", schemas(), { token: key });
		const [burst, perSecond] = env.FOLIO_RATE_WRITE.split("/").map(Number);
		expect(res.headers.get("RateLimit-Policy")).toBe(
			`"write";q=${burst};w=${Math.ceil((burst as number) / (perSecond as number))}`,
		);
	});

	it("let a client that waits Retry-After seconds through", async () => {
		const { key } = await createKey(project, {
			scopes: ["schema.manage"],
			rate_limit: { write: slow(1, 2) },
		});
		expect((await call("GET", schemas(), { token: key })).status).toBe(200);
		const refused = await call("GET", schemas(), { token: key });
		expect(refused.status).toBe(429);
		const wait = Number(refused.headers.get("Retry-After"));
		expect(wait).toBe(1);
		// The worker and the key's Durable Object read this isolate's clock: move it instead of sleeping.
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + wait * 1000);
		try {
			expect((await call("GET", schemas(), { token: key })).status).toBe(200);
		} finally {
			vi.useRealTimers();
		}
	});

	it("keep their state in the object's storage, so a new instance (after eviction) sees it", async () => {
		const { id, key } = await createKey(project, {
			scopes: ["schema.manage"],
			rate_limit: { write: slow(2, 0.01) },
		});
		expect((await call("GET", schemas(), { token: key })).status).toBe(200);
		expect((await call("GET", schemas(), { token: key })).status).toBe(200);
		const stub = env.KEY_STATE.get(env.KEY_STATE.idFromName(id));
		const admission = await runInDurableObject(stub, (_instance, state) =>
			new KeyState(state, env).admit({ name: "write", burst: 2, perSecond: 0.01 }),
		);
		expect(admission).toMatchObject({ allowed: false, remaining: 0 });
	});

	it("never limit the root token, which carries no rate-limit headers", async () => {
		const results = await Promise.all(Array.from({ length: 30 }, () => call("GET", schemas())));
		expect(results.every((r) => r.status === 200)).toBe(true);
		expect(results[0]?.headers.get("RateLimit")).toBeNull();
	});
});

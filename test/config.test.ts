import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { consumeBuilds } from "../src/queues/builds-consumer";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { call, createProject, expectProblem, recordingBatch } from "./helpers";
import {
	createWebhook,
	deliveryMessage,
	deliveryRow,
	mockOutboundFetch,
	receiver,
	seedDelivery,
} from "./webhook-helpers";

afterEach(() => vi.restoreAllMocks());
beforeAll(() => mockOutboundFetch());

/** A request through the worker's fetch with its own environment, read like call()'s results. */
async function send(
	vars: Record<string, unknown>,
	path: string,
	token: string | null = env.FOLIO_ADMIN_TOKEN,
) {
	const headers = new Headers(token ? { Authorization: `Bearer ${token}` } : {});
	const ctx = createExecutionContext();
	const response = await worker.fetch(
		new Request(`http://folio.test${path}`, { headers }),
		{ ...env, ...vars },
		ctx,
	);
	await waitOnExecutionContext(ctx);
	const text = await response.text();
	return { status: response.status, headers: response.headers, json: JSON.parse(text), text };
}

// One bad value of each kind, and the words its detail must use.
const BAD: [string, string, RegExp][] = [
	["FOLIO_RATE_READ", "fast", /FOLIO_RATE_READ must be "<burst>\/<per_second>"/],
	["FOLIO_RATE_WRITE", "0/10", /FOLIO_RATE_WRITE must be "<burst>\/<per_second>"/],
	["FOLIO_WEBHOOK_RETRY_SCHEDULE", "5,ten,60", /FOLIO_WEBHOOK_RETRY_SCHEDULE must be whole numbers/],
	["FOLIO_RATE_LIMITS", "of", /FOLIO_RATE_LIMITS must be "on" or "off"/],
	["FOLIO_ACCESS_LOG", "no", /FOLIO_ACCESS_LOG must be "true" or "false"/],
	["FOLIO_READ_CACHE", "yes", /FOLIO_READ_CACHE must be "on" or "off"/],
	["FOLIO_WEBHOOK_ALLOW_LOCALHOST", "yes", /FOLIO_WEBHOOK_ALLOW_LOCALHOST must be "true" or "false"/],
	["FOLIO_SIGNATURE_TOLERANCE", "-5", /FOLIO_SIGNATURE_TOLERANCE must be a number of seconds above 0/],
	["FOLIO_SNAPSHOT_CHUNK_SIZE", "20000", /FOLIO_SNAPSHOT_CHUNK_SIZE must be a whole number from 1 to 10000/],
	["FOLIO_WEBHOOK_DNS_URL", "cloudflare-dns.com", /FOLIO_WEBHOOK_DNS_URL must be an http\(s\) URL/],
	["FOLIO_IDEMPOTENCY_WAIT_MS", "5s", /FOLIO_IDEMPOTENCY_WAIT_MS must be a whole number of milliseconds/],
	["FOLIO_RECOVERY_INTERVAL", "90", /FOLIO_RECOVERY_INTERVAL must be a whole number of seconds from 0 to 60/],
];

describe("a bad configuration value fails loudly", () => {
	it.each(BAD)(
		"%s=%s: operations answer 503 misconfigured naming the variable, not its value",
		async (name, value, says) => {
			vi.spyOn(console, "error").mockImplementation(() => {});
			vi.spyOn(console, "log").mockImplementation(() => {});
			const body = expectProblem(
				await send({ [name]: value }, "/api/v1/admin/projects"),
				503,
				"misconfigured",
			);
			expect(body.detail).toMatch(says);
			expect(body.detail).not.toContain(`${value}.`);
			expect(body.detail).not.toContain(env.FOLIO_ADMIN_TOKEN);
			// Before the key is looked at: an anonymous caller gets the same answer, not a 401.
			expectProblem(await send({ [name]: value }, "/api/v1/admin/projects", null), 503, "misconfigured");
		},
	);

	it("names every bad variable at once, and logs the problem once per environment", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		vi.spyOn(console, "log").mockImplementation(() => {});
		const bad = { ...env, FOLIO_RATE_READ: "x", FOLIO_SNAPSHOT_CHUNK_SIZE: "0" };
		for (let i = 0; i < 3; i++) {
			const ctx = createExecutionContext();
			const res = await worker.fetch(new Request("http://folio.test/api/v1/admin/projects"), bad, ctx);
			await waitOnExecutionContext(ctx);
			const problem = await res.json<{ code: string; detail: string }>();
			expect(problem.code).toBe("misconfigured");
			expect(problem.detail).toContain("FOLIO_RATE_READ must be");
			expect(problem.detail).toContain("FOLIO_SNAPSHOT_CHUNK_SIZE must be");
		}
		const lines = errors.mock.calls.map((args) => JSON.parse(String(args[0])));
		expect(lines.filter((l) => l.msg === "invalid configuration")).toEqual([
			{
				level: "error",
				msg: "invalid configuration",
				problems: [
					'FOLIO_RATE_READ must be "<burst>/<per_second>", burst at least 1 and per_second above 0',
					"FOLIO_SNAPSHOT_CHUNK_SIZE must be a whole number from 1 to 10000",
				],
			},
		]);
	});

	it("still serves the OpenAPI document, which documents the 503", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		const res = await send({ FOLIO_RATE_READ: "x" }, "/api/v1/openapi.json", null);
		expect(res.status).toBe(200);
		expect(res.json.paths["/api/v1/admin/projects"].get.responses["503"]).toBeDefined();
	});

	it("leaves deliveries for later with a backoff, attempting nothing", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		const project = await createProject();
		const hook = await createWebhook(
			project,
			receiver(() => new Response(null, { status: 200 })),
		);
		const { deliveryId } = await seedDelivery(project, hook.id);
		const { batch, acked, retried } = recordingBatch("folio-deliveries", [deliveryMessage(deliveryId)]);
		await consumeDeliveries(batch, { ...env, FOLIO_WEBHOOK_RETRY_SCHEDULE: "5,,60" });
		expect(acked).toEqual([]);
		expect(retried).toEqual([{ id: `m-${deliveryId}`, delaySeconds: 10 }]);
		expect(await deliveryRow(deliveryId)).toMatchObject({ state: "pending", attempts: 0 });
	});

	it("retries a snapshot build instead of building it with another chunk size", async () => {
		vi.spyOn(console, "log").mockImplementation(() => {});
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const message = { id: "b-1", attempts: 1, body: { v: 1, kind: "snapshot", snapshot_id: "snp_none" } };
		const { batch, acked, retried } = recordingBatch("folio-builds", [message]);
		await consumeBuilds(batch, { ...env, FOLIO_SNAPSHOT_CHUNK_SIZE: "lots" });
		expect(acked).toEqual([]);
		expect(retried).toEqual([{ id: "b-1", delaySeconds: 5 }]);
		const failed = errors.mock.calls
			.map((args) => JSON.parse(String(args[0])))
			.find((l) => l.id === "snp_none");
		expect(failed?.error).toContain("FOLIO_SNAPSHOT_CHUNK_SIZE must be a whole number from 1 to 10000");
	});
});

describe("good values", () => {
	it("blank values take their defaults, as before", async () => {
		const res = await send(
			{ FOLIO_RATE_LIMITS: "", FOLIO_ACCESS_LOG: " " },
			"/api/v1/admin/projects?limit=1",
		);
		expect(res.status).toBe(200);
	});
});

describe("health", () => {
	it("reports D1 and the configuration without auth", async () => {
		const res = await call("GET", "/api/v1/health", { token: null });
		expect(res.status).toBe(200);
		expect(res.json).toEqual({ status: "ok", d1: "ok", config: "ok", time: expect.any(String) });
	});

	it("reports a bad configuration as a 503 service_unavailable problem that says which check failed", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		vi.spyOn(console, "log").mockImplementation(() => {});
		const res = await send({ FOLIO_WEBHOOK_RETRY_SCHEDULE: "5;300" }, "/api/v1/health", null);
		const body = expectProblem(res, 503, "service_unavailable");
		expect(body).toMatchObject({ d1: "ok", config: "invalid", time: expect.any(String) });
		expect(body.detail).toMatch(
			/^The service is misconfigured: FOLIO_WEBHOOK_RETRY_SCHEDULE must be whole numbers/,
		);
		expect(body.detail).not.toContain("5;300");
	});

	it("reports D1 not answering as a 503 service_unavailable problem", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		vi.spyOn(console, "log").mockImplementation(() => {});
		const down = {
			prepare: () => {
				throw new Error("D1_ERROR: Network connection lost.");
			},
		};
		const res = await send({ DB: down }, "/api/v1/health", null);
		const body = expectProblem(res, 503, "service_unavailable");
		expect(body).toMatchObject({ d1: "unreachable", config: "ok", detail: "D1 does not answer." });
		expect(res.text).not.toContain("Network connection lost");
	});
});

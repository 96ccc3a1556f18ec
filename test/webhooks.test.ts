import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { call, createKey, createProject, expectProblem } from "./helpers";
import {
	attemptRows,
	createWebhook,
	deliveryRow,
	endpointRow,
	mockOutboundFetch,
	receiver,
	requestsTo,
} from "./webhook-helpers";

let project: string;
const hooks = (p = project) => `/api/v1/admin/projects/${p}/webhooks`;
const ok = () => new Response(null, { status: 204 });

beforeAll(async () => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
	const schema = await call("PUT", `/api/v1/admin/projects/${project}/schemas/note`, {
		body: { json_schema: { type: "object" } },
	});
	expect(schema.status).toBeLessThan(300);
});

async function commit(slug: string, p = project) {
	const res = await call("PUT", `/api/v1/admin/projects/${p}/entities/${slug}`, {
		body: { schema: "note", data: { text: slug }, mode: "commit", message: "hello" },
	});
	expect(res.status, res.text).toBe(201);
}

const deliveriesOf = async (endpointId: string) =>
	(
		await env.DB.prepare("SELECT * FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY id")
			.bind(endpointId)
			.all<Record<string, any>>()
	).results;

async function settled(endpointId: string, count: number) {
	await vi.waitFor(
		async () => {
			const rows = await deliveriesOf(endpointId);
			expect(rows.filter((r) => r.state !== "pending")).toHaveLength(count);
		},
		{ timeout: 8000, interval: 100 },
	);
	return deliveriesOf(endpointId);
}

describe("webhook endpoints", () => {
	it("creates an endpoint, showing its secret once", async () => {
		const res = await call("POST", hooks(), {
			body: { url: receiver(ok), events: ["entity.committed", "entity.deleted"], description: "CMS" },
		});
		expect(res.status).toBe(201);
		expect(res.json).toMatchObject({
			id: expect.stringMatching(/^whk_/),
			secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
			enabled: true,
			events: ["entity.committed", "entity.deleted"],
			description: "CMS",
			disabled_reason: null,
			failing_since: null,
		});
		expect(res.headers.get("Location")).toBe(`${hooks()}/${res.json.id}`);

		const read = await call("GET", `${hooks()}/${res.json.id}`);
		expect(read.status).toBe(200);
		expect(read.json).not.toHaveProperty("secret");
		expect(read.text).not.toContain(res.json.secret);
		const list = await call("GET", `${hooks()}?limit=500`);
		expect(list.json.data.map((w: { id: string }) => w.id)).toContain(res.json.id);
		expect(list.text).not.toContain(res.json.secret);
	});

	it("pages the list newest first", async () => {
		const p = await createProject();
		const ids = [];
		for (let i = 0; i < 3; i++) ids.push((await createWebhook(p, receiver(ok))).id);
		const first = await call("GET", `${hooks(p)}?limit=2`);
		expect(first.json.data).toHaveLength(2);
		const second = await call("GET", `${hooks(p)}?limit=2&cursor=${first.json.next_cursor}`);
		expect(second.json.next_cursor).toBeNull();
		const listed = [...first.json.data, ...second.json.data];
		expect(listed.map((w: { id: string }) => w.id).sort()).toEqual(ids.sort());
		const times = listed.map((w: { created_at: string }) => w.created_at);
		expect(times).toEqual([...times].sort().reverse());
		expectProblem(await call("GET", `${hooks(p)}?cursor=nonsense`), 400, "invalid_cursor");
		expectProblem(await call("GET", `${hooks(p)}?limit=0`), 422, "validation_failed");
	});

	it("changes url, events, description and enabled; refuses an empty or invalid change", async () => {
		const hook = await createWebhook(project, receiver(ok));
		const url = receiver(ok);
		const res = await call("PATCH", `${hooks()}/${hook.id}`, {
			body: { url, events: ["snapshot.published"], description: null, enabled: false },
		});
		expect(res.status, res.text).toBe(200);
		expect(res.json).toMatchObject({
			url,
			events: ["snapshot.published"],
			description: null,
			enabled: false,
			disabled_reason: "Disabled by an administrator.",
		});
		const enabled = await call("PATCH", `${hooks()}/${hook.id}`, { body: { enabled: true } });
		expect(enabled.json).toMatchObject({ enabled: true, disabled_reason: null, url });

		expectProblem(await call("PATCH", `${hooks()}/${hook.id}`, { body: {} }), 422, "validation_failed");
		const bad = expectProblem(
			await call("PATCH", `${hooks()}/${hook.id}`, { body: { url: "http://example.com/hook" } }),
			422,
			"validation_failed",
		);
		expect(bad.errors).toEqual([expect.objectContaining({ pointer: "/url", code: "webhook_url_forbidden" })]);
		expect((await endpointRow(hook.id))?.url).toBe(url);
		expectProblem(
			await call("PATCH", `${hooks()}/whk_missing`, { body: { enabled: true } }),
			404,
			"not_found",
		);
	});

	it("refuses URLs that are not https on the public internet, and bad event lists", async () => {
		for (const url of [
			"http://example.com/hook",
			"https://10.254.0.0/hook",
			"https://[::ffff:127.0.0.1]/hook",
			"https://localhost:8443/hook",
			"https://user:pass@example.com/hook",
			"https://intranet/hook",
			"ftp://example.com/hook",
			"not a url",
		]) {
			const res = await call("POST", hooks(), { body: { url, events: ["*"] } });
			const problem = expectProblem(res, 422, "validation_failed");
			expect(problem.errors, url).toEqual([expect.objectContaining({ pointer: "/url" })]);
		}
		for (const events of [
			[],
			["*", "entity.committed"],
			["entity.created"],
			["webhook.test"],
			["entity.deleted", "entity.deleted"],
		]) {
			const res = await call("POST", hooks(), { body: { url: receiver(ok), events } });
			expectProblem(res, 422, "validation_failed");
		}
		expectProblem(await call("POST", hooks(), { body: { url: receiver(ok) } }), 422, "validation_failed");
		expectProblem(
			await call("POST", hooks(), { body: { url: receiver(ok), events: ["*"], extra: 1 } }),
			422,
			"validation_failed",
		);
		expectProblem(
			await call("POST", hooks(), { raw: "{", headers: { "Content-Type": "application/json" } }),
			400,
			"malformed_json",
		);
	});

	it("limits a project to 20 endpoints", async () => {
		const p = await createProject();
		for (let i = 0; i < 20; i++) await createWebhook(p, receiver(ok));
		expectProblem(
			await call("POST", hooks(p), { body: { url: receiver(ok), events: ["*"] } }),
			409,
			"webhook_limit_reached",
		);
	});

	it("holds the 20-endpoint cap under 40 concurrent creations", async () => {
		const p = await createProject();
		const answers = await Promise.all(
			Array.from({ length: 40 }, () =>
				call("POST", hooks(p), { body: { url: receiver(ok), events: ["*"] } }),
			),
		);
		const created = answers.filter((a) => a.status === 201);
		expect(created).toHaveLength(20);
		for (const refused of answers.filter((a) => a.status !== 201)) {
			expectProblem(refused, 409, "webhook_limit_reached");
		}
		const rows = await env.DB.prepare(
			`SELECT (SELECT count(*) FROM webhook_endpoints WHERE project_id = ?1) AS endpoints,
			(SELECT count(*) FROM webhook_secrets s JOIN webhook_endpoints e ON e.id = s.endpoint_id
				WHERE e.project_id = ?1) AS secrets, (SELECT count(*) FROM webhook_secrets
				WHERE endpoint_id NOT IN (SELECT id FROM webhook_endpoints)) AS orphans`,
		)
			.bind(p)
			.first();
		expect(rows).toEqual({ endpoints: 20, secrets: 20, orphans: 0 });
	});

	it("deletes an endpoint with its deliveries", async () => {
		const hook = await createWebhook(project, receiver(ok));
		const test = await call("POST", `${hooks()}/${hook.id}/test`);
		expect(test.status).toBe(202);
		const res = await call("DELETE", `${hooks()}/${hook.id}`);
		expect(res.status).toBe(204);
		expect(res.text).toBe("");
		expectProblem(await call("GET", `${hooks()}/${hook.id}`), 404, "not_found");
		expectProblem(await call("DELETE", `${hooks()}/${hook.id}`), 404, "not_found");
		expect(await deliveryRow(test.json.id)).toBeNull();
	});

	it("answers 404 for another project's endpoint and an unknown project", async () => {
		const other = await createProject();
		const foreign = await createWebhook(other, receiver(ok));
		expectProblem(await call("GET", `${hooks()}/${foreign.id}`), 404, "not_found");
		expectProblem(await call("GET", hooks("no-such-project")), 404, "project_not_found");
	});

	it("lets a webhook.manage key in, and rate-limits it like any key", async () => {
		const { key } = await createKey(project, {
			scopes: ["webhook.manage"],
			rate_limit: { write: { burst: 2, per_second: 0.01 } },
		});
		expect((await call("GET", hooks(), { token: key })).status).toBe(200);
		expect((await call("GET", hooks(), { token: key })).status).toBe(200);
		const limited = await call("GET", hooks(), { token: key });
		expectProblem(limited, 429, "rate_limited");
		expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
	});
});

describe("fan-out and delivery", () => {
	it("delivers each event once to every enabled endpoint subscribed to its type", async () => {
		const p = await createProject();
		await call("PUT", `/api/v1/admin/projects/${p}/schemas/note`, {
			body: { json_schema: { type: "object" } },
		});
		const all = await createWebhook(p, receiver(ok), ["*"]);
		const committed = await createWebhook(p, receiver(ok), ["entity.committed"]);
		const deletions = await createWebhook(p, receiver(ok), ["entity.deleted"]);
		const disabled = await createWebhook(p, receiver(ok), ["*"]);
		await call("PATCH", `${hooks(p)}/${disabled.id}`, { body: { enabled: false } });
		const stranger = await createWebhook(project, receiver(ok), ["*"]);

		await commit("fan-1", p);
		await commit("fan-2", p);
		const rows = await settled(all.id, 2);
		expect(rows.map((r) => [r.event_type, r.state, r.attempts])).toEqual([
			["entity.committed", "succeeded", 1],
			["entity.committed", "succeeded", 1],
		]);
		expect(await settled(committed.id, 2)).toHaveLength(2);
		expect(await deliveriesOf(deletions.id)).toEqual([]);
		expect(await deliveriesOf(disabled.id)).toEqual([]);
		expect(await deliveriesOf(stranger.id)).toEqual([]);

		// Each receiver got each event once, signed with its own secret.
		const [request] = requestsTo(all.url);
		expect(requestsTo(all.url)).toHaveLength(2);
		const event = new Webhook(all.secret).verify(
			request?.body as string,
			request?.headers as Record<string, string>,
		);
		expect(event).toMatchObject({
			id: expect.stringMatching(/^evt_/),
			type: "entity.committed",
			project: p,
			timestamp: expect.any(String),
			data: {
				entity: { slug: expect.stringMatching(/^fan-/), schema: "note", revision: 1, message: "hello" },
			},
		});
		expect(() =>
			new Webhook(committed.secret).verify(
				request?.body as string,
				request?.headers as Record<string, string>,
			),
		).toThrow();
		const ids = new Set(requestsTo(committed.url).map((r) => r.headers["webhook-id"]));
		expect(ids.size).toBe(2);
	});

	it("signs with both secrets during a rotation, and either verifies", async () => {
		const hook = await createWebhook(project, receiver(ok));
		const rotated = await call("POST", `${hooks()}/${hook.id}/rotate-secret`);
		expect(rotated.status).toBe(200);
		expect(rotated.json.secret).toMatch(/^whsec_/);
		expect(rotated.json.secret).not.toBe(hook.secret);
		const overlap = Date.parse(rotated.json.previous_expires_at) - Date.now();
		expect(overlap).toBeGreaterThan(23.9 * 3600_000);
		expect(overlap).toBeLessThanOrEqual(24 * 3600_000);

		const test = await call("POST", `${hooks()}/${hook.id}/test`);
		expect(test.status).toBe(202);
		expect(test.headers.get("Location")).toBe(`${hooks()}/${hook.id}/deliveries/${test.json.id}`);
		expect(test.json).toMatchObject({ event_type: "webhook.test", state: "pending", attempts: [] });
		await settled(hook.id, 1);
		const [request] = requestsTo(hook.url);
		expect(request?.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
		for (const secret of [hook.secret, rotated.json.secret]) {
			expect(
				new Webhook(secret).verify(request?.body as string, request?.headers as Record<string, string>),
			).toMatchObject({
				type: "webhook.test",
				data: { webhook: { id: hook.id } },
			});
		}

		// Once the old secret has ended, only the new one signs.
		await env.DB.prepare(
			"UPDATE webhook_secrets SET expires_at = ? WHERE endpoint_id = ? AND expires_at IS NOT NULL",
		)
			.bind(new Date(Date.now() - 1000).toISOString(), hook.id)
			.run();
		await call("POST", `${hooks()}/${hook.id}/test`);
		await settled(hook.id, 2);
		const later = requestsTo(hook.url)[1];
		expect(later?.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
		expect(() =>
			new Webhook(hook.secret).verify(later?.body as string, later?.headers as Record<string, string>),
		).toThrow();
		new Webhook(rotated.json.secret).verify(later?.body as string, later?.headers as Record<string, string>);
	});

	it("refuses to test or redeliver to a disabled endpoint", async () => {
		const hook = await createWebhook(project, receiver(ok));
		const test = await call("POST", `${hooks()}/${hook.id}/test`);
		await settled(hook.id, 1);
		await call("PATCH", `${hooks()}/${hook.id}`, { body: { enabled: false } });
		expectProblem(await call("POST", `${hooks()}/${hook.id}/test`), 409, "webhook_disabled");
		expectProblem(
			await call("POST", `${hooks()}/${hook.id}/deliveries/${test.json.id}/redeliver`),
			409,
			"webhook_disabled",
		);
		expectProblem(await call("POST", `${hooks()}/whk_missing/test`), 404, "not_found");
	});
});

describe("delivery log, redelivery and notifications", () => {
	it("lists an endpoint's deliveries with their attempts, filtered by state and paged", async () => {
		let status = 500;
		const hook = await createWebhook(
			project,
			receiver(() => new Response("nope", { status })),
		);
		const first = await call("POST", `${hooks()}/${hook.id}/test`);
		await vi.waitFor(async () => expect((await attemptRows(first.json.id))[0]?.status_code).toBe(500), {
			timeout: 8000,
		});
		status = 200;
		const second = await call("POST", `${hooks()}/${hook.id}/test`);
		await vi.waitFor(async () => expect((await deliveryRow(second.json.id))?.state).toBe("succeeded"), {
			timeout: 8000,
		});

		const log = await call("GET", `${hooks()}/${hook.id}/deliveries`);
		expect(log.status).toBe(200);
		expect(log.json.data.map((d: { id: string }) => d.id)).toEqual([second.json.id, first.json.id]);
		expect(log.json.data[1]).toMatchObject({
			state: "pending",
			next_attempt_at: expect.any(String),
			last_error: "The receiver answered 500.",
			attempts: [
				{
					number: 1,
					status_code: 500,
					duration_ms: expect.any(Number),
					error: "The receiver answered 500.",
					response: "nope",
					attempted_at: expect.any(String),
				},
			],
		});
		const pending = await call("GET", `${hooks()}/${hook.id}/deliveries?state=pending`);
		expect(pending.json.data.map((d: { id: string }) => d.id)).toEqual([first.json.id]);
		const paged = await call("GET", `${hooks()}/${hook.id}/deliveries?limit=1`);
		expect(paged.json.data).toHaveLength(1);
		const rest = await call(
			"GET",
			`${hooks()}/${hook.id}/deliveries?limit=1&cursor=${paged.json.next_cursor}`,
		);
		expect(rest.json).toMatchObject({ data: [{ id: first.json.id }], next_cursor: null });
		expectProblem(await call("GET", `${hooks()}/${hook.id}/deliveries?state=lost`), 422, "validation_failed");
		expectProblem(await call("GET", `${hooks()}/whk_missing/deliveries`), 404, "not_found");

		const one = await call("GET", `${hooks()}/${hook.id}/deliveries/${second.json.id}`);
		expect(one.json).toMatchObject({
			id: second.json.id,
			state: "succeeded",
			attempts: [{ status_code: 200 }],
		});
		expectProblem(await call("GET", `${hooks()}/${hook.id}/deliveries/msg_missing`), 404, "not_found");
	});

	it("redelivers with the same webhook-id as a new attempt, by either route", async () => {
		const hook = await createWebhook(project, receiver(ok));
		const test = await call("POST", `${hooks()}/${hook.id}/test`);
		await settled(hook.id, 1);
		const again = await call("POST", `${hooks()}/${hook.id}/deliveries/${test.json.id}/redeliver`);
		expect(again.status).toBe(202);
		expect(again.json).toMatchObject({ id: test.json.id, state: "pending" });
		await vi.waitFor(
			async () => expect((await attemptRows(test.json.id)).map((a) => a.status_code)).toEqual([204, 204]),
			{
				timeout: 8000,
			},
		);
		const byId = await call("POST", `/api/v1/admin/projects/${project}/deliveries/${test.json.id}/redeliver`);
		expect(byId.status).toBe(202);
		await vi.waitFor(async () => expect(await attemptRows(test.json.id)).toHaveLength(3), { timeout: 8000 });
		expect(new Set(requestsTo(hook.url).map((r) => r.headers["webhook-id"]))).toEqual(
			new Set([test.json.id]),
		);
		expect(await deliveryRow(test.json.id)).toMatchObject({ state: "succeeded", attempts: 3 });
		expectProblem(
			await call("POST", `/api/v1/admin/projects/${project}/deliveries/msg_missing/redeliver`),
			404,
			"not_found",
		);
		const other = await createWebhook(project, receiver(ok));
		expectProblem(
			await call("POST", `${hooks()}/${other.id}/deliveries/${test.json.id}/redeliver`),
			404,
			"not_found",
		);
	});

	it("refuses to redeliver while an attempt is in flight", async () => {
		const hook = await createWebhook(project, receiver(ok));
		const test = await call("POST", `${hooks()}/${hook.id}/test`);
		await settled(hook.id, 1);
		await env.DB.prepare("UPDATE webhook_deliveries SET in_flight_since = ? WHERE id = ?")
			.bind(new Date().toISOString(), test.json.id)
			.run();
		expectProblem(
			await call("POST", `${hooks()}/${hook.id}/deliveries/${test.json.id}/redeliver`),
			409,
			"delivery_in_flight",
		);
	});

	it("lists notifications newest first", async () => {
		const p = await createProject();
		const hook = await createWebhook(
			p,
			receiver(() => new Response(null, { status: 410 })),
		);
		await call("POST", `${hooks(p)}/${hook.id}/test`);
		await settled(hook.id, 1);
		const res = await call("GET", `/api/v1/admin/projects/${p}/notifications`);
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			data: [
				{
					id: expect.stringMatching(/^ntf_/),
					type: "webhook.endpoint_disabled",
					subject: hook.id,
					detail: { url: hook.url, reason: "The receiver answered 410 Gone." },
					created_at: expect.any(String),
				},
			],
			next_cursor: null,
		});
		expectProblem(
			await call("GET", `/api/v1/admin/projects/${p}/notifications?limit=501`),
			422,
			"validation_failed",
		);
	});
});

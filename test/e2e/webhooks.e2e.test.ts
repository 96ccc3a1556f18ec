// End to end under `wrangler dev`: real queues, real consumers, real HTTP to a local receiver that
// fails the first two attempts of every delivery. Every committed entity's event must arrive,
// signed, under one webhook-id, and the delivery log must show the two failures and the success.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { recordingFetch } from "./recording-fetch";

const ROOT = "e2e_root_token";
const PORT = Number(process.env.E2E_PORT ?? 8797);
const ENTITIES = 100;
const FAILURES_BEFORE_SUCCESS = 2;

interface Arrival {
	eventId: string;
	slug: string;
	attempts: number;
	succeeded: boolean;
	verified: boolean;
}

const arrivals = new Map<string, Arrival>();
let secret = "";
let receiver: Server;
let receiverUrl = "";
let folio: DevServer | undefined;
/** Every answer the tests get, checked against the document at the end. */
const recorder = recordingFetch();

function startReceiver() {
	receiver = createServer((req, res) => {
		let body = "";
		req.on("data", (chunk) => {
			body += chunk;
		});
		req.on("end", () => {
			const headers = Object.fromEntries(
				Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
			) as Record<string, string>;
			const id = headers["webhook-id"] ?? "";
			let verified = false;
			let event: { id: string; data: { entity: { slug: string } } } | undefined;
			try {
				event = new Webhook(secret).verify(body, headers) as typeof event;
				verified = true;
			} catch {
				verified = false;
			}
			const arrival = arrivals.get(id) ?? {
				eventId: event?.id ?? "",
				slug: event?.data.entity.slug ?? "",
				attempts: 0,
				succeeded: false,
				verified,
			};
			arrival.attempts++;
			arrival.verified &&= verified;
			arrivals.set(id, arrival);
			const fail = arrival.attempts <= FAILURES_BEFORE_SUCCESS;
			arrival.succeeded ||= !fail;
			res.writeHead(fail ? 500 : 200).end(fail ? "not yet" : "ok");
		});
	});
	return new Promise<void>((resolve) =>
		receiver.listen(0, "127.0.0.1", () => {
			receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
			resolve();
		}),
	);
}

async function api(method: string, path: string, body?: unknown) {
	const res = await recorder.fetch(`${folio?.url}${path}`, {
		method,
		headers: { Authorization: `Bearer ${ROOT}`, "Content-Type": "application/json" },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, json: (await res.json()) as any };
}

beforeAll(async () => {
	await startReceiver();
	folio = await startDevServer("folio-e2e-webhooks", PORT, ROOT, {
		FOLIO_WEBHOOK_ALLOW_LOCALHOST: "true",
		FOLIO_WEBHOOK_RETRY_SCHEDULE: "1,1,1",
	});
}, 120_000);

afterAll(async () => {
	await folio?.stop();
	receiver?.close();
});

describe("webhooks under wrangler dev", () => {
	it("delivers every commit's event through two failures, once per event, signed", async () => {
		expect((await api("POST", "/api/v1/admin/projects", { id: "e2e", name: "E2E" })).status).toBe(201);
		const schema = await api("PUT", "/api/v1/admin/projects/e2e/schemas/note", {
			json_schema: { type: "object" },
		});
		expect(schema.status).toBeLessThan(300);
		const hook = await api("POST", "/api/v1/admin/projects/e2e/webhooks", {
			url: receiverUrl,
			events: ["entity.committed"],
		});
		expect(hook.status).toBe(201);
		secret = hook.json.secret;

		const slugs = Array.from({ length: ENTITIES }, (_, i) => `note-${i}`);
		for (let i = 0; i < slugs.length; i += 10) {
			const statuses = await Promise.all(
				slugs.slice(i, i + 10).map(async (slug) => {
					const res = await api("PUT", `/api/v1/admin/projects/e2e/entities/${slug}`, {
						schema: "note",
						data: { slug },
						mode: "commit",
						message: "e2e",
					});
					return res.status;
				}),
			);
			expect(statuses.every((s) => s === 201)).toBe(true);
		}

		const deadline = Date.now() + 90_000;
		while ([...arrivals.values()].filter((a) => a.succeeded).length < ENTITIES && Date.now() < deadline) {
			await new Promise((r) => setTimeout(r, 250));
		}
		const all = [...arrivals.values()];
		expect(all.filter((a) => a.succeeded)).toHaveLength(ENTITIES);
		// One webhook-id per event, so no event arrived twice under different ids, and none is missing.
		expect(new Set(all.map((a) => a.eventId)).size).toBe(ENTITIES);
		expect(new Set(all.map((a) => a.slug))).toEqual(new Set(slugs));
		expect(all.every((a) => a.verified)).toBe(true);
		expect(all.every((a) => a.attempts === FAILURES_BEFORE_SUCCESS + 1)).toBe(true);

		// An attempt's outcome is recorded after the receiver answered (a slow-lane sender writes its
		// outcomes at most once a second), so the log may trail the last arrival by a moment.
		const logPath = `/api/v1/admin/projects/e2e/webhooks/${hook.json.id}/deliveries?limit=500`;
		let log = await api("GET", logPath);
		const settled = () => log.json.data.every((d: { state: string }) => d.state !== "pending");
		for (const until = Date.now() + 30_000; !settled() && Date.now() < until; ) {
			await new Promise((r) => setTimeout(r, 500));
			log = await api("GET", logPath);
		}
		expect(log.json.data).toHaveLength(ENTITIES);
		for (const delivery of log.json.data) {
			expect(delivery.state).toBe("succeeded");
			expect(delivery.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 500, 200]);
		}
	}, 150_000);

	it("got only answers the OpenAPI document describes (status, body schema, headers)", async () => {
		const { checked, report } = await recorder.violations(folio?.url as string);
		expect(checked).toBeGreaterThan(3);
		expect(report).toBe("");
	});
});

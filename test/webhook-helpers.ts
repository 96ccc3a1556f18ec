import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { call } from "./helpers";

/** A fake receiver answers the requests sent to one host. */
export type Receiver = (request: Request, init: RequestInit) => Response | Promise<Response>;

export interface Received {
	url: string;
	headers: Record<string, string>;
	body: string;
	init: RequestInit;
}

const receivers = new Map<string, Receiver>();
export const received: Received[] = [];

/** What the fake DNS over HTTPS answers for a name; receivers' hosts default to one public A. */
export const dnsRecords = new Map<string, { A?: string[]; AAAA?: string[] }>();
/** Every query the fake resolver answered, as "name type". */
export const dnsQueries: string[] = [];
const PUBLIC_A = "93.184.215.14";

/** The JSON a DNS-over-HTTPS resolver gives for ?name=…&type=A|AAAA (NXDOMAIN for unknown names). */
function dnsOverHttps(url: URL): Response {
	const name = url.searchParams.get("name") ?? "";
	const type = url.searchParams.get("type") === "AAAA" ? "AAAA" : "A";
	dnsQueries.push(`${name} ${type}`);
	const records = dnsRecords.get(name) ?? (receivers.has(name) ? { A: [PUBLIC_A] } : undefined);
	const Answer = (records?.[type] ?? []).map((data) => ({
		name,
		type: type === "A" ? 1 : 28,
		TTL: 30,
		data,
	}));
	return Response.json({ Status: records ? 0 : 3, Answer });
}

/**
 * Replaces the outbound fetch of the whole runtime, so the real queue consumers (which run in
 * this isolate) deliver to the fake receivers too, and resolve their names with a fake DNS over
 * HTTPS (the default FOLIO_WEBHOOK_DNS_URL). Nothing leaves the machine.
 */
export function mockOutboundFetch() {
	vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init = {}) => {
		const request = new Request(input as RequestInfo, { ...init, signal: undefined });
		const target = new URL(request.url);
		if (target.origin + target.pathname === env.FOLIO_WEBHOOK_DNS_URL) return dnsOverHttps(target);
		const host = target.host;
		const receiver = receivers.get(host);
		if (!receiver) throw new TypeError(`no receiver for ${host} (the test network is closed)`);
		const body = await request.clone().text();
		received.push({ url: request.url, headers: Object.fromEntries(request.headers), body, init });
		return receiver(request, init);
	});
}

let hosts = 0;
/** Registers a receiver on a fresh public-looking host and returns its URL. */
export function receiver(reply: Receiver): string {
	const host = `r${Date.now().toString(36)}${(hosts++).toString(36)}.example.com`;
	receivers.set(host, reply);
	return `https://${host}/hook`;
}

export const requestsTo = (url: string) => received.filter((r) => r.url === url);

/** A receiver that never answers: only the attempt's own timeout ends the request. */
export const hangs: Receiver = (_request, init) =>
	new Promise((_, reject) => {
		init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
	});

export async function createWebhook(project: string, url: string, events: string[] = ["*"], token?: string) {
	const res = await call("POST", `/api/v1/admin/projects/${project}/webhooks`, {
		body: { url, events },
		token,
	});
	expect(res.status, res.text).toBe(201);
	return res.json as { id: string; secret: string; url: string };
}

/**
 * A pending delivery written straight to D1 with its (test) event, and no queue message: tests
 * then hand the consumer exactly the messages they mean to.
 */
export async function seedDelivery(
	project: string,
	endpointId: string,
	options: { attempts?: number; finalAttempt?: number; nextAttemptAt?: string; inFlightSince?: string } = {},
) {
	const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
	const eventId = `evt_${suffix}`;
	const deliveryId = `msg_${suffix}`;
	const now = new Date().toISOString();
	const payload = JSON.stringify({
		id: eventId,
		type: "webhook.test",
		timestamp: now,
		project,
		data: { n: 1 },
	});
	await env.DB.batch([
		env.DB.prepare(
			"INSERT INTO outbox_events (id, project_id, type, payload, created_at, handled_at) VALUES (?1, ?2, 'webhook.test', ?3, ?4, ?4)",
		).bind(eventId, project, payload, now),
		env.DB.prepare(
			`INSERT INTO webhook_deliveries (id, project_id, endpoint_id, event_id, event_type, state, attempts,
				final_attempt, next_attempt_at, in_flight_since, created_at, updated_at)
			VALUES (?1, ?2, ?3, ?4, 'webhook.test', 'pending', ?5, ?6, ?7, ?8, ?9, ?9)`,
		).bind(
			deliveryId,
			project,
			endpointId,
			eventId,
			options.attempts ?? 0,
			options.finalAttempt ?? 8,
			options.nextAttemptAt ?? now,
			options.inFlightSince ?? null,
			now,
		),
	]);
	return { deliveryId, eventId, payload };
}

export const deliveryMessage = (deliveryId: string, id = `m-${deliveryId}`, attempts = 1) => ({
	id,
	attempts,
	body: { v: 1, kind: "delivery", delivery_id: deliveryId },
});

export const deliveryRow = (id: string) =>
	env.DB.prepare("SELECT * FROM webhook_deliveries WHERE id = ?").bind(id).first<Record<string, any>>();

export const attemptRows = async (deliveryId: string) =>
	(
		await env.DB.prepare("SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY number")
			.bind(deliveryId)
			.all<Record<string, any>>()
	).results;

export const endpointRow = (id: string) =>
	env.DB.prepare("SELECT * FROM webhook_endpoints WHERE id = ?").bind(id).first<Record<string, any>>();

export const notificationRows = async (project: string) =>
	(
		await env.DB.prepare("SELECT * FROM notifications WHERE project_id = ? ORDER BY id")
			.bind(project)
			.all<Record<string, any>>()
	).results;

/** Waits until no delivery of the endpoint has an attempt in flight (the slow lane's senders are done). */
export async function untilNoneInFlight(endpointId: string, timeout = 20_000) {
	await vi.waitFor(
		async () => {
			const row = await env.DB.prepare(
				"SELECT count(*) AS n FROM webhook_deliveries WHERE endpoint_id = ? AND in_flight_since IS NOT NULL",
			)
				.bind(endpointId)
				.first<{ n: number }>();
			expect(row?.n).toBe(0);
		},
		{ timeout, interval: 50 },
	);
}

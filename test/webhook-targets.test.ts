import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DnsLookupError, type DnsResolver } from "../src/modules/webhooks/dns-resolver";
import { consumeDeliveries } from "../src/queues/deliveries-consumer";
import { call, createProject, expectProblem, recordingBatch } from "./helpers";
import {
	attemptRows,
	createWebhook,
	deliveryMessage,
	deliveryRow,
	dnsQueries,
	dnsRecords,
	mockOutboundFetch,
	receiver,
	requestsTo,
	seedDelivery,
} from "./webhook-helpers";

/** Webhook URLs that would reach inside a network are refused, at registration and before each attempt. */
let project: string;
const ok = () => new Response(null, { status: 204 });
const hooks = () => `/api/v1/admin/projects/${project}/webhooks`;

beforeAll(async () => {
	mockOutboundFetch();
	vi.spyOn(console, "log").mockImplementation(() => {});
	project = await createProject();
});

/** A resolver that answers every name with these addresses (or fails), counting what it is asked. */
function fakeResolver(answer: string[] | Error) {
	const asked: string[] = [];
	const resolver: DnsResolver = {
		async resolve(host) {
			asked.push(host);
			if (answer instanceof Error) throw answer;
			return { addresses: answer, ttl: 60 };
		},
	};
	return { resolver, asked };
}

async function deliver(deliveryIds: string[], resolver?: DnsResolver) {
	const { batch, acked, retried } = recordingBatch(
		"folio-deliveries",
		deliveryIds.map((id) => deliveryMessage(id)),
	);
	await consumeDeliveries(batch, env, resolver ? { resolver } : {});
	return { acked, retried };
}

async function endpoint(reply = ok) {
	const url = receiver(reply);
	const hook = await createWebhook(project, url);
	return { url, hook, host: new URL(url).hostname };
}

describe("registration", () => {
	it("refuses, on POST and PATCH, every URL the issue lists", async () => {
		const { hook } = await endpoint();
		for (const url of [
			"https://[::ffff:0:7f00:1]/",
			"https://[64:ff9b:1::7f00:1]/",
			"https://localhost.localdomain/",
			"https://api.localhost/",
			"https://printer.local/",
			"https://metadata.google.internal/computeMetadata/v1/",
			"https://nas.home.arpa/",
			"https://router.lan/",
			"https://metadata.google.internal./",
		]) {
			for (const res of [
				await call("POST", hooks(), { body: { url, events: ["*"] } }),
				await call("PATCH", `${hooks()}/${hook.id}`, { body: { url } }),
			]) {
				const problem = expectProblem(res, 422, "validation_failed");
				expect(problem.errors, url).toEqual([
					expect.objectContaining({ pointer: "/url", code: "webhook_url_forbidden" }),
				]);
			}
		}
		const list = await call("GET", hooks());
		expect(list.json.data).toHaveLength(1);
	});
});

describe("resolution before every attempt", () => {
	it("never fetches a name that resolves to a private address, records why, and retries", async () => {
		for (const address of ["10.0.0.5", "::1", "::ffff:127.0.0.1"]) {
			const { url, hook, host } = await endpoint();
			const { deliveryId } = await seedDelivery(project, hook.id);
			const { resolver, asked } = fakeResolver(["93.184.215.14", address]);
			const { retried } = await deliver([deliveryId], resolver);
			expect(asked).toEqual([host]);
			expect(requestsTo(url), address).toHaveLength(0);
			expect(await attemptRows(deliveryId)).toEqual([
				expect.objectContaining({
					number: 1,
					status_code: null,
					error: `URL refused: ${host} resolves to a private or reserved address (${address}).`,
				}),
			]);
			// DNS may change back, so it is a failed attempt like any other, on the schedule.
			expect(retried).toEqual([expect.objectContaining({ delaySeconds: expect.any(Number) })]);
			expect(await deliveryRow(deliveryId)).toMatchObject({ state: "pending", attempts: 1 });
		}
	});

	it("fetches a name whose answers are all public", async () => {
		const { url, hook } = await endpoint();
		const { deliveryId } = await seedDelivery(project, hook.id);
		const { resolver } = fakeResolver(["93.184.215.14", "2606:4700::6810:84e5"]);
		await deliver([deliveryId], resolver);
		expect(requestsTo(url)).toHaveLength(1);
		expect(await deliveryRow(deliveryId)).toMatchObject({ state: "succeeded" });
	});

	it("asks again for every attempt, so an answer that turns private is refused", async () => {
		const { url, hook } = await endpoint();
		const answers = ["93.184.215.14"];
		const resolver: DnsResolver = { resolve: async () => ({ addresses: [...answers], ttl: 60 }) };
		const first = await seedDelivery(project, hook.id);
		await deliver([first.deliveryId], resolver);
		answers[0] = "192.168.1.20";
		const second = await seedDelivery(project, hook.id);
		await deliver([second.deliveryId], resolver);
		expect(requestsTo(url).map((r) => r.headers["webhook-id"])).toEqual([first.deliveryId]);
		expect((await attemptRows(second.deliveryId))[0]?.error).toMatch(
			/private or reserved address \(192\.168\.1\.20\)/,
		);
	});

	it("makes a failed lookup a failed attempt that is retried, and sends nothing", async () => {
		const { url, hook, host } = await endpoint();
		const { deliveryId } = await seedDelivery(project, hook.id);
		const { resolver } = fakeResolver(new DnsLookupError("the resolver could not be reached"));
		const { retried } = await deliver([deliveryId], resolver);
		expect(retried).toHaveLength(1);
		expect(requestsTo(url)).toHaveLength(0);
		expect((await attemptRows(deliveryId))[0]).toMatchObject({
			status_code: null,
			error: `DNS lookup for ${host} failed: the resolver could not be reached.`,
		});
	});
});

describe("the default resolver (DNS over HTTPS, FOLIO_WEBHOOK_DNS_URL)", () => {
	it("refuses, through the real queue, a name with a private AAAA", async () => {
		const { url, hook, host } = await endpoint();
		dnsRecords.set(host, { A: ["93.184.215.14"], AAAA: ["fd00::5"] });
		const test = await call("POST", `${hooks()}/${hook.id}/test`);
		expect(test.status).toBe(202);
		await vi.waitFor(async () => expect(await attemptRows(test.json.id)).toHaveLength(1), { timeout: 8000 });
		expect((await attemptRows(test.json.id))[0]?.error).toBe(
			`URL refused: ${host} resolves to a private or reserved address (fd00::5).`,
		);
		expect(requestsTo(url)).toHaveLength(0);
	});

	it("resolves a host once for a batch of 50 deliveries to it", async () => {
		const { url, hook, host } = await endpoint();
		const ids: string[] = [];
		for (let i = 0; i < 50; i++) ids.push((await seedDelivery(project, hook.id)).deliveryId);
		const { acked } = await deliver(ids);
		expect(acked).toHaveLength(50);
		expect(requestsTo(url)).toHaveLength(50);
		expect(dnsQueries.filter((q) => q.startsWith(`${host} `)).sort()).toEqual([`${host} A`, `${host} AAAA`]);
	});

	it("fails the attempt for a name the resolver does not know", async () => {
		const { url, hook, host } = await endpoint();
		const unknown = url.replace(host, `gone-${host}`);
		await env.DB.prepare("UPDATE webhook_endpoints SET url = ? WHERE id = ?").bind(unknown, hook.id).run();
		const { deliveryId } = await seedDelivery(project, hook.id);
		await deliver([deliveryId]);
		expect((await attemptRows(deliveryId))[0]?.error).toBe(
			`DNS lookup for gone-${host} failed: no such name.`,
		);
	});
});

// verifyWebhook against signatures made by the reference Standard Webhooks library.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { verifyWebhook, WebhookVerificationError } from "../../sdk/src/index.ts";

const secret = `whsec_${btoa("a secret of thirty-two bytes!!!!")}`;
const nextSecret = `whsec_${btoa("the rotated secret, also random")}`;
const body = JSON.stringify({
	id: "evt_1",
	type: "entity.committed",
	timestamp: "2026-01-01T00:00:00.000Z",
	project: "demo",
	data: { entity: { slug: "a", schema: "article", revision: 2 } },
});

function signed(payload: string, secrets: string[], at = new Date()) {
	const id = "msg_1";
	const signature = secrets.map((s) => new Webhook(s).sign(id, at, payload)).join(" ");
	return {
		"webhook-id": id,
		"webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
		"webhook-signature": signature,
	};
}

async function refusal(promise: Promise<unknown>) {
	const error = await promise.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(WebhookVerificationError);
	return (error as WebhookVerificationError).code;
}

describe("verifyWebhook", () => {
	it("accepts a delivery signed by the standardwebhooks library and returns the event", async () => {
		const event = await verifyWebhook(body, signed(body, [secret]), secret);
		expect(event).toEqual(JSON.parse(body));
		expect(event.type).toBe("entity.committed");
	});

	it("reads a Headers object as well as a plain record, in any case", async () => {
		const headers = new Headers(signed(body, [secret]));
		await expect(verifyWebhook(body, headers, secret)).resolves.toMatchObject({ id: "evt_1" });
		const upper = Object.fromEntries(
			Object.entries(signed(body, [secret])).map(([k, v]) => [k.toUpperCase(), v]),
		);
		await expect(verifyWebhook(body, upper, secret)).resolves.toMatchObject({ id: "evt_1" });
	});

	it("accepts either secret during a rotation", async () => {
		const both = signed(body, [secret, nextSecret]);
		await expect(verifyWebhook(body, both, secret)).resolves.toBeDefined();
		await expect(verifyWebhook(body, both, nextSecret)).resolves.toBeDefined();
		// A receiver that already holds both secrets accepts deliveries signed with only one of them.
		await expect(
			verifyWebhook(body, signed(body, [nextSecret]), [secret, nextSecret]),
		).resolves.toBeDefined();
	});

	it("rejects a tampered body, a wrong secret, and a tampered id", async () => {
		const headers = signed(body, [secret]);
		expect(await refusal(verifyWebhook(body.replace('"revision":2', '"revision":3'), headers, secret))).toBe(
			"invalid_signature",
		);
		const otherSecret = `whsec_${btoa("not the endpoint's secret at all")}`;
		expect(await refusal(verifyWebhook(body, headers, otherSecret))).toBe("invalid_signature");
		expect(await refusal(verifyWebhook(body, { ...headers, "webhook-id": "msg_2" }, secret))).toBe(
			"invalid_signature",
		);
	});

	it("rejects stale and future timestamps outside the tolerance", async () => {
		const old = signed(body, [secret], new Date(Date.now() - 301_000));
		expect(await refusal(verifyWebhook(body, old, secret))).toBe("timestamp_too_old");
		const future = signed(body, [secret], new Date(Date.now() + 301_000));
		expect(await refusal(verifyWebhook(body, future, secret))).toBe("timestamp_too_new");
		await expect(verifyWebhook(body, old, secret, { toleranceSeconds: 600 })).resolves.toBeDefined();
	});

	it("rejects missing headers and signatures of another scheme", async () => {
		const headers = signed(body, [secret]);
		expect(await refusal(verifyWebhook(body, { ...headers, "webhook-signature": "" }, secret))).toBe(
			"missing_headers",
		);
		const v2 = headers["webhook-signature"].replace("v1,", "v2,");
		expect(await refusal(verifyWebhook(body, { ...headers, "webhook-signature": v2 }, secret))).toBe(
			"invalid_signature",
		);
	});
});

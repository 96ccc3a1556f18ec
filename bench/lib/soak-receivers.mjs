// The soak's webhook receivers: local HTTP servers that record every request they get (webhook-id,
// event, time, answer) and verify each signature. One always answers 200; the flaky ones answer
// 500 (20 %), hang past Folio's 15 s timeout (10 %), destroy the socket (5 %), answer 503 with
// `Retry-After: 1` (5 %) and 200 otherwise.
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

/** @typedef {{ webhookId: string, key: string, at: number, status: number | null }} Receipt */

/** @param {number} r a uniform random number in [0, 1) */
function flakyAnswer(r) {
	if (r < 0.2) return "500";
	if (r < 0.3) return "hang";
	if (r < 0.35) return "destroy";
	if (r < 0.4) return "503";
	return "200";
}

/** The event a body carries: `slug#revision` for an entity commit, the snapshot id for a publish. */
export function eventKey(event) {
	const entity = event?.data?.entity;
	if (entity) return `${entity.slug}#${entity.revision}`;
	return event?.data?.snapshot?.id ?? event?.id;
}

/**
 * @param {string} name
 * @param {boolean} flaky
 */
export function startReceiver(name, flaky) {
	/** @type {Receipt[]} */
	const receipts = [];
	let badSignatures = 0;
	/** @type {Webhook | null} */
	let verifier = null;
	/** @type {Set<import("node:http").ServerResponse>} */
	const hanging = new Set();
	const server = createServer((req, res) => {
		const chunks = [];
		req.on("data", (c) => chunks.push(c));
		req.on("end", () => {
			const body = Buffer.concat(chunks).toString();
			try {
				verifier?.verify(body, /** @type {Record<string, string>} */ (req.headers));
			} catch {
				badSignatures++;
			}
			const answer = flaky ? flakyAnswer(Math.random()) : "200";
			const receipt = {
				webhookId: String(req.headers["webhook-id"]),
				key: eventKey(JSON.parse(body)),
				at: Date.now(),
				status: /** @type {number | null} */ (null),
			};
			receipts.push(receipt);
			if (answer === "hang") {
				hanging.add(res);
				res.on("close", () => hanging.delete(res));
				return;
			}
			if (answer === "destroy") return req.socket.destroy();
			receipt.status = Number(answer);
			if (answer === "503") res.writeHead(503, { "Retry-After": "1" }).end();
			else res.writeHead(receipt.status).end();
		});
	});
	return new Promise((resolve) =>
		server.listen(0, "127.0.0.1", () =>
			resolve({
				name,
				flaky,
				url: `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}/hook`,
				receipts,
				badSignatures: () => badSignatures,
				/** @param {string} secret */
				setSecret: (secret) => {
					verifier = new Webhook(secret);
				},
				close: () => {
					for (const res of hanging) res.destroy();
					server.close();
				},
			}),
		),
	);
}

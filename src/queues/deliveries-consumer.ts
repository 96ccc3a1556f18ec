import { checkConfig } from "../config";
import { createDb } from "../db/client";
import { log } from "../lib/log";
import {
	type AttemptSettings,
	attemptClaimed,
	attemptOutcome,
	attemptSettings,
} from "../modules/webhooks/delivery-attempt";
import {
	type ClaimedDelivery,
	claimDeliveries,
	type Lane,
	type Outcome,
	RECORD_FAILED_DELAY_S,
	type Release,
	recordOutcomes,
	SLOW_ATTEMPT_MS,
} from "../modules/webhooks/delivery-store";
import { fairPool } from "./fair-pool";
import { parseMessage } from "./messages";
import { deliveryMessages, enqueue } from "./producer";
import { dispatchToSenders } from "./sender-dispatch";

/** Workers allow six simultaneous outgoing connections per invocation; more would only queue. */
const CONCURRENCY = 6;
/** An invocation starts attempts for this long; what is left goes back to its queue. */
const BUDGET_MS = 30_000;

export interface ConsumerSettings extends AttemptSettings {
	/** In the main lane, an attempt unanswered this long is cut off and moved to the slow lane. */
	cutOffMs: number;
}

type Disposition = { ack: true } | { retry: number } | { to: Lane };

/**
 * The deliveries queues (main and slow lane, see docs/webhooks.md). One D1 transaction claims
 * the batch's due attempts of this lane's endpoints. In the slow lane the claimed attempts go to
 * the senders (Durable Objects, sender-dispatch.ts) and the messages are acked at once: the
 * senders record the outcomes and queue the next attempts, so a batch never waits for a
 * receiver. In the main lane the POSTs run here, six at a time, shared fairly between endpoints,
 * for at most 30 s; one transaction records every outcome and gives back the claims not started.
 * Then each message is acked, retried with the delay before its next attempt, or handed to the
 * other lane. An attempt unanswered after `cutOffMs` is cut off (it does not count against the
 * schedule), its endpoint's remaining deliveries move to the slow lane, and the endpoint stays
 * there for 10 minutes.
 */
export async function consumeDeliveries(
	batch: MessageBatch,
	env: Env,
	overrides: Partial<ConsumerSettings> = {},
) {
	const lane: Lane = batch.queue.startsWith("folio-deliveries-slow") ? "slow" : "main";
	const queues: Record<Lane, "DELIVERIES" | "DELIVERIES_SLOW"> = {
		main: "DELIVERIES",
		slow: "DELIVERIES_SLOW",
	};
	const messages = new Map<string, Message[]>();
	for (const message of batch.messages) {
		const body = parseMessage("DELIVERIES", message.body);
		if (body?.kind === "relay") {
			await enqueue(env, "DELIVERIES", deliveryMessages(body.ids)).then(
				() => message.ack(),
				() => message.retry({ delaySeconds: 5 }),
			);
			continue;
		}
		if (!body) {
			log("error", "unknown delivery message dropped", { id: message.id });
			message.ack();
			continue;
		}
		const id = body.delivery_id;
		messages.set(id, [...(messages.get(id) ?? []), message]);
	}
	if (messages.size === 0) return;
	const started = Date.now();
	// Backoff, so that an outage of D1 (or a configuration being fixed) does not use up the
	// queue's retries in a minute and send deliveries that never had their attempts to the dead-letter queue.
	const retryLater = () => {
		for (const list of messages.values()) {
			for (const m of list) m.retry({ delaySeconds: Math.min(600, 5 * 2 ** Math.min(m.attempts, 7)) });
		}
	};
	const check = checkConfig(env);
	if (!check.ok) return retryLater();
	const { config } = check;
	const settings: ConsumerSettings = { ...attemptSettings(config), cutOffMs: SLOW_ATTEMPT_MS, ...overrides };
	const cutOffMs = lane === "main" ? Math.min(settings.cutOffMs, settings.timeoutMs) : settings.timeoutMs;
	const cuts = cutOffMs < settings.timeoutMs;
	const schedule = config.retrySchedule;
	const claim = crypto.randomUUID();
	let claimed: ClaimedDelivery[];
	let elsewhere: string[];
	try {
		({ claimed, elsewhere } = await claimDeliveries(createDb(env.DB), [...messages.keys()], claim, lane));
	} catch (error) {
		log("error", "delivery claim failed", { error: String(error) });
		return retryLater();
	}
	const dispositions = new Map<string, Disposition>();
	const other: Lane = lane === "main" ? "slow" : "main";
	for (const id of elsewhere) dispositions.set(id, { to: other });
	const claimedAt = Date.now();
	if (lane === "slow") {
		// The senders run the attempts and queue the next ones; this batch only hands them over.
		const refused = await dispatchToSenders(env.DELIVERY_SENDER, claimed, {
			claim,
			claimedAt,
			timeoutMs: overrides.timeoutMs,
		});
		const released = claimed.filter((r) => refused.has(r.id)).map((r) => ({ id: r.id, n: r.attempts }));
		for (const row of claimed) dispositions.set(row.id, refused.has(row.id) ? { retry: 5 } : { ack: true });
		// Not given back, a refused claim goes stale and the sweep re-sends it.
		if (released.length > 0)
			await recordOutcomes(createDb(env.DB), [], claim, released).catch((error) =>
				log("error", "delivery claims not given back", { error: String(error) }),
			);
		await settle(messages, dispositions, (target, ids) =>
			enqueue(env, queues[target], deliveryMessages(ids)),
		);
		log("info", "deliveries handed to senders", {
			received: batch.messages.length,
			sent: claimed.length - refused.size,
			refused: refused.size,
			other_lane: elsewhere.length,
			claim_ms: claimedAt - started,
			dispatch_ms: Date.now() - claimedAt,
		});
		return;
	}
	/** Endpoints found slow in this batch: their deliveries not yet started go to the slow lane. */
	const turnedSlow = new Set<string>();
	const results = await fairPool(
		claimed,
		(row) => row.endpoint_id,
		async (row) => {
			const result = await attemptClaimed(row, { ...settings, timeoutMs: cutOffMs });
			const cutOff = cuts && result.timedOut;
			if (cutOff) turnedSlow.add(row.endpoint_id);
			return attemptOutcome(row, result, cutOff, schedule);
		},
		{ limit: CONCURRENCY, deadline: started + BUDGET_MS, skip: (row) => turnedSlow.has(row.endpoint_id) },
	);
	const attemptedAt = Date.now();
	const outcomes: Outcome[] = [];
	const released: Release[] = [];
	claimed.forEach((row, i) => {
		const done = results[i];
		if (done) {
			outcomes.push(done.outcome);
			const moved = done.outcome.extra === 1;
			dispositions.set(
				row.id,
				moved ? { to: "slow" } : done.delay === null ? { ack: true } : { retry: done.delay },
			);
		} else {
			released.push({ id: row.id, n: row.attempts });
			dispositions.set(row.id, { to: turnedSlow.has(row.endpoint_id) ? "slow" : lane });
		}
	});
	try {
		if (outcomes.length > 0 || released.length > 0)
			await recordOutcomes(createDb(env.DB), outcomes, claim, released);
	} catch (error) {
		log("error", "delivery outcomes not recorded", { error: String(error), deliveries: outcomes.length });
		for (const row of claimed) dispositions.set(row.id, { retry: RECORD_FAILED_DELAY_S });
	}
	await settle(messages, dispositions, (target, ids) => enqueue(env, queues[target], deliveryMessages(ids)));
	log("info", "deliveries attempted", {
		lane,
		received: batch.messages.length,
		attempted: outcomes.length,
		ok: outcomes.filter((o) => o.ok).length,
		handed_back: released.length,
		other_lane: elsewhere.length,
		claim_ms: claimedAt - started,
		requests_ms: attemptedAt - claimedAt,
		record_ms: Date.now() - attemptedAt,
	});
}

/**
 * Acks, retries or hands over each message. A hand-over is a fresh message on the lane's queue
 * (a retry would spend one of the message's retries); if that send fails, the message is
 * retried where it is instead. The first copy of a message carries the outcome; duplicates are acked.
 */
async function settle(
	messages: Map<string, Message[]>,
	dispositions: Map<string, Disposition>,
	handOver: (lane: Lane, ids: string[]) => Promise<void>,
) {
	for (const target of ["main", "slow"] as const) {
		const ids = [...dispositions].filter(([, d]) => "to" in d && d.to === target).map(([id]) => id);
		if (ids.length === 0) continue;
		try {
			await handOver(target, ids);
		} catch (error) {
			log("error", "delivery hand-over failed", { lane: target, error: String(error) });
			for (const id of ids) dispositions.set(id, { retry: 0 });
		}
	}
	for (const [id, list] of messages) {
		const d = dispositions.get(id);
		list.forEach((m, i) => {
			if (d && "retry" in d && i === 0) m.retry({ delaySeconds: d.retry });
			else m.ack();
		});
	}
}

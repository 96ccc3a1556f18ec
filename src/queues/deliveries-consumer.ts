import { log } from "../lib/log";
import {
	ATTEMPT_TIMEOUT_MS,
	type AttemptSettings,
	attemptDelivery,
	retryDelay,
} from "../modules/webhooks/delivery-attempt";
import {
	type ClaimedDelivery,
	claimDeliveries,
	type Outcome,
	recordOutcomes,
	STALE_ATTEMPT_MS,
} from "../modules/webhooks/delivery-store";
import { DEFAULT_DOH_URL, sharedResolver } from "../modules/webhooks/dns-resolver";
import { parseSchedule } from "../modules/webhooks/schedule";
import { type DeliveryMessage, isDeliveryMessage } from "./messages";

/** Workers allow six simultaneous outgoing connections per invocation; more would only queue. */
const CONCURRENCY = 6;
/** After a failure to record outcomes: long enough for the claims to go stale and be taken over. */
const RECORD_FAILED_DELAY_S = STALE_ATTEMPT_MS / 1000 + 30;

async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

async function attempt(row: ClaimedDelivery, settings: AttemptSettings, schedule: number[]) {
	const result = await attemptDelivery(
		{ id: row.id, url: row.url, secrets: JSON.parse(row.secrets) as string[], body: row.payload },
		settings,
	);
	const at = new Date(Date.now() - result.ms).toISOString();
	const last = result.gone || row.attempts >= row.final_attempt;
	const delay = result.ok || last ? null : retryDelay(row.attempts, schedule, result);
	const outcome: Outcome = {
		id: row.id,
		endpoint: row.endpoint_id,
		n: row.attempts,
		at,
		status: result.status,
		ms: result.ms,
		error: result.error,
		response: result.response,
		state: result.ok ? "succeeded" : delay === null ? "failed" : "pending",
		next: delay === null ? null : new Date(Date.now() + delay * 1000).toISOString(),
		ok: result.ok ? 1 : 0,
		gone: result.gone ? 1 : 0,
	};
	return { outcome, delay };
}

/**
 * The deliveries queue. One D1 transaction claims the batch's due attempts, the POSTs run six at a
 * time, and one transaction records every outcome; then each message is acked, or retried with
 * the delay before its next attempt. A message whose delivery is done, not due, or in flight
 * elsewhere is a duplicate and is acked.
 */
export async function consumeDeliveries(
	batch: MessageBatch,
	env: Env,
	overrides: Partial<AttemptSettings> = {},
) {
	const messages = new Map<string, Message<DeliveryMessage>[]>();
	for (const message of batch.messages) {
		if (!isDeliveryMessage(message.body)) {
			log("error", "unknown delivery message dropped", { id: message.id });
			message.ack();
			continue;
		}
		const id = message.body.delivery_id;
		messages.set(id, [...(messages.get(id) ?? []), message as Message<DeliveryMessage>]);
	}
	if (messages.size === 0) return;
	const started = Date.now();
	const settings: AttemptSettings = {
		fetch: (input, init) => fetch(input, init),
		timeoutMs: ATTEMPT_TIMEOUT_MS,
		allowLocalhost: env.FOLIO_WEBHOOK_ALLOW_LOCALHOST === "true",
		resolver: sharedResolver(env.FOLIO_WEBHOOK_DNS_URL || DEFAULT_DOH_URL),
		...overrides,
	};
	const schedule = parseSchedule(env.FOLIO_WEBHOOK_RETRY_SCHEDULE);
	const claim = crypto.randomUUID();
	let claimed: ClaimedDelivery[];
	try {
		claimed = await claimDeliveries(env.DB, [...messages.keys()], claim);
	} catch (error) {
		log("error", "delivery claim failed", { error: String(error) });
		// Backoff, so that an outage of D1 does not use up the queue's retries in a minute and
		// send deliveries that never had their attempts to the dead-letter queue.
		for (const list of messages.values()) {
			for (const m of list) m.retry({ delaySeconds: Math.min(600, 5 * 2 ** Math.min(m.attempts, 7)) });
		}
		return;
	}
	const claimedAt = Date.now();
	const attempts = await inPool(claimed, CONCURRENCY, (row) => attempt(row, settings, schedule));
	const attemptedAt = Date.now();
	try {
		if (attempts.length > 0)
			await recordOutcomes(
				env.DB,
				attempts.map((a) => a.outcome),
				claim,
			);
	} catch (error) {
		log("error", "delivery outcomes not recorded", { error: String(error), deliveries: attempts.length });
		for (const { outcome } of attempts) {
			for (const m of messages.get(outcome.id) ?? []) m.retry({ delaySeconds: RECORD_FAILED_DELAY_S });
			messages.delete(outcome.id);
		}
	}
	const delays = new Map(attempts.map((a) => [a.outcome.id, a.delay]));
	for (const [id, list] of messages) {
		const delay = delays.get(id);
		// The first copy carries the retry; any duplicate of it is acked.
		list.forEach((m, i) => {
			if (delay != null && i === 0) m.retry({ delaySeconds: delay });
			else m.ack();
		});
	}
	const ok = attempts.filter((a) => a.outcome.ok).length;
	log("info", "deliveries attempted", {
		received: batch.messages.length,
		attempted: attempts.length,
		ok,
		claim_ms: claimedAt - started,
		requests_ms: attemptedAt - claimedAt,
		record_ms: Date.now() - attemptedAt,
	});
}

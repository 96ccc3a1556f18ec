import { buildSnapshot, chunkSizeFrom, failSnapshot } from "../modules/snapshots/snapshot-build";
import { failDelivery } from "../modules/webhooks/deliveries.service";
import { fanOutEvents } from "../modules/webhooks/fan-out";
import { parseSchedule } from "../modules/webhooks/schedule";
import { log } from "./log";
import { isBuildMessage, isDeliveryMessage, isJobMessage, sendDeliveries } from "./messages";

/** The builds queue's max_retries (wrangler.jsonc) plus the first delivery. */
export const BUILD_MAX_ATTEMPTS = 6;

/**
 * The jobs queue: outbox events. One D1 transaction claims the batch's events and creates their
 * webhook deliveries (see fan-out.ts); the deliveries' messages follow. A failure retries the
 * batch's events, which is safe: a claimed event is never fanned out again, and a delivery whose
 * message was lost is re-sent by the cron sweep.
 */
export async function consumeJobs(batch: MessageBatch, env: Env) {
	const events: Message<{ event_id: string }>[] = [];
	for (const message of batch.messages) {
		if (isJobMessage(message.body)) events.push(message as Message<{ event_id: string }>);
		else {
			log("error", "unknown job message dropped", { id: message.id });
			message.ack();
		}
	}
	if (events.length === 0) return;
	try {
		const finalAttempt = parseSchedule(env.FOLIO_WEBHOOK_RETRY_SCHEDULE).length + 1;
		const { deliveryIds, claimed } = await fanOutEvents(
			env.DB,
			events.map((m) => m.body.event_id),
			finalAttempt,
		);
		await sendDeliveries(env.DELIVERIES, deliveryIds).catch((error) =>
			log("error", "delivery send failed; the sweep re-sends", { error: String(error) }),
		);
		// One line per batch: a line per event would cost more than handling it.
		log("info", "events handled", {
			received: events.length,
			first_time: claimed,
			deliveries: deliveryIds.length,
		});
		for (const message of events) message.ack();
	} catch (error) {
		log("error", "event batch failed", { error: String(error) });
		for (const message of events) message.retry();
	}
}

/**
 * The builds queue, one message per invocation: a failed build is retried with backoff from
 * where it stopped; the last attempt marks it failed.
 */
export async function consumeBuilds(batch: MessageBatch, env: Env) {
	for (const message of batch.messages) {
		const body = message.body;
		if (!isBuildMessage(body)) {
			log("error", "unknown build message dropped", { id: message.id });
			message.ack();
			continue;
		}
		const id = body.snapshot_id;
		try {
			const outcome = await buildSnapshot(env, id, {
				chunkSize: chunkSizeFrom(env.FOLIO_SNAPSHOT_CHUNK_SIZE),
			});
			log("info", "snapshot build", { snapshot_id: id, outcome });
			message.ack();
		} catch (error) {
			log("error", "snapshot build failed", {
				snapshot_id: id,
				attempt: message.attempts,
				error: String(error),
			});
			if (message.attempts < BUILD_MAX_ATTEMPTS) {
				message.retry({ delaySeconds: Math.min(300, 5 * 2 ** (message.attempts - 1)) });
				continue;
			}
			try {
				await failSnapshot(env.DB, id, String(error));
				message.ack();
			} catch (failure) {
				// Not even the failure could be recorded: the dead-letter consumer tries again.
				log("error", "snapshot failure not recorded", { snapshot_id: id, error: String(failure) });
				message.retry();
			}
		}
	}
}

/**
 * Dead-letter queues: what a main queue gave up on is logged loudly; a snapshot build that got
 * here is marked failed (with its notification) so it does not stay `building` for ever; so is a
 * webhook delivery, which would otherwise stay `pending`.
 */
export async function consumeDeadLetters(batch: MessageBatch, env: Env) {
	for (const message of batch.messages) {
		log("error", "dead letter", { queue: batch.queue, id: message.id, body: message.body });
		const body = message.body;
		if (isBuildMessage(body)) {
			await failSnapshot(env.DB, body.snapshot_id, `Gave up after ${message.attempts} attempts.`);
		}
		if (isDeliveryMessage(body)) {
			await failDelivery(env.DB, body.delivery_id, "The deliveries queue gave up on this delivery.");
		}
		message.ack();
	}
}

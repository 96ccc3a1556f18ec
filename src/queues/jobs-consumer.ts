import { configOf } from "../config";
import { createDb } from "../db/client";
import { log } from "../lib/log";
import { fanOutEvents } from "../modules/webhooks/fan-out";
import { isJobMessage, isRelayMessage, sendDeliveries, sendEvents } from "./messages";

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
		else if (isRelayMessage(message.body)) {
			// A sweep's many ids: one message each, so that they are claimed in batches like any event.
			await sendEvents(env.JOBS, message.body.ids).then(
				() => message.ack(),
				() => message.retry({ delaySeconds: 5 }),
			);
		} else {
			log("error", "unknown job message dropped", { id: message.id });
			message.ack();
		}
	}
	if (events.length === 0) return;
	try {
		const finalAttempt = configOf(env).retrySchedule.length + 1;
		const { deliveryIds, claimed } = await fanOutEvents(
			createDb(env.DB),
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

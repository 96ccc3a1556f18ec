import { configOf } from "../config";
import { createDb } from "../db/client";
import { log } from "../lib/log";
import { fanOutEvents } from "../modules/webhooks/fan-out";
import { dispatch } from "./effects";
import { parseMessage } from "./messages";
import { enqueue, eventMessages } from "./producer";

/**
 * The jobs queue: outbox events. One D1 transaction claims the batch's events and creates their
 * webhook deliveries (see fan-out.ts); the deliveries' messages follow. A failure retries the
 * batch's events, which is safe: a claimed event is never fanned out again, and a delivery whose
 * message was lost is re-sent by the cron sweep.
 */
export async function consumeJobs(batch: MessageBatch, env: Env) {
	const events: { message: Message; id: string }[] = [];
	for (const message of batch.messages) {
		const body = parseMessage("JOBS", message.body);
		if (body?.kind === "event") events.push({ message, id: body.event_id });
		else if (body?.kind === "relay") {
			// A sweep's many ids: one message each, so that they are claimed in batches like any event.
			await enqueue(env, "JOBS", eventMessages(body.ids)).then(
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
		const { deliveryIds, claimed, projects } = await fanOutEvents(
			createDb(env.DB),
			events.map((e) => e.id),
			finalAttempt,
		);
		// The deliveries are in D1 now; a lost message is re-sent by the deliveries sweep.
		// The request that wrote an event notified its hub already; this second notice covers one
		// whose notice was lost with its request, and events the cron sweep re-sent.
		await dispatch(env, [
			{ kind: "attempt-deliveries", ids: deliveryIds },
			...projects.map((project) => ({ kind: "notify-events" as const, project })),
		]);
		// One line per batch: a line per event would cost more than handling it.
		log("info", "events handled", {
			received: events.length,
			first_time: claimed,
			deliveries: deliveryIds.length,
		});
		for (const { message } of events) message.ack();
	} catch (error) {
		log("error", "event batch failed", { error: String(error) });
		for (const { message } of events) message.retry();
	}
}

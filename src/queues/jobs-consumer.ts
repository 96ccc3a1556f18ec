import { createDb } from "../db/client";
import { claimEvents } from "../modules/events/outbox";
import { isJobMessage } from "./messages";

/**
 * The jobs queue. Events are claimed in one statement per batch; only first-time events go on to
 * their handlers (webhook fan-out arrives with issue 6). A failure retries the batch's events,
 * which is safe because a claimed event is never handled again.
 */
export async function consumeJobs(batch: MessageBatch, env: Env) {
	const db = createDb(env.DB);
	const events = batch.messages.filter((m) => isJobMessage(m.body));
	for (const message of batch.messages) {
		if (!isJobMessage(message.body)) {
			console.error(JSON.stringify({ level: "error", msg: "unknown job message dropped", id: message.id }));
			message.ack();
		}
	}
	try {
		const fresh = await claimEvents(
			db,
			events.map((m) => (m.body as { event_id: string }).event_id),
		);
		// One line per batch: a line per event would cost more than handling it.
		console.log(
			JSON.stringify({
				level: "info",
				msg: "events handled",
				received: events.length,
				first_time: fresh.length,
			}),
		);
		for (const message of events) message.ack();
	} catch (error) {
		console.error(JSON.stringify({ level: "error", msg: "job batch failed", error: String(error) }));
		for (const message of events) message.retry();
	}
}

/** Dead-letter queues: what the main queues gave up on is logged loudly, then dropped. */
export async function consumeDeadLetters(batch: MessageBatch) {
	for (const message of batch.messages) {
		console.error(
			JSON.stringify({
				level: "error",
				msg: "dead letter",
				queue: batch.queue,
				id: message.id,
				body: message.body,
			}),
		);
		message.ack();
	}
}

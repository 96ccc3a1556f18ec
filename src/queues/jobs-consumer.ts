import { createDb } from "../db/client";
import { claimEvent, loadEvent } from "../modules/events/outbox";
import { isJobMessage } from "./messages";

/**
 * The jobs queue. For an event it claims the id (so a redelivery does nothing twice); the
 * handlers that react to events (webhook fan-out, issue 6) hang off this point.
 */
export async function consumeJobs(batch: MessageBatch, env: Env) {
	const db = createDb(env.DB);
	for (const message of batch.messages) {
		if (!isJobMessage(message.body)) {
			console.error(JSON.stringify({ level: "error", msg: "unknown job message dropped", id: message.id }));
			message.ack();
			continue;
		}
		try {
			const event = await loadEvent(db, message.body.event_id);
			if (!event) {
				console.error(
					JSON.stringify({ level: "error", msg: "event not found", event_id: message.body.event_id }),
				);
				message.ack();
				continue;
			}
			const first = await claimEvent(db, event.id);
			console.log(
				JSON.stringify({ level: "info", msg: "event", event_id: event.id, type: event.type, first }),
			);
			message.ack();
		} catch (error) {
			console.error(
				JSON.stringify({ level: "error", msg: "job failed", id: message.id, error: String(error) }),
			);
			message.retry();
		}
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

import { createDb } from "../db/client";
import { log } from "../lib/log";
import { failDelivery } from "../modules/webhooks/deliveries.service";
import { longJobOf } from "./long-jobs";
import { parseAnyMessage } from "./messages";

/**
 * Dead-letter queues: what a main queue gave up on is logged loudly; a snapshot build or export
 * that got here is marked failed (with its notification) so it does not stay in progress for
 * ever; so is a webhook delivery, which would otherwise stay `pending`.
 */
export async function consumeDeadLetters(batch: MessageBatch, env: Env) {
	for (const message of batch.messages) {
		log("error", "dead letter", { queue: batch.queue, id: message.id, body: message.body });
		const body = parseAnyMessage(message.body);
		try {
			await longJobOf(body, env)?.fail(`Gave up after ${message.attempts} attempts.`);
			if (body?.kind === "delivery") {
				await failDelivery(
					createDb(env.DB),
					body.delivery_id,
					"The deliveries queue gave up on this delivery.",
				);
			}
		} catch (error) {
			// Dead-letter queues do not retry: what is left is for the cron sweeps (a job or
			// delivery still pending is found again there).
			log("error", "dead letter not recorded", { id: message.id, error: String(error) });
		}
		message.ack();
	}
}

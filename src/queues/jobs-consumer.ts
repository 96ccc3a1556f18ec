import { createDb } from "../db/client";
import { claimEvents } from "../modules/events/outbox";
import { buildSnapshot, chunkSizeFrom, failSnapshot } from "../modules/snapshots/snapshot-build";
import { isBuildMessage, isJobMessage } from "./messages";

/** The builds queue's max_retries (wrangler.jsonc) plus the first delivery. */
export const BUILD_MAX_ATTEMPTS = 6;

const log = (level: "info" | "error", msg: string, fields: Record<string, unknown> = {}) =>
	(level === "error" ? console.error : console.log)(JSON.stringify({ level, msg, ...fields }));

/**
 * The jobs queue: outbox events, claimed in one statement per batch; only first-time events go
 * on to their handlers (webhook fan-out arrives with issue 6). A failure retries the batch's
 * events, which is safe: a claimed event is never handled again.
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
		const fresh = await claimEvents(
			createDb(env.DB),
			events.map((m) => m.body.event_id),
		);
		// One line per batch: a line per event would cost more than handling it.
		log("info", "events handled", { received: events.length, first_time: fresh.length });
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
 * here is marked failed (with its notification) so it does not stay `building` for ever.
 */
export async function consumeDeadLetters(batch: MessageBatch, env: Env) {
	for (const message of batch.messages) {
		log("error", "dead letter", { queue: batch.queue, id: message.id, body: message.body });
		const body = message.body;
		if (isBuildMessage(body)) {
			await failSnapshot(env.DB, body.snapshot_id, `Gave up after ${message.attempts} attempts.`);
		}
		message.ack();
	}
}

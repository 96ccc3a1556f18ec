import { log } from "../lib/log";
import { longJobOf } from "./long-jobs";
import { parseMessage } from "./messages";

/** The builds queue's max_retries (wrangler.jsonc) plus the first delivery. */
export const BUILD_MAX_ATTEMPTS = 6;

/**
 * The builds queue, one long job per invocation (snapshot builds and exports): a failure is
 * retried with backoff (a build from where it stopped, an export from the start); the last
 * attempt marks the job failed.
 */
export async function consumeBuilds(batch: MessageBatch, env: Env) {
	for (const message of batch.messages) {
		const job = longJobOf(parseMessage("BUILDS", message.body), env);
		if (!job) {
			log("error", "unknown build message dropped", { id: message.id });
			message.ack();
			continue;
		}
		try {
			const outcome = await job.run();
			log("info", job.kind, { id: job.id, outcome });
			message.ack();
		} catch (error) {
			log("error", `${job.kind} failed`, { id: job.id, attempt: message.attempts, error: String(error) });
			if (message.attempts < BUILD_MAX_ATTEMPTS) {
				message.retry({ delaySeconds: Math.min(300, 5 * 2 ** (message.attempts - 1)) });
				continue;
			}
			try {
				await job.fail(String(error));
				message.ack();
			} catch (failure) {
				// Not even the failure could be recorded: the dead-letter consumer tries again.
				log("error", `${job.kind} failure not recorded`, { id: job.id, error: String(failure) });
				message.retry();
			}
		}
	}
}

import { createApp } from "./app";
import { createDb } from "./db/client";
import { sweepOutbox } from "./modules/events/outbox";
import { purgeEndedSecrets } from "./modules/keys/keys.service";
import { purgeIdempotencyRecords } from "./modules/protection/idempotency";
import { resendQueuedSnapshots } from "./modules/snapshots/snapshots.service";
import { consumeBuilds, consumeDeadLetters, consumeJobs } from "./queues/jobs-consumer";

export { KeyState } from "./durable-objects/key-state";

const app = createApp();

export default {
	fetch: app.fetch,

	async queue(batch, env, _ctx) {
		if (batch.queue.endsWith("-dlq")) return consumeDeadLetters(batch, env);
		if (batch.queue.startsWith("folio-jobs")) return consumeJobs(batch, env);
		if (batch.queue.startsWith("folio-builds")) return consumeBuilds(batch, env);
		throw new Error(`no consumer for queue ${batch.queue}`);
	},

	async scheduled(_controller, env, ctx) {
		const db = createDb(env.DB);
		ctx.waitUntil(
			Promise.all([
				sweepOutbox(db, env.JOBS),
				resendQueuedSnapshots(db, env.BUILDS),
				purgeEndedSecrets(db),
				purgeIdempotencyRecords(db),
			]),
		);
	},
} satisfies ExportedHandler<Env>;

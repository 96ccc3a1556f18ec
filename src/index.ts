import { createApp } from "./app";
import { checkConfig } from "./config";
import { createDb } from "./db/client";
import { purgeEvents } from "./modules/events/retention";
import { staleExports } from "./modules/exports/export-writer";
import { purgeEndedSecrets } from "./modules/keys/keys.service";
import { purgeIdempotencyRecords } from "./modules/protection/idempotency";
import { recoverLostMessages } from "./modules/recovery/recover-lost";
import { armRecovery } from "./modules/recovery/recovery-client";
import { consumeBuilds } from "./queues/builds-consumer";
import { consumeDeadLetters } from "./queues/dead-letters";
import { consumeDeliveries } from "./queues/deliveries-consumer";
import { consumeJobs } from "./queues/jobs-consumer";
import { enqueue, exportMessages } from "./queues/producer";

export { DeliverySender } from "./durable-objects/delivery-sender";
export { EventsHub } from "./durable-objects/events-hub";
export { KeyState } from "./durable-objects/key-state";
export { Recovery } from "./durable-objects/recovery";

const app = createApp();

export default {
	fetch: app.fetch,

	async queue(batch, env, _ctx) {
		if (batch.queue.endsWith("-dlq")) return consumeDeadLetters(batch, env);
		if (batch.queue.startsWith("folio-jobs")) return consumeJobs(batch, env);
		if (batch.queue.startsWith("folio-builds")) return consumeBuilds(batch, env);
		if (batch.queue.startsWith("folio-deliveries")) return consumeDeliveries(batch, env);
		throw new Error(`no consumer for queue ${batch.queue}`);
	},

	async scheduled(_controller, env, ctx) {
		const db = createDb(env.DB);
		const config = checkConfig(env);
		ctx.waitUntil(
			Promise.all([
				recoverLostMessages(db, env),
				// Between crons, the Recovery object sweeps every FOLIO_RECOVERY_INTERVAL seconds.
				config.ok ? armRecovery(env, config.config.recoveryIntervalSeconds) : undefined,
				staleExports(db).then((ids) => enqueue(env, "BUILDS", exportMessages(ids))),
				purgeEndedSecrets(db),
				purgeIdempotencyRecords(db),
				// A misconfigured retention purges nothing rather than guess.
				config.ok ? purgeEvents(db, config.config.eventRetentionDays) : 0,
			]),
		);
	},
} satisfies ExportedHandler<Env>;

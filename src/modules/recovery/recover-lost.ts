import type { Db } from "../../lib/types";
import { enqueue, relayMessages } from "../../queues/producer";
import { sweepOutbox } from "../events/outbox";
import { resendStalledSnapshots } from "../snapshots/snapshots.service";
import { sweepDeliveries } from "../webhooks/deliveries.service";

/**
 * Re-sends every message that D1 says was lost: outbox events never handled, snapshot builds
 * queued or stalled, webhook deliveries overdue or in flight with a dead owner. Each sweep marks
 * what it returns in the same statement, so two sweeps running at once (the cron's and the
 * Recovery object's) never send a row twice within its threshold, and a duplicate message is
 * harmless anyway (claims). Returns how many of each were re-sent.
 */
export async function recoverLostMessages(db: Db, env: Pick<Env, "JOBS" | "BUILDS" | "DELIVERIES">) {
	const [events, builds, deliveries] = await Promise.all([
		sweepOutbox(db, env),
		resendStalledSnapshots(db, env),
		sweepDeliveries(db).then(async (ids) => {
			await enqueue(env, "DELIVERIES", relayMessages(ids));
			return ids.length;
		}),
	]);
	return { events, builds, deliveries };
}

import type { ClaimedDelivery } from "../modules/webhooks/delivery-store";

/**
 * Senders per endpoint. Each sender has six connections, so one endpoint holds at most 6 × 16 =
 * 96 at a time, however many of its requests hang; the others' senders are not touched. At 96,
 * an endpoint whose attempts hang for the full 15 s one time in ten still gets about 60 attempts
 * a second. More senders would write to D1 more often with fewer outcomes each.
 */
const SENDERS_PER_ENDPOINT = 16;
/** Attempts handed to one sender from one batch: what its connections take at once. */
const PER_SENDER = 6;

/** The sender of one endpoint and shard. */
const senderName = (endpointId: string, shard: number) => `${endpointId}/${shard}`;

/**
 * Hands a batch's claimed slow-lane attempts to the senders and returns at once (the senders
 * run them in their own invocations). Each endpoint's attempts are cut in runs of six, spread
 * over its senders from a random one on, so that successive batches load them evenly. Returns
 * the ids of the attempts no sender accepted, for the caller to give back.
 */
export async function dispatchToSenders(
	senders: Env["DELIVERY_SENDER"],
	claimed: ClaimedDelivery[],
	job: { claim: string; claimedAt: number; timeoutMs?: number },
): Promise<Set<string>> {
	const byEndpoint = new Map<string, ClaimedDelivery[]>();
	for (const row of claimed)
		byEndpoint.set(row.endpoint_id, [...(byEndpoint.get(row.endpoint_id) ?? []), row]);
	const shards = new Map<string, ClaimedDelivery[]>();
	for (const [endpoint, rows] of byEndpoint) {
		const first = Math.floor(Math.random() * SENDERS_PER_ENDPOINT);
		for (let i = 0; i * PER_SENDER < rows.length; i++) {
			const name = senderName(endpoint, (first + i) % SENDERS_PER_ENDPOINT);
			const run = rows.slice(i * PER_SENDER, (i + 1) * PER_SENDER);
			shards.set(name, [...(shards.get(name) ?? []), ...run]);
		}
	}
	const refused = new Set<string>();
	await Promise.all(
		[...shards].map(([name, rows]) =>
			senders
				.get(senders.idFromName(name))
				.accept({ ...job, rows })
				.catch(() => {
					for (const row of rows) refused.add(row.id);
				}),
		),
	);
	return refused;
}

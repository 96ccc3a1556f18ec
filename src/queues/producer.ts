import { MESSAGES_OF, type MessageOf, type QueueName } from "./messages";

/** A queue's largest sendBatch: 100 messages and 256 KB; the byte budget leaves room for overhead. */
const BATCH_MESSAGES = 100;
const BATCH_BYTES = 192 * 1024;
/** Ids per relay message: 100 keeps one under 4 KB, so a full batch stays far below the byte limit. */
const IDS_PER_RELAY = 100;

export type Queues = { [Q in QueueName]: Queue };

/**
 * The one way onto a queue: each message is checked against its queue's type (a message that
 * fails is a bug here, thrown before anything is sent), then sent in the largest batches the
 * queue takes. A failed send throws; the caller knows what recovers it.
 */
export async function enqueue<Q extends QueueName>(
	queues: Pick<Queues, Q>,
	queue: Q,
	messages: MessageOf<Q>[],
	/** Seconds before each message is delivered (a retry's wait), aligned with `messages`. */
	delays?: number[],
) {
	const bodies = messages.map((m) => MESSAGES_OF[queue].parse(m));
	let batch: MessageSendRequest[] = [];
	let bytes = 0;
	for (const [i, body] of bodies.entries()) {
		const size = JSON.stringify(body).length;
		if (batch.length === BATCH_MESSAGES || (batch.length > 0 && bytes + size > BATCH_BYTES)) {
			await queues[queue].sendBatch(batch);
			batch = [];
			bytes = 0;
		}
		const delaySeconds = delays?.[i];
		batch.push(delaySeconds ? { body, delaySeconds } : { body });
		bytes += size;
	}
	if (batch.length > 0) await queues[queue].sendBatch(batch);
}

export const eventMessages = (ids: string[]): MessageOf<"JOBS">[] =>
	ids.map((id) => ({ v: 1, kind: "event", event_id: id }));

export const snapshotMessages = (ids: string[]): MessageOf<"BUILDS">[] =>
	ids.map((id) => ({ v: 1, kind: "snapshot", snapshot_id: id }));

export const exportMessages = (ids: string[]): MessageOf<"BUILDS">[] =>
	ids.map((id) => ({ v: 1, kind: "export", export_id: id }));

export const deliveryMessages = (ids: string[]): MessageOf<"DELIVERIES">[] =>
	ids.map((id) => ({ v: 1, kind: "delivery", delivery_id: id }));

/** A sweep's ids, 100 to a message (the consumer of the queue expands them). */
export function relayMessages(ids: string[]): { v: 1; kind: "relay"; ids: string[] }[] {
	const relays: { v: 1; kind: "relay"; ids: string[] }[] = [];
	for (let i = 0; i < ids.length; i += IDS_PER_RELAY) {
		relays.push({ v: 1, kind: "relay", ids: ids.slice(i, i + IDS_PER_RELAY) });
	}
	return relays;
}

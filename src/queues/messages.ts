import { z } from "@hono/zod-openapi";

const id = z.string();

/** The jobs queue: one outbox event to fan out. */
const EventMessage = z.object({ v: z.literal(1), kind: z.literal("event"), event_id: id });
/** The builds queue: a snapshot build (or its continuation). */
const SnapshotMessage = z.object({ v: z.literal(1), kind: z.literal("snapshot"), snapshot_id: id });
/** The builds queue: an export, one long job per invocation. */
const ExportMessage = z.object({ v: z.literal(1), kind: z.literal("export"), export_id: id });
/** The deliveries queues: the next attempt of one webhook delivery (its number is decided in D1). */
const DeliveryMessage = z.object({ v: z.literal(1), kind: z.literal("delivery"), delivery_id: id });
/**
 * Many ids in one message, which its consumer turns into one message each (events on the jobs
 * queue, deliveries on the deliveries queue): how a cron sweep re-queues tens of thousands within
 * its subrequest limit.
 */
const RelayMessage = z.object({ v: z.literal(1), kind: z.literal("relay"), ids: z.array(id) });

/**
 * Every queue message, as one versioned tagged union. Events travel by id only; the payload stays
 * in D1, because a queue message is limited to 128 KB and entity data is not. A new version of a
 * kind goes beside the old one (`z.union` of both under that kind), so that messages in flight
 * during a deploy still parse.
 */
export const QueueMessage = z.discriminatedUnion("kind", [
	EventMessage,
	SnapshotMessage,
	ExportMessage,
	DeliveryMessage,
	RelayMessage,
]);
export type QueueMessage = z.infer<typeof QueueMessage>;

/** What each queue binding carries; the slow lane carries what the main lane does. */
const deliveries = z.discriminatedUnion("kind", [DeliveryMessage, RelayMessage]);
export const MESSAGES_OF = {
	JOBS: z.discriminatedUnion("kind", [EventMessage, RelayMessage]),
	BUILDS: z.discriminatedUnion("kind", [SnapshotMessage, ExportMessage]),
	DELIVERIES: deliveries,
	DELIVERIES_SLOW: deliveries,
};
export type QueueName = keyof typeof MESSAGES_OF;
export type MessageOf<Q extends QueueName> = z.infer<(typeof MESSAGES_OF)[Q]>;

/**
 * An incoming message's body as its queue's type, or null. A body that does not parse (another
 * version's, or not ours) is never going to: the consumer logs and acks it rather than retrying it
 * until it lands in the dead-letter queue.
 */
export function parseMessage<Q extends QueueName>(queue: Q, body: unknown): MessageOf<Q> | null {
	const parsed = MESSAGES_OF[queue].safeParse(body);
	return parsed.success ? (parsed.data as MessageOf<Q>) : null;
}

/** The same for a dead-letter queue, which may hold any queue's messages. */
export function parseAnyMessage(body: unknown): QueueMessage | null {
	const parsed = QueueMessage.safeParse(body);
	return parsed.success ? parsed.data : null;
}

/**
 * Queue messages: versioned tagged unions. Events travel by id only; the payload stays in D1,
 * because a queue message is limited to 128 KB and entity data is not.
 */
export type JobMessage = { v: 1; kind: "event"; event_id: string };

/**
 * Many ids in one message, which its consumer turns into one message each: how a cron sweep
 * re-queues tens of thousands of events or deliveries within its subrequest limit.
 */
export type RelayMessage = { v: 1; kind: "relay"; ids: string[] };

export function isRelayMessage(body: unknown): body is RelayMessage {
	const m = body as Partial<RelayMessage> | null;
	return (
		m?.v === 1 && m.kind === "relay" && Array.isArray(m.ids) && m.ids.every((id) => typeof id === "string")
	);
}

/** The builds queue: a snapshot build (or its continuation), by snapshot id. */
export type BuildMessage = { v: 1; kind: "snapshot"; snapshot_id: string };

/** The builds queue also carries exports: long jobs, one per invocation. */
export type ExportMessage = { v: 1; kind: "export"; export_id: string };

export function isExportMessage(body: unknown): body is ExportMessage {
	const m = body as Partial<ExportMessage> | null;
	return m?.v === 1 && m.kind === "export" && typeof m.export_id === "string";
}

export function isJobMessage(body: unknown): body is JobMessage {
	const m = body as Partial<JobMessage> | null;
	return m?.v === 1 && m.kind === "event" && typeof m.event_id === "string";
}

export function isBuildMessage(body: unknown): body is BuildMessage {
	const m = body as Partial<BuildMessage> | null;
	return m?.v === 1 && m.kind === "snapshot" && typeof m.snapshot_id === "string";
}

/** The deliveries queue: the next attempt of one webhook delivery (its number is decided in D1). */
export type DeliveryMessage = { v: 1; kind: "delivery"; delivery_id: string };

export function isDeliveryMessage(body: unknown): body is DeliveryMessage {
	const m = body as Partial<DeliveryMessage> | null;
	return m?.v === 1 && m.kind === "delivery" && typeof m.delivery_id === "string";
}

export async function sendExports(queue: Queue, exportIds: string[]) {
	if (exportIds.length === 0) return;
	await queue.sendBatch(
		exportIds.map((id) => ({ body: { v: 1, kind: "export", export_id: id } satisfies ExportMessage })),
	);
}

/** A queue's largest sendBatch: 100 messages (and 256 KB, which relays of 100 ids keep under at 50). */
const SEND_BATCH = 100;
const IDS_PER_RELAY = 100;
const RELAYS_PER_SEND = 50;

/** Sends delivery messages in the queue's largest batches (100 messages). */
export async function sendDeliveries(queue: Queue, deliveryIds: string[]) {
	for (let i = 0; i < deliveryIds.length; i += SEND_BATCH) {
		await queue.sendBatch(
			deliveryIds
				.slice(i, i + SEND_BATCH)
				.map((id) => ({ body: { v: 1, kind: "delivery", delivery_id: id } satisfies DeliveryMessage })),
		);
	}
}

export async function sendEvents(queue: Queue, eventIds: string[]) {
	for (let i = 0; i < eventIds.length; i += SEND_BATCH) {
		await queue.sendBatch(
			eventIds
				.slice(i, i + SEND_BATCH)
				.map((id) => ({ body: { v: 1, kind: "event", event_id: id } satisfies JobMessage })),
		);
	}
}

/** Sends ids 100 to a relay message, 50 relays per sendBatch: 5,000 ids per subrequest. */
export async function sendRelays(queue: Queue, ids: string[]) {
	const step = IDS_PER_RELAY * RELAYS_PER_SEND;
	for (let i = 0; i < ids.length; i += step) {
		const relays = [];
		for (let j = i; j < Math.min(ids.length, i + step); j += IDS_PER_RELAY) {
			relays.push({
				body: { v: 1, kind: "relay", ids: ids.slice(j, j + IDS_PER_RELAY) } satisfies RelayMessage,
			});
		}
		await queue.sendBatch(relays);
	}
}

/**
 * Queue messages: versioned tagged unions. Events travel by id only; the payload stays in D1,
 * because a queue message is limited to 128 KB and entity data is not.
 */
export type JobMessage = { v: 1; kind: "event"; event_id: string };

/** The builds queue: a snapshot build (or its continuation), by snapshot id. */
export type BuildMessage = { v: 1; kind: "snapshot"; snapshot_id: string };

export function isJobMessage(body: unknown): body is JobMessage {
	const m = body as Partial<JobMessage> | null;
	return m?.v === 1 && m.kind === "event" && typeof m.event_id === "string";
}

export function isBuildMessage(body: unknown): body is BuildMessage {
	const m = body as Partial<BuildMessage> | null;
	return m?.v === 1 && m.kind === "snapshot" && typeof m.snapshot_id === "string";
}

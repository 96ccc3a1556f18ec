/**
 * Messages on the jobs queue: a versioned tagged union. Events travel by id only; the payload
 * stays in D1, because a queue message is limited to 128 KB and entity data is not. A snapshot
 * message asks for a build (or its continuation) by snapshot id.
 */
export type JobMessage =
	| { v: 1; kind: "event"; event_id: string }
	| { v: 1; kind: "snapshot"; snapshot_id: string };

export function isJobMessage(body: unknown): body is JobMessage {
	const m = body as Record<string, unknown> | null;
	if (m?.v !== 1) return false;
	if (m.kind === "event") return typeof m.event_id === "string";
	if (m.kind === "snapshot") return typeof m.snapshot_id === "string";
	return false;
}

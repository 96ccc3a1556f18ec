import { configOf } from "../config";
import { createDb } from "../db/client";
import { failExport, runExport } from "../modules/exports/export-writer";
import { buildSnapshot, failSnapshot } from "../modules/snapshots/snapshot-build";
import type { QueueMessage } from "./messages";

/** A builds-queue message as the job it stands for (the builds and dead-letter consumers share it). */
export interface LongJob {
	kind: "snapshot build" | "export";
	id: string;
	run: () => Promise<unknown>;
	/** Marks the job failed for good, with its notification. */
	fail: (error: string) => Promise<void>;
}

/** The job a (parsed) builds-queue message stands for; null for other queues' messages. */
export function longJobOf(body: QueueMessage | null, env: Env): LongJob | null {
	if (body?.kind === "snapshot") {
		const id = body.snapshot_id;
		return {
			kind: "snapshot build",
			id,
			run: () => buildSnapshot(env, id, { chunkSize: configOf(env).snapshotChunkSize }),
			fail: (error) => failSnapshot(createDb(env.DB), id, error),
		};
	}
	if (body?.kind === "export") {
		const id = body.export_id;
		return {
			kind: "export",
			id,
			run: () => runExport(env, id),
			fail: (error) => failExport(createDb(env.DB), id, error),
		};
	}
	return null;
}

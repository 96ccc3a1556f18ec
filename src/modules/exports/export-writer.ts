import { toHex } from "../../lib/crypto";
import { newId, nowIso, sqlId } from "../../lib/ids";
import { dispatch } from "../../queues/effects";
import { eventPayload } from "../events/event-payloads";

/** R2 wants every part but the last of one size, at least 5 MiB. */
export const PART_BYTES = 5 * 1024 * 1024;
const ROWS_PER_READ = 500;
const READ_BYTES = 4 * 1024 * 1024;
/** A `running` export older than this lost its consumer; the cron sweep re-queues it. */
export const STALE_EXPORT_MS = 20 * 60_000;
/** Runs an export may start, crashed ones included; the cron fails a job that used them all. */
export const MAX_RUNS = 6;

const encoder = new TextEncoder();

interface Line {
	slug: string;
	schema_id: string;
	data: string;
}

/**
 * Collects bytes into fixed-size parts. Below one part the file is put whole; above, a multipart
 * upload starts with the first full part. Memory stays at about one part whatever the size.
 */
export class PartWriter {
	private chunks: Uint8Array[] = [];
	private size = 0;
	private upload: R2MultipartUpload | null = null;
	private parts: R2UploadedPart[] = [];
	bytes = 0;

	constructor(
		private readonly bucket: R2Bucket,
		private readonly key: string,
		private readonly partBytes = PART_BYTES,
	) {}

	async write(bytes: Uint8Array) {
		this.chunks.push(bytes);
		this.size += bytes.byteLength;
		this.bytes += bytes.byteLength;
		while (this.size >= this.partBytes) await this.flushPart(this.take(this.partBytes));
	}

	private take(length: number): Uint8Array {
		const out = new Uint8Array(length);
		let offset = 0;
		while (offset < length) {
			const chunk = this.chunks[0] as Uint8Array;
			const n = Math.min(chunk.byteLength, length - offset);
			out.set(chunk.subarray(0, n), offset);
			offset += n;
			if (n === chunk.byteLength) this.chunks.shift();
			else this.chunks[0] = chunk.subarray(n);
		}
		this.size -= length;
		return out;
	}

	private async flushPart(part: Uint8Array) {
		this.upload ??= await this.bucket.createMultipartUpload(this.key, {
			httpMetadata: { contentType: "application/x-ndjson" },
		});
		this.parts.push(await this.upload.uploadPart(this.parts.length + 1, part));
	}

	async close() {
		const rest = this.take(this.size);
		if (!this.upload) {
			await this.bucket.put(this.key, rest, { httpMetadata: { contentType: "application/x-ndjson" } });
			return;
		}
		if (rest.byteLength > 0) await this.flushPart(rest);
		await this.upload.complete(this.parts);
	}

	async abort() {
		await this.upload?.abort().catch(() => undefined);
	}
}

/**
 * Claims a queued export (or one whose consumer died) and writes its snapshot to R2 as NDJSON, in
 * slug order, `{"slug","schema","data"}` with the stored data spliced in unparsed. Completion, the
 * file's digest and `export.completed` (outbox) are one D1 batch. Returns what happened; throws on
 * failure after putting the job back to `queued` for the retry.
 */
export async function runExport(env: Env, exportId: string): Promise<"completed" | "skipped"> {
	const d1 = env.DB;
	const now = Date.now();
	const job = await d1
		.prepare(
			`UPDATE exports SET status = 'running', started_at = ?2, attempts = attempts + 1, error = NULL
			WHERE id = ?1 AND attempts < ?4 AND (status = 'queued' OR (status = 'running' AND started_at < ?3))
			RETURNING id, project_id, snapshot_id, started_at, schemas`,
		)
		.bind(exportId, new Date(now).toISOString(), new Date(now - STALE_EXPORT_MS).toISOString(), MAX_RUNS)
		.first<{
			id: string;
			project_id: string;
			snapshot_id: string;
			started_at: string;
			schemas: string | null;
		}>();
	if (!job) return "skipped";

	const key = `exports/${job.project_id}/${job.id}.ndjson`;
	const writer = new PartWriter(env.EXPORTS, key);
	const digest = new crypto.DigestStream("SHA-256");
	const hash = digest.getWriter();
	let count = 0;
	try {
		let after = "";
		for (;;) {
			const { results } = await d1
				.prepare(
					// At most ROWS_PER_READ rows and about READ_BYTES of data (always at least one row),
					// so that a page of large entities stays small in memory.
					`SELECT slug, schema_id, data FROM (
						SELECT *, sum(length(data)) OVER (ORDER BY slug ROWS UNBOUNDED PRECEDING) AS running FROM (
							SELECT se.slug, se.schema_id, r.data FROM snapshot_entries se
							JOIN entity_revisions r ON r.project_id = ?2 AND r.slug = se.slug AND r.revision = se.revision
							WHERE se.snapshot_id = ?1 AND se.slug > ?3
								AND (?4 IS NULL OR se.schema_id IN (SELECT value FROM json_each(?4)))
							ORDER BY se.slug LIMIT ${ROWS_PER_READ}))
					WHERE running <= ${READ_BYTES} OR running = length(data) ORDER BY slug`,
				)
				// A job of a limited key (`schemas`, JSON as stored) writes only entities of its schemas.
				.bind(job.snapshot_id, job.project_id, after, job.schemas)
				.all<Line>();
			if (results.length === 0) break;
			let text = "";
			for (const row of results) {
				text += `{"slug":${JSON.stringify(row.slug)},"schema":${JSON.stringify(row.schema_id)},"data":${row.data}}\n`;
			}
			const bytes = encoder.encode(text);
			await hash.write(bytes);
			await writer.write(bytes);
			count += results.length;
			after = (results.at(-1) as Line).slug;
			// A short page may only mean the byte limit: the next read says whether anything is left.
		}
		await hash.close();
		await writer.close();
	} catch (error) {
		await writer.abort();
		await requeue(d1, job, error);
		throw error;
	}
	const sha256 = toHex(new Uint8Array(await digest.digest));
	try {
		await complete(env, job, { key, count, bytes: writer.bytes, sha256 });
	} catch (error) {
		await requeue(d1, job, error);
		throw error;
	}
	return "completed";
}

/** A run that failed hands the job back (if it still holds it) for the queue's retry. */
async function requeue(d1: D1Database, job: { id: string; started_at: string }, error: unknown) {
	await d1
		.prepare(
			"UPDATE exports SET status = 'queued', error = ?2 WHERE id = ?1 AND status = 'running' AND started_at = ?3",
		)
		.bind(job.id, String(error).slice(0, 1000), job.started_at)
		.run()
		.catch(() => undefined);
}

async function complete(
	env: Env,
	job: { id: string; project_id: string; snapshot_id: string; started_at: string },
	file: { key: string; count: number; bytes: number; sha256: string },
) {
	const d1 = env.DB;
	const at = nowIso();
	const eventId = newId("evt");
	const payload = eventPayload(
		"export.completed",
		{ id: eventId, timestamp: at, project: job.project_id },
		{
			export: {
				id: job.id,
				snapshot_id: job.snapshot_id,
				entity_count: file.count,
				bytes: file.bytes,
				sha256: file.sha256,
				completed_at: at,
			},
		},
	);
	// Only the run that still holds the claim completes the job and writes the event.
	const held = "SELECT 1 FROM exports WHERE id = ?1 AND status = 'running' AND started_at = ?2";
	const [event] = await d1.batch([
		d1
			.prepare(
				`INSERT INTO outbox_events (id, project_id, type, payload, created_at)
				SELECT ?3, ?4, 'export.completed', ?5, ?6 WHERE EXISTS (${held})`,
			)
			.bind(job.id, job.started_at, eventId, job.project_id, JSON.stringify(payload), at),
		d1
			.prepare(
				`UPDATE exports SET status = 'completed', completed_at = ?3, object_key = ?4, entity_count = ?5,
					bytes = ?6, sha256 = ?7 WHERE id = ?1 AND status = 'running' AND started_at = ?2`,
			)
			.bind(job.id, job.started_at, at, file.key, file.count, file.bytes, file.sha256),
	]);
	if ((event?.meta.changes ?? 0) > 0) await dispatch(env, [{ kind: "relay-events", ids: [eventId] }]);
}

/** The last attempt failed: the job is `failed`, with one `export.failed` notification. */
export async function failExport(d1: D1Database, exportId: string, error: string) {
	const now = nowIso();
	const detail = error.slice(0, 1000);
	await d1.batch([
		d1
			.prepare(
				`INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
				SELECT ${sqlId("ntf")}, project_id, 'export.failed', id, json_object('error', ?2), ?3
				FROM exports WHERE id = ?1 AND status IN ('queued', 'running')`,
			)
			.bind(exportId, detail, now),
		d1
			.prepare(
				"UPDATE exports SET status = 'failed', failed_at = ?2, error = ?3 WHERE id = ?1 AND status IN ('queued', 'running')",
			)
			.bind(exportId, now, detail),
	]);
}

/**
 * Cron: exports queued a minute ago without a start, or running with a consumer that died, are
 * returned for re-sending; one that has used all its runs is failed instead (a job that kills its
 * consumer every time must not be retried for ever).
 */
export async function staleExports(d1: D1Database): Promise<string[]> {
	const now = Date.now();
	const stale = new Date(now - STALE_EXPORT_MS).toISOString();
	const { results: spent } = await d1
		.prepare(
			`SELECT id FROM exports WHERE attempts >= ?1 AND (status = 'queued' OR (status = 'running' AND started_at < ?2)) LIMIT 100`,
		)
		.bind(MAX_RUNS, stale)
		.all<{ id: string }>();
	for (const { id } of spent) await failExport(d1, id, `Gave up after ${MAX_RUNS} runs.`);
	const { results } = await d1
		.prepare(
			`SELECT id FROM exports WHERE attempts < ?3 AND ((status = 'queued' AND coalesce(started_at, requested_at) < ?1)
				OR (status = 'running' AND started_at < ?2)) LIMIT 100`,
		)
		.bind(new Date(now - 60_000).toISOString(), stale, MAX_RUNS)
		.all<{ id: string }>();
	return results.map((r) => r.id);
}

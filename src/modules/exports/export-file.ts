import { toHex } from "../../lib/crypto";
import type { Db } from "../../lib/types";
import { PartWriter } from "./part-writer";

const ROWS_PER_READ = 500;
const READ_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

interface Line {
	slug: string;
	schema_id: string;
	data: string;
}

/**
 * Writes an export job's snapshot to R2 under `key` as NDJSON, in slug order,
 * `{"slug","schema","data"}` with the stored data spliced in unparsed, hashing it as it goes.
 * A failed write aborts its upload and throws.
 */
export async function writeExportFile(
	db: Db,
	bucket: R2Bucket,
	job: { project_id: string; snapshot_id: string; schemas: string | null },
	key: string,
) {
	const d1 = db.$client;
	const writer = new PartWriter(bucket, key);
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
		throw error;
	}
	const sha256 = toHex(new Uint8Array(await digest.digest));
	return { count, bytes: writer.bytes, sha256 };
}

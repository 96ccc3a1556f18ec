/** R2 wants every part but the last of one size, at least 5 MiB. */
export const PART_BYTES = 5 * 1024 * 1024;

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

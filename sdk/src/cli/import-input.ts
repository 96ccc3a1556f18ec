import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";

/** One input record, or why its line cannot be imported. */
export type Line =
	| { line: number; slug: string; schema: string; data: Record<string, unknown> }
	| { line: number; error: string; raw: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

function toLine(line: number, value: unknown, raw: string): Line {
	if (!isObject(value)) return { line, error: "not a JSON object", raw };
	const { slug, schema, data } = value;
	if (typeof slug !== "string" || slug === "")
		return { line, error: "`slug` must be a non-empty string", raw };
	if (typeof schema !== "string" || schema === "")
		return { line, error: "`schema` must be a non-empty string", raw };
	if (!isObject(data)) return { line, error: "`data` must be a JSON object", raw };
	return { line, slug, schema, data };
}

/**
 * The records of an NDJSON file (one object a line, blank lines skipped), streamed, or of a JSON
 * file holding an array of them (element n is "line" n). The shape is what `folio export` writes.
 */
export async function* readRecords(file: string): AsyncGenerator<Line> {
	if (file.toLowerCase().endsWith(".json")) {
		let value: unknown;
		try {
			value = JSON.parse(await readFile(file, "utf8"));
		} catch (error) {
			yield { line: 1, error: `invalid JSON: ${(error as Error).message}`, raw: "" };
			return;
		}
		if (!Array.isArray(value)) {
			yield { line: 1, error: "a .json file must hold an array of { slug, schema, data }", raw: "" };
			return;
		}
		for (const [i, item] of value.entries()) yield toLine(i + 1, item, JSON.stringify(item));
		return;
	}
	const lines = createInterface({
		input: createReadStream(file, "utf8"),
		crlfDelay: Number.POSITIVE_INFINITY,
	});
	let n = 0;
	for await (const raw of lines) {
		n++;
		if (raw.trim() === "") continue;
		let value: unknown;
		try {
			value = JSON.parse(raw);
		} catch (error) {
			yield { line: n, error: `invalid JSON: ${(error as Error).message}`, raw };
			continue;
		}
		yield toLine(n, value, raw);
	}
}

/** Key-order-independent JSON, so that content compares equal however it was written. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
	if (value && typeof value === "object") {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
	}
	return JSON.stringify(value);
}

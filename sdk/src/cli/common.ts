import { renameSync, writeFileSync } from "node:fs";
import { Folio } from "../client.ts";
import { FolioError } from "../errors.ts";
import { announcingFetch } from "./reachability.ts";

/** Exit codes, documented in docs/cli.md and `folio --help`. */
export const EXIT = {
	ok: 0,
	/** The command ran, but some input lines or entities failed (see the failures file). */
	partial: 1,
	usage: 2,
	/** The API refused the request, or could not be reached after retries. */
	api: 3,
	/** A download did not match the sha256 the server recorded. */
	verify: 4,
} as const;

export interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	env: Record<string, string | undefined>;
	/** Whether stderr is a terminal: a redrawn progress bar there, a line every few seconds elsewhere. */
	tty: boolean;
	fetch?: typeof fetch;
}

export class UsageError extends Error {}

export const CONNECTION_HELP = `Connection (flags or environment):
  --url URL        API origin, e.g. http://localhost:8787   (FOLIO_URL)
  --key KEY        API key or root token                    (FOLIO_KEY)`;

export const connectionOptions = {
	url: { type: "string" },
	key: { type: "string" },
	help: { type: "boolean", short: "h" },
} as const;

/** A client from flags or FOLIO_URL / FOLIO_KEY, patient with rate limits (a CLI can wait). */
export function clientFrom(values: { url?: string; key?: string }, io: Io): Folio {
	const baseUrl = values.url ?? io.env.FOLIO_URL;
	const apiKey = values.key ?? io.env.FOLIO_KEY;
	if (!baseUrl) throw new UsageError("Set the API origin with --url or FOLIO_URL.");
	if (!apiKey) throw new UsageError("Set the API key with --key or FOLIO_KEY.");
	const retries = { max: 10, maxDelayMs: 30_000 };
	const fetch = announcingFetch(
		io.fetch ?? globalThis.fetch.bind(globalThis),
		baseUrl,
		retries.max + 1,
		io.stderr,
	);
	// The SDK sends the newest bookmark it saw within this run; FOLIO_BOOKMARK carries one from an earlier run.
	return new Folio({ baseUrl, apiKey, fetch, retries, bookmark: io.env.FOLIO_BOOKMARK });
}

export function required(value: string | undefined, flag: string): string {
	if (!value) throw new UsageError(`${flag} is required.`);
	return value;
}

/** What a failed API call says, in one line. */
export function describeError(error: unknown): string {
	if (error instanceof FolioError) {
		const where = error.problem.errors
			?.map((e) => `${e.pointer ?? e.parameter ?? ""} ${e.message}`)
			.join("; ");
		return `${error.status} ${error.code}: ${error.message}${where ? ` (${where})` : ""}`;
	}
	return error instanceof Error ? error.message : String(error);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes `text` next to `path` and renames it over it: a crash leaves the old file or the new one,
 * never half of either (cursor files, sync mirrors).
 */
export function replaceFile(path: string, text: string) {
	const temp = `${path}.${process.pid}.tmp`;
	writeFileSync(temp, text);
	renameSync(temp, path);
}

import { randomToken } from "./encoding.ts";
import { errorFromResponse, type FolioError, FolioNetworkError } from "./errors.ts";
import {
	parseRetryAfter,
	RETRYABLE_STATUS,
	type RetryOptions,
	type RetryPolicy,
	retryDelay,
	retryPolicy,
	sleep,
} from "./retry.ts";
import { type SigningCredentials, signatureHeaders } from "./signing.ts";
import type { RequestOptions } from "./types.ts";

export const SDK_VERSION = "0.1.0";

export interface FolioOptions {
	/** The API's origin, e.g. `http://localhost:8787` (a path prefix in front of `/api/v1` is kept). */
	baseUrl: string;
	/** An API key (`folio_…`) or the root token. */
	apiKey: string;
	/** Sign every request per RFC 9421 (required for keys created with `require_signature`). */
	signing?: SigningCredentials;
	retries?: RetryOptions;
	/** Defaults to the global fetch, looked up at call time. */
	fetch?: typeof fetch;
	userAgent?: string;
	/**
	 * An `X-Folio-Bookmark` to start from (e.g. one another process saw). The client sends the
	 * newest bookmark it has seen on every request, so it reads its own writes.
	 */
	bookmark?: string;
}

const BOOKMARK_HEADER = "X-Folio-Bookmark";
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

export type QueryValue = string | number | boolean | null | undefined;

export interface CallOptions extends RequestOptions {
	query?: Record<string, QueryValue>;
	/** Serialised as JSON. */
	body?: unknown;
}

/** Writes the API deduplicates by Idempotency-Key (docs/idempotency.md), so their retries are safe. */
const IDEMPOTENT_WRITES = new Set(["POST", "PUT"]);

/**
 * Sends requests: authentication, JSON, signing, and retries of rate-limited, unavailable and
 * unanswered requests. Everything above it (resources, pagination) deals in typed bodies only.
 */
export class Transport {
	readonly #baseUrl: string;
	readonly #apiKey: string;
	readonly #signing: SigningCredentials | undefined;
	readonly #policy: RetryPolicy;
	readonly #fetch: typeof fetch | undefined;
	readonly #userAgent: string;
	#bookmark: string | undefined;

	constructor(options: FolioOptions) {
		if (!options.baseUrl) throw new TypeError("Folio: baseUrl is required.");
		this.#baseUrl = options.baseUrl.replace(/\/+$/, "");
		this.#apiKey = options.apiKey;
		this.#signing = options.signing;
		this.#policy = retryPolicy(options.retries);
		this.#fetch = options.fetch;
		this.#userAgent = options.userAgent ?? `folio-sdk/${SDK_VERSION}`;
		if (options.bookmark !== undefined) this.noteBookmark(options.bookmark);
	}

	/** The newest `X-Folio-Bookmark` the server has answered (or the one given), sent on every request. */
	get bookmark(): string | undefined {
		return this.#bookmark;
	}

	/**
	 * Keeps a bookmark if it is newer than the one held. D1 bookmarks are fixed-width hexadecimal
	 * fields, most significant first, so their text order is their order; anything else is ignored.
	 */
	noteBookmark(bookmark: string | null | undefined): void {
		if (!bookmark || !BOOKMARK.test(bookmark)) return;
		if (this.#bookmark === undefined || bookmark > this.#bookmark) this.#bookmark = bookmark;
	}

	/** The parsed JSON body of a successful response; undefined for 204, and for 304 (a caller's If-None-Match). */
	async json<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
		const res = await this.send(method, path, options);
		if (res.status === 204 || res.status === 304) return undefined as T;
		return (await res.json()) as T;
	}

	/** The successful (2xx or 304) response, its body unread; any other outcome throws a FolioError. */
	async send(method: string, path: string, options: CallOptions = {}): Promise<Response> {
		const url = this.url(path, options.query);
		const body = options.body === undefined ? undefined : JSON.stringify(options.body);
		// One key per logical call: every retry presents it, so the server applies the write once.
		const idempotencyKey = IDEMPOTENT_WRITES.has(method)
			? (options.idempotencyKey ?? headerValue(options.headers, "Idempotency-Key") ?? randomToken())
			: undefined;
		const { signal } = options;
		for (let retry = 0; ; retry++) {
			const headers = await this.headers(method, url, body, idempotencyKey, options.headers);
			let res: Response;
			try {
				res = await this.fetchFn(url, { method, headers, body, signal });
			} catch (cause) {
				// The caller's own abort is not a network failure: surface it as it is.
				if (signal?.aborted) throw signal.reason ?? cause;
				const delay = retry < this.#policy.max ? retryDelay(this.#policy, retry) : undefined;
				if (delay === undefined) throw new FolioNetworkError(cause, retry + 1);
				await sleep(delay, signal);
				continue;
			}
			// Every answer may carry one, refusals included: they ran in a session too.
			this.noteBookmark(res.headers.get(BOOKMARK_HEADER));
			if (res.ok || res.status === 304) return res;
			const error = await errorFromResponse(res);
			const delay =
				retry < this.#policy.max && retryable(error, idempotencyKey)
					? retryDelay(this.#policy, retry, parseRetryAfter(res.headers.get("Retry-After")))
					: undefined;
			if (delay === undefined) throw error;
			await sleep(delay, signal);
		}
	}

	url(path: string, query: Record<string, QueryValue> = {}): string {
		const params = new URLSearchParams();
		for (const [name, value] of Object.entries(query)) {
			if (value !== undefined && value !== null) params.set(name, String(value));
		}
		const search = params.toString();
		return `${this.#baseUrl}${path}${search ? `?${search}` : ""}`;
	}

	private fetchFn(url: string, init: RequestInit): Promise<Response> {
		// Resolved per call and never called as a method: browsers reject a detached `this`.
		const fetchImpl = this.#fetch ?? globalThis.fetch;
		return fetchImpl(url, init);
	}

	private async headers(
		method: string,
		url: string,
		body: string | undefined,
		idempotencyKey: string | undefined,
		extra: Record<string, string> = {},
	): Promise<Headers> {
		// A Headers object, so a caller's `idempotency-key` replaces ours instead of joining it.
		const headers = new Headers({
			Accept: "application/json",
			Authorization: `Bearer ${this.#apiKey}`,
			"User-Agent": this.#userAgent,
		});
		if (body !== undefined) headers.set("Content-Type", "application/json");
		if (idempotencyKey !== undefined) headers.set("Idempotency-Key", idempotencyKey);
		if (this.#bookmark !== undefined) headers.set(BOOKMARK_HEADER, this.#bookmark);
		for (const [name, value] of Object.entries(extra)) headers.set(name, value);
		// Fresh `created` and nonce per attempt: the server refuses a replayed nonce.
		if (this.#signing) {
			const signed = await signatureHeaders(this.#signing, method, url, body);
			for (const [name, value] of Object.entries(signed)) headers.set(name, value);
		}
		return headers;
	}
}

/**
 * 429 and 503 mean the request was not processed, and so does `concurrent_update` (the resource
 * kept changing under the write; nothing was written). `idempotency_in_flight` means our own
 * earlier attempt of this call (same key) is still running: waiting for it cannot apply the
 * write twice.
 */
function retryable(error: FolioError, idempotencyKey: string | undefined): boolean {
	return (
		RETRYABLE_STATUS.has(error.status) ||
		error.code === "concurrent_update" ||
		(idempotencyKey !== undefined && error.code === "idempotency_in_flight")
	);
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
	const wanted = name.toLowerCase();
	return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

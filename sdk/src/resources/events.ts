import type { Transport } from "../transport.ts";
import type { FeedEvent, FeedPage, RequestOptions } from "../types.ts";
import { adminPath, path } from "./shared.ts";

export interface EventsListOptions {
	/** A `next_cursor` of the feed, or `"now"` (after the newest event). Absent: the oldest retained. */
	cursor?: string;
	/** Only these event types. */
	types?: string[];
	/** Page size, 1-500 (default 100). */
	limit?: number;
	/** Long poll: when nothing is new, the server holds the request up to this many seconds (1-25). */
	wait?: number;
}

export interface EventsFollowOptions extends Omit<EventsListOptions, "wait"> {
	/** Seconds each long poll may be held (1-25, default 25). */
	wait?: number;
	/**
	 * Called with the position after every page once its events have been consumed; store it and
	 * pass it back as `cursor` to resume after a restart without missing or repeating an event.
	 */
	onCursor?: (cursor: string) => void | Promise<void>;
	signal?: AbortSignal;
}

/** The project's events feed (`events.read`): the bodies webhook deliveries carry, oldest first. */
export class Events {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/** One page after `cursor`; its `next_cursor` is never null (the same cursor when nothing is new). */
	list(project: string, options: EventsListOptions = {}, request?: RequestOptions): Promise<FeedPage> {
		return this.#transport.json("GET", `${adminPath(project)}/events`, {
			...request,
			query: {
				cursor: options.cursor,
				types: options.types?.join(","),
				limit: options.limit,
				wait: options.wait,
			},
		});
	}

	get(project: string, id: string, options?: RequestOptions): Promise<FeedEvent> {
		return this.#transport.json("GET", `${adminPath(project)}${path`/events/${id}`}`, options);
	}

	/**
	 * Every event from `cursor` on, forever (until `signal` aborts or the loop breaks), by long
	 * poll: an idle feed costs one held request per `wait` seconds, and an event arrives within
	 * about a second of its commit. Resumes from the last page consumed: at-least-once across a
	 * crash in the middle of a page, exactly once otherwise. A cursor past retention throws the
	 * 410 `cursor_expired` FolioError: re-sync from a snapshot, then follow from `"now"`.
	 */
	async *follow(
		project: string,
		options: EventsFollowOptions = {},
	): AsyncGenerator<FeedEvent, void, undefined> {
		const { onCursor, signal, wait = 25, ...filters } = options;
		let cursor = filters.cursor;
		for (;;) {
			const page = await this.list(project, { ...filters, cursor, wait }, { signal });
			yield* page.data;
			if (page.next_cursor !== cursor) {
				cursor = page.next_cursor;
				await onCursor?.(cursor);
			}
		}
	}
}

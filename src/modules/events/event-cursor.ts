import { ApiError } from "../../lib/errors";
import { decodeCursor, encodeCursor, invalidCursor } from "../../lib/pagination";

/**
 * A feed cursor is a position in the project's event sequence (outbox_events.seq): "after event
 * N". Being a position rather than an id or a time, it stays meaningful after the event it names
 * is purged, and it tells the two cases apart exactly: the purge removes a prefix of the sequence
 * (retention.ts) and the sequence has no gaps, so a cursor is expired precisely when it lies
 * before the oldest retained event minus one, that is, when events after it are gone.
 */
export const encodeFeedCursor = (seq: number) => encodeCursor([seq]);

/** The position in a cursor; 400 `invalid_cursor` for anything this feed did not issue. */
export function decodeFeedCursor(cursor: string): number {
	const [seq] = decodeCursor(cursor, 1);
	if (typeof seq === "number" && Number.isSafeInteger(seq) && seq >= 0) return seq;
	throw invalidCursor("The cursor is not one the events feed issued.");
}

export const cursorExpired = (oldest: number) =>
	new ApiError(
		"cursor_expired",
		`Events after this cursor are past retention (the oldest kept is number ${oldest}). Re-sync from the latest snapshot (and its changes), then follow the feed from cursor=now.`,
	);

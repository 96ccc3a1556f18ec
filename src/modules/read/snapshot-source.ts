import { createSessionDb } from "../../db/client";
import { ApiError } from "../../lib/errors";
import type { Db } from "../../lib/types";

/**
 * Where one read request gets snapshot data from D1: a session that may start at any read
 * replica (`first-unconstrained`), or at least as fresh as the client's bookmark when it sent
 * one. A published snapshot never changes, so any replica that has it answers exactly as the
 * primary would; one that does not have it yet (replication lags) is not trusted to say it does
 * not exist: the read runs again on the primary, so a lagging replica never causes a 404.
 */
export class SnapshotSource {
	#replica: D1DatabaseSession | undefined;
	#primary: D1DatabaseSession | undefined;

	constructor(
		private readonly d1: D1Database,
		private readonly bookmark: string | undefined,
	) {}

	/** Runs `read` on the replica session; a `snapshot_not_found` from it runs `read` on the primary. */
	async run<T>(read: (db: Db) => Promise<T>): Promise<T> {
		this.#replica ??= this.d1.withSession(this.bookmark ?? "first-unconstrained");
		try {
			return await read(createSessionDb(this.#replica));
		} catch (error) {
			if (!(error instanceof ApiError && error.code === "snapshot_not_found")) throw error;
		}
		this.#primary ??= this.d1.withSession("first-primary");
		return read(createSessionDb(this.#primary));
	}

	/** The newest bookmark of the sessions that ran, for the response; null when none ran. */
	get latestBookmark(): string | null {
		return this.#primary?.getBookmark() ?? this.#replica?.getBookmark() ?? null;
	}
}

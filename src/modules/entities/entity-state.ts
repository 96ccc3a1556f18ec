import type { EntityStatus } from "../../db/schema";

/** One side of an entity (its draft or its committed state), as the API shows it. */
export interface Side {
	revision: number;
	/** The schema of this side's revision: a draft of one schema may sit on a commit of another. */
	schema: string;
	data: unknown;
	schemaVersion: number;
	message: string | null;
	at: string;
	by: string;
	/** Length of the stored JSON of `data`: what this side weighs in the isolate's entity cache. */
	bytes: number;
}

/** An entity as a batch of operations sees it: loaded from D1, then changed in memory. */
export interface EntityState {
	slug: string;
	schema: string;
	status: EntityStatus;
	revision: number;
	createdAt: string;
	updatedAt: string;
	draft: Side | null;
	committed: Side | null;
	/** The revision D1 holds, or null for an entity this batch creates. */
	storedRevision: number | null;
}

export function entityResource(e: EntityState) {
	return {
		slug: e.slug,
		schema: e.schema,
		revision: e.revision,
		status: e.status,
		committed: e.committed
			? {
					revision: e.committed.revision,
					data: e.committed.data,
					message: e.committed.message ?? "",
					committed_at: e.committed.at,
					committed_by: e.committed.by,
				}
			: null,
		draft: e.draft
			? { revision: e.draft.revision, data: e.draft.data, updated_at: e.draft.at, updated_by: e.draft.by }
			: null,
		created_at: e.createdAt,
		updated_at: e.updatedAt,
	};
}

export type EntityResource = ReturnType<typeof entityResource>;

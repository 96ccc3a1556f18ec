/**
 * SQL for the feed position of an event being inserted into outbox_events: one more than the
 * project's highest, plus `offset` (the row's index when one statement inserts several).
 *
 * Why this cannot skip: D1 has a single writer and a batch runs as one transaction, so the max
 * read here and the row written are one atomic step, and batches commit one after another. The
 * order of `seq` is therefore the order of commits, and a reader (which sees only committed
 * state) never sees seq N + 1 before N. A reader resuming after N can thus never miss an event
 * committed later, which a timestamp or a random id could not promise: ids and clocks are made
 * before the batch runs, in whichever isolate, in any order. The unique index on
 * (project_id, seq) refuses a duplicate outright, should this reasoning ever break.
 */
export const nextEventSeqSql = (project: string, offset = "0") =>
	`((SELECT coalesce(max(seq), 0) FROM outbox_events WHERE project_id = ${project}) + ${offset} + 1)`;

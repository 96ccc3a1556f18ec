import type { InferSelectModel, Table } from "drizzle-orm";

type Columns<T extends Table> = T["_"]["columns"];

/**
 * A row of `T` as raw SQL returns it: keyed by the database's column names (snake_case), typed
 * from the drizzle table, so hand-written SQL does not need a hand-declared row type beside the
 * table. JSON-mode columns come back as their stored text.
 */
export type RawRow<T extends Table> = {
	[K in keyof Columns<T> as Columns<T>[K]["_"]["name"]]: Columns<T>[K]["_"]["dataType"] extends "json"
		? Columns<T>[K]["_"]["notNull"] extends true
			? string
			: string | null
		: InferSelectModel<T>[K & keyof InferSelectModel<T>];
};

/** Every column nullable: columns read through a LEFT JOIN that may match nothing. */
export type OrNull<R> = { [K in keyof R]: R[K] | null };

/** Columns read through a LEFT JOIN under `prefix` aliases (`d.data AS d_data`): all nullable. */
export type Joined<P extends string, R> = { [K in keyof R as `${P}${K & string}`]: R[K] | null };

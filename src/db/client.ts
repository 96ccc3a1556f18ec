import { DrizzleD1Database, drizzle } from "drizzle-orm/d1";
import { SQLiteD1Session } from "drizzle-orm/d1/session";
import { createTableRelationsHelpers, extractTablesRelationalConfig } from "drizzle-orm/relations";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Db } from "../lib/types";
import * as schema from "./schema";

/**
 * drizzle() builds its relational schema map on every call, which is measurable per request;
 * the binding object lives as long as the isolate, so one Db per binding is enough.
 */
const cache = new WeakMap<D1Database, Db>();

export function createDb(d1: D1Database): Db {
	let db = cache.get(d1);
	if (!db) {
		db = drizzle(d1, { schema });
		cache.set(d1, db);
	}
	return db;
}

// What drizzle() derives from the schema, derived once: a session Db is made per request.
const dialect = new SQLiteAsyncDialect();
const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
const relational = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };

/**
 * A Db over a D1 session (Sessions API): every query of the request runs in it, so it sees what
 * the session's bookmark promises, and getBookmark() afterwards says how fresh that was. Built
 * like drizzle() does, from the parts above, because a session lives for one request only.
 */
export function createSessionDb(session: D1DatabaseSession): Db {
	// A session has prepare() and batch(), all that drizzle and the services call on $client.
	const client = session as unknown as D1Database;
	const db = new DrizzleD1Database(
		"async",
		dialect,
		new SQLiteD1Session(client, dialect, relational),
		relational,
	);
	return Object.assign(db, { $client: client }) as unknown as Db;
}

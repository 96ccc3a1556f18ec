import { drizzle } from "drizzle-orm/d1";
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

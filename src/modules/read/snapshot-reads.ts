import { ApiError } from "../../lib/errors";
import {
	type CacheOutcome,
	type ImmutableBody,
	readImmutable,
	type WaitUntil,
} from "../../lib/immutable-cache";
import type { Db } from "../../lib/types";
import { latestPointer } from "./latest-pointer";
import { readEntity, readEntityPage, resolveSnapshot } from "./read.service";
import { type ChangesQuery, readChangesPage } from "./snapshot-changes";
import { SnapshotSource } from "./snapshot-source";

/** What a read of the read API may use and must respect; built by the handler once auth passed. */
export interface ReadScope {
	d1: D1Database;
	project: string;
	/** The schemas a limited key may read; null for every schema. */
	allowed: string[] | null;
	/** The client's `X-Folio-Bookmark`: data at least this fresh (`latest` included). */
	bookmark: string | undefined;
	/** FOLIO_READ_CACHE: false reads D1 every time (an operator's switch, and the bench's denominator). */
	cache: boolean;
	/** The request's origin: cache keys live in the zone that serves them. */
	origin: string;
	waitUntil: WaitUntil;
}

export interface ReadAnswer extends ImmutableBody {
	outcome: CacheOutcome;
	/** The bookmark of the D1 sessions the read used, if it used any. */
	bookmark: string | null;
}

/**
 * The cache key of a body of a snapshot by id. Every input of the body is in it: the project
 * (a key of another project never reaches here, and the same id under another project's path
 * must not find this project's body), the snapshot, the resource, its query.
 */
function immutableKey(scope: ReadScope, snapshotId: string, resource: string, query = "") {
	const path = `${encodeURIComponent(scope.project)}/${encodeURIComponent(snapshotId)}/${resource}`;
	return `${scope.origin}/__folio-cache/v1/${path}${query ? `?${query}` : ""}`;
}

/** What a key may see, for keys of bodies that are filtered by it (pages). */
const viewOf = (allowed: string[] | null) => (allowed ? [...new Set(allowed)].sort().join(",") : "*");

/** Serves `key` through the cache when it is on; `load` is only called on a miss. */
function through(scope: ReadScope, key: string, load: () => Promise<ImmutableBody>) {
	if (!scope.cache) return load().then((body) => ({ body, outcome: "bypass" as const }));
	return readImmutable(key, load, scope.waitUntil);
}

/**
 * `latest` of the project: what this isolate learnt in the last LATEST_POINTER_TTL_MS, else read
 * (from a replica; the primary when the replica has none yet) and remembered with the bookmark
 * of that read. A client that sent a bookmark gets a `latest` read at least that fresh.
 */
async function latestOf(scope: ReadScope, source: SnapshotSource) {
	const remembered = scope.cache ? latestPointer.get(scope.project, scope.bookmark) : undefined;
	if (remembered) return { snapshot: remembered, outcome: "hit" as const };
	const snapshot = await source.run((db) => resolveSnapshot(db, scope.project, "latest"));
	if (scope.cache) latestPointer.set(scope.project, snapshot, source.latestBookmark);
	return { snapshot, outcome: scope.cache ? ("miss" as const) : ("bypass" as const) };
}

const snapshotIdOf = async (scope: ReadScope, source: SnapshotSource, ref: string) =>
	ref === "latest" ? (await latestOf(scope, source)).snapshot.id : ref;

export async function readLatestMetadata(scope: ReadScope): Promise<ReadAnswer> {
	const source = new SnapshotSource(scope.d1, scope.bookmark);
	const { snapshot, outcome } = await latestOf(scope, source);
	const json = JSON.stringify(snapshot);
	return { json, etag: `"${snapshot.id}"`, outcome, bookmark: source.latestBookmark };
}

/**
 * One entity of a snapshot. The body is cached unfiltered (one entry serves every key that may
 * read it) with its schema, and a key barred from that schema is answered exactly as if the
 * snapshot lacked the slug.
 */
export async function readSnapshotEntity(scope: ReadScope, ref: string, slug: string): Promise<ReadAnswer> {
	const source = new SnapshotSource(scope.d1, scope.bookmark);
	const snapshotId = await snapshotIdOf(scope, source, ref);
	const key = immutableKey(scope, snapshotId, `entities/${encodeURIComponent(slug)}`);
	const { body, outcome } = await through(scope, key, async () => {
		const entity = await source.run((db) => readEntity(db, scope.project, snapshotId, slug));
		return { json: entity.json, etag: `"${entity.revision}"`, schema: entity.schema };
	});
	if (scope.allowed && (body.schema === undefined || !scope.allowed.includes(body.schema))) {
		throw new ApiError("entity_not_found", `Entity ${slug} is not in snapshot ${snapshotId}.`);
	}
	return { ...body, outcome, bookmark: source.latestBookmark };
}

/**
 * A filtered body of a snapshot (a page of entities, a page of changes): a limited key sees only
 * its schemas, so its view is part of the key, as is every query parameter that shapes the body.
 */
async function readViewedBody(
	scope: ReadScope,
	ref: string,
	resource: "entities" | "changes",
	query: Record<string, string>,
	load: (db: Db, snapshotId: string) => Promise<ImmutableBody>,
): Promise<ReadAnswer> {
	const source = new SnapshotSource(scope.d1, scope.bookmark);
	const snapshotId = await snapshotIdOf(scope, source, ref);
	const params = new URLSearchParams({ ...query, view: viewOf(scope.allowed) });
	const key = immutableKey(scope, snapshotId, resource, params.toString());
	const { body, outcome } = await through(scope, key, async () => {
		const page = await source.run((db) => load(db, snapshotId));
		return { json: page.json, etag: page.etag };
	});
	return { ...body, outcome, bookmark: source.latestBookmark };
}

/** A page of a snapshot's entities. */
export function readSnapshotPage(
	scope: ReadScope,
	ref: string,
	query: { schema?: string; limit: number; cursor?: string },
): Promise<ReadAnswer> {
	const params = { limit: String(query.limit), schema: query.schema ?? "", cursor: query.cursor ?? "" };
	return readViewedBody(scope, ref, "entities", params, (db, snapshotId) =>
		readEntityPage(db, scope.project, snapshotId, query, scope.allowed),
	);
}

/**
 * The changes from `since` to a snapshot: between two ids the answer never changes, so it is
 * cached like a page.
 */
export function readSnapshotChanges(scope: ReadScope, ref: string, query: ChangesQuery): Promise<ReadAnswer> {
	const params = {
		since: query.since,
		include: query.include ?? "",
		limit: String(query.limit),
		cursor: query.cursor ?? "",
	};
	return readViewedBody(scope, ref, "changes", params, (db, snapshotId) =>
		readChangesPage(db, scope.project, snapshotId, query, scope.allowed),
	);
}

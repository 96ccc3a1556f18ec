import { sha256Hex } from "../../lib/crypto";
import { ApiError, type FieldError } from "../../lib/errors";
import { nowIso } from "../../lib/ids";
import { nextCursorOf } from "../../lib/page-bytes";
import { decodeCursor } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import type { Effect } from "../../queues/effects";
import { entityCache } from "./entity-cache";
import { applyOperation, type Operation, OperationError, type Plan } from "./entity-operations";
import { type EntityState, entityResource } from "./entity-state";
import {
	isStalePlan,
	loadEntity,
	loadEntityPage,
	loadForWrite,
	type SchemaHead,
	toState,
	writeStatements,
} from "./entity-store";
import { visibleTo } from "./entity-view";
import { loadRevisionPage } from "./revision-page";
import { inTurn, raceBackoff, stillRacing, UNGUARDED_ATTEMPTS } from "./write-races";

export interface Writer {
	projectId: string;
	/** Key id, or "root". */
	author: string;
	allowedSchemas: string[] | null;
}

export interface WriteResult {
	results: EntityState[];
	/** The outbox events written, to relay after the commit. */
	effects: Effect[];
}

const GUARDED_ATTEMPTS = 3;

/** Rewrites an operation's refusal for the request: in a batch its pointers go under `/operations/<i>`. */
function relocate(error: OperationError, index: number, batch: boolean): ApiError {
	const base = batch ? `/operations/${index}` : "";
	const errors = (error.extra.errors as FieldError[] | undefined)?.map((e) => ({
		...e,
		pointer: base + (e.pointer ?? ""),
	}));
	const extra = {
		...error.extra,
		...(errors ? { errors } : {}),
		...(batch ? { operation_index: index } : {}),
	};
	const detail = batch ? `Operation ${index} was refused: ${error.message}` : error.message;
	return new ApiError(error.status, error.code, detail, { extra });
}

/**
 * Applies operations atomically: one D1 round trip to read what they touch, one batch to write
 * every revision, head and outbox event, or nothing at all. When the isolate's cache holds
 * everything the operations touch, the read is skipped (see entity-cache.ts). Writers of this
 * isolate to the same entities take turns (write-races.ts); a race lost to another isolate
 * (it wrote between the read and the write) is planned again unless the caller gave If-Match or
 * If-None-Match, in which case it is the caller's conflict to resolve.
 */
export async function writeEntities(
	db: Db,
	writer: Writer,
	operations: Operation[],
	options: { dryRun: boolean; batch: boolean },
): Promise<WriteResult> {
	const slugs = [...new Set(operations.map((o) => o.slug))];
	const schemaIds = [...new Set(operations.flatMap((o) => ("schema" in o && o.schema ? [o.schema] : [])))];
	if (options.dryRun) return planAndWrite(db, writer, operations, slugs, schemaIds, options);
	return inTurn(
		slugs.map((slug) => `${writer.projectId}\n${slug}`),
		async () =>
			(await writeFromCache(db, writer, operations, schemaIds)) ??
			planAndWrite(db, writer, operations, slugs, schemaIds, options),
	);
}

async function planAndWrite(
	db: Db,
	writer: Writer,
	operations: Operation[],
	slugs: string[],
	schemaIds: string[],
	options: { dryRun: boolean; batch: boolean },
): Promise<WriteResult> {
	for (let attempt = 1; ; attempt++) {
		const loaded = await loadForWrite(db, writer.projectId, slugs, schemaIds);
		entityCache.remember(writer.projectId, loaded.entities.values());
		entityCache.rememberSchemas(writer.projectId, loaded.schemas.values());
		const plan = newPlan(writer, loaded.entities, loaded.schemas);
		const results = operations.map((op, i) => {
			try {
				return applyOperation(plan, op);
			} catch (error) {
				if (error instanceof OperationError) throw relocate(error, i, options.batch);
				throw error;
			}
		});
		if (options.dryRun) return { results: results.map((e) => shownTo(writer, e)), effects: [] };
		try {
			return await write(db, plan, results);
		} catch (error) {
			entityCache.forget(writer.projectId, slugs);
			const stale = isStalePlan(error);
			if (!stale && !isUniqueViolation(error)) throw error;
			const guarded = operations.some(
				(o) => ("ifMatch" in o && o.ifMatch) || (o.op === "update" && o.createOnly),
			);
			if (guarded) {
				// The guard cannot say whether the schema or the head moved: plan again from D1, where a
				// moved head fails If-Match with 412 and a moved schema is validated afresh.
				if (stale && attempt < GUARDED_ATTEMPTS) continue;
				throw await conflict(db, writer.projectId, slugs, operations);
			}
			// Nothing names a revision, so nothing is refused: the write is planned again on the head
			// that won, after a jittered pause so that racing writers stop landing on the same head.
			if (attempt >= UNGUARDED_ATTEMPTS) throw stillRacing();
			await raceBackoff(attempt);
		}
	}
}

const isUniqueViolation = (error: unknown) => String(error).includes("UNIQUE constraint failed");

function newPlan(writer: Writer, entities: Map<string, EntityState>, schemas: Map<string, SchemaHead>): Plan {
	return {
		projectId: writer.projectId,
		author: writer.author,
		now: nowIso(),
		allowedSchemas: writer.allowedSchemas,
		entities,
		schemas,
		revisions: [],
		events: [],
	};
}

/** Writes a plan's revisions, the final head of every entity they change, and its events. */
async function write(db: Db, plan: Plan, results: EntityState[]): Promise<WriteResult> {
	const changed = new Set(plan.revisions.map((r) => r.slug));
	const heads = [...changed].map((slug) => plan.entities.get(slug) as EntityState);
	const hashes = await Promise.all(plan.revisions.map((r) => (r.json === null ? null : sha256Hex(r.json))));
	const statements = writeStatements(db, plan.projectId, plan.revisions, hashes, heads, plan.events);
	if (statements.length > 0) await db.$client.batch(statements);
	entityCache.remember(plan.projectId, heads);
	const ids = plan.events.map((e) => e.id);
	return {
		results: results.map((e) => shownTo(plan, e)),
		effects: ids.length > 0 ? [{ kind: "relay-events", ids }] : [],
	};
}

/**
 * A write's answer as its author may see it. The plan refuses entities a limited key does not
 * see whole, so this removes nothing today; it keeps a future operation from echoing a barred side.
 */
const shownTo = (writer: { allowedSchemas: string[] | null }, e: EntityState): EntityState =>
	visibleTo(e, writer.allowedSchemas) ?? { ...e, draft: null, committed: null };

/**
 * The write planned from the isolate's cache alone, or null when the cache lacks something the
 * operations touch, when the plan would refuse an operation (the refusal must come from D1's
 * state, not a memory of it), or when D1 moved since the cache saw it.
 */
async function writeFromCache(
	db: Db,
	writer: Writer,
	operations: Operation[],
	schemaIds: string[],
): Promise<WriteResult | null> {
	const entities = new Map<string, EntityState>();
	const needed = new Set(schemaIds);
	const seen = new Set<string>();
	for (const op of operations) {
		if (seen.has(op.slug)) continue;
		seen.add(op.slug);
		const cached = entityCache.get(writer.projectId, op.slug);
		if (cached) {
			entities.set(op.slug, cached);
			needed.add(cached.schema);
		} else if (op.op !== "create") {
			// Only a creation may assume the slug is free: if it is not, the head's primary key says so.
			return null;
		}
	}
	const schemas = new Map<string, SchemaHead>();
	for (const id of needed) {
		const head = entityCache.getSchema(writer.projectId, id);
		if (!head) return null;
		schemas.set(id, head);
	}
	const plan = newPlan(writer, entities, schemas);
	let results: EntityState[];
	try {
		results = operations.map((op) => applyOperation(plan, op));
	} catch (error) {
		if (error instanceof OperationError) return null;
		throw error;
	}
	try {
		return await write(db, plan, results);
	} catch (error) {
		entityCache.forget(writer.projectId, seen);
		if (isStalePlan(error) || isUniqueViolation(error)) return null;
		throw error;
	}
}

/** The refusal for a lost race, carrying the revision that won so the client can retry with it. */
async function conflict(db: Db, projectId: string, slugs: string[], operations: Operation[]) {
	const creating = operations.every((o) => o.op === "create");
	if (creating && slugs.length === 1) {
		return new ApiError(409, "slug_taken", `An entity with slug ${slugs[0]} exists.`);
	}
	const current = slugs.length === 1 ? await loadEntity(db, projectId, slugs[0] as string) : null;
	return new ApiError(412, "version_conflict", "The entity changed while this request ran.", {
		extra: { current_revision: current?.revision ?? null },
	});
}

export async function getEntity(db: Db, projectId: string, slug: string, allowedSchemas: string[] | null) {
	const entity = await loadEntity(db, projectId, slug);
	if (entity) entityCache.remember(projectId, [entity]);
	if (!entity) throw new ApiError(404, "entity_not_found", `Entity ${slug} does not exist.`);
	const visible = visibleTo(entity, allowedSchemas);
	if (!visible) {
		throw new ApiError(403, "schema_forbidden", `Entity ${slug} is of a schema this key may not read.`);
	}
	return visible;
}

export async function listEntities(
	db: Db,
	projectId: string,
	filter: { schema?: string; status?: EntityState["status"]; limit: number; cursor?: string },
	allowedSchemas: string[] | null,
) {
	const after = filter.cursor ? String(decodeCursor(filter.cursor, 1)[0]) : undefined;
	const rows = await loadEntityPage(db, projectId, { ...filter, allowedSchemas, after });
	// The query kept only rows the key sees something of; the view removes what it may not.
	const data = rows.flatMap((r) => {
		const view = visibleTo(toState(r), allowedSchemas);
		return view ? [entityResource(view)] : [];
	});
	return { data, next_cursor: nextCursorOf(rows, (r) => [r.slug]) };
}

export async function listRevisions(
	db: Db,
	projectId: string,
	slug: string,
	page: { limit: number; cursor?: string },
	allowedSchemas: string[] | null,
) {
	await getEntity(db, projectId, slug, allowedSchemas);
	const before = page.cursor ? Number(decodeCursor(page.cursor, 1)[0]) : undefined;
	const rows = await loadRevisionPage(db, projectId, slug, { before, limit: page.limit, allowedSchemas });
	return {
		data: rows.map((r) => ({
			revision: r.revision,
			kind: r.kind,
			schema: r.schema_id,
			schema_version: r.schema_version,
			data: r.data === null ? null : JSON.parse(r.data),
			message: r.message,
			author: r.author,
			created_at: r.created_at,
		})),
		next_cursor: nextCursorOf(rows, (r) => [r.revision]),
	};
}

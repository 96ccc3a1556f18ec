import { and, desc, eq, lt } from "drizzle-orm";
import { entityRevisions } from "../../db/schema";
import { ApiError, type FieldError } from "../../lib/errors";
import { nowIso } from "../../lib/ids";
import { decodeCursor, toPage } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import { applyOperation, type Operation, OperationError, type Plan } from "./entity-operations";
import { type EntityState, entityResource } from "./entity-state";
import { loadEntity, loadEntityPage, loadForWrite, toState, writeStatements } from "./entity-store";

export interface Writer {
	projectId: string;
	/** Key id, or "root". */
	author: string;
	allowedSchemas: string[] | null;
}

export interface WriteResult {
	results: EntityState[];
	eventIds: string[];
}

const MAX_ATTEMPTS = 3;

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
 * every revision, head and outbox event, or nothing at all. A lost race (someone wrote the same
 * entity between the read and the write) is retried unless the caller gave If-Match, in which
 * case it is the caller's conflict to resolve.
 */
export async function writeEntities(
	db: Db,
	writer: Writer,
	operations: Operation[],
	options: { dryRun: boolean; batch: boolean },
): Promise<WriteResult> {
	const slugs = [...new Set(operations.map((o) => o.slug))];
	const schemaIds = [...new Set(operations.flatMap((o) => ("schema" in o && o.schema ? [o.schema] : [])))];
	for (let attempt = 1; ; attempt++) {
		const loaded = await loadForWrite(db, writer.projectId, slugs, schemaIds);
		const plan: Plan = {
			projectId: writer.projectId,
			author: writer.author,
			now: nowIso(),
			allowedSchemas: writer.allowedSchemas,
			entities: loaded.entities,
			schemas: loaded.schemas,
			revisions: [],
			events: [],
		};
		const results = operations.map((op, i) => {
			try {
				return { ...applyOperation(plan, op) };
			} catch (error) {
				if (error instanceof OperationError) throw relocate(error, i, options.batch);
				throw error;
			}
		});
		if (options.dryRun) return { results, eventIds: [] };
		// Every entity with a new revision gets its head written once, in its final state.
		const changed = new Set(plan.revisions.map((r) => r.slug));
		const heads = [...changed].map((slug) => plan.entities.get(slug) as EntityState);
		const statements = writeStatements(db, writer.projectId, plan.revisions, heads, plan.events);
		if (statements.length === 0) return { results, eventIds: [] };
		try {
			await db.$client.batch(statements);
			return { results, eventIds: plan.events.map((e) => e.id) };
		} catch (error) {
			if (!String(error).includes("UNIQUE constraint failed")) throw error;
			const guarded = operations.some(
				(o) => ("ifMatch" in o && o.ifMatch) || (o.op === "update" && o.createOnly),
			);
			if (guarded || attempt >= MAX_ATTEMPTS) throw await conflict(db, writer.projectId, slugs, operations);
		}
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
	if (!entity) throw new ApiError(404, "entity_not_found", `Entity ${slug} does not exist.`);
	if (allowedSchemas && !allowedSchemas.includes(entity.schema)) {
		throw new ApiError(403, "schema_forbidden", `This key may not read entities of schema ${entity.schema}.`);
	}
	return entity;
}

export async function listEntities(
	db: Db,
	projectId: string,
	filter: { schema?: string; status?: EntityState["status"]; limit: number; cursor?: string },
	allowedSchemas: string[] | null,
) {
	const after = filter.cursor ? String(decodeCursor(filter.cursor, 1)[0]) : undefined;
	const rows = await loadEntityPage(db, projectId, {
		...filter,
		allowedSchemas,
		after,
		limit: filter.limit + 1,
	});
	const result = toPage(rows, filter.limit, (r) => [r.slug]);
	return { data: result.data.map((r) => entityResource(toState(r))), next_cursor: result.next_cursor };
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
	const rows = await db
		.select()
		.from(entityRevisions)
		.where(
			and(
				eq(entityRevisions.projectId, projectId),
				eq(entityRevisions.slug, slug),
				before !== undefined ? lt(entityRevisions.revision, before) : undefined,
			),
		)
		.orderBy(desc(entityRevisions.revision))
		.limit(page.limit + 1);
	const result = toPage(rows, page.limit, (r) => [r.revision]);
	return {
		data: result.data.map((r) => ({
			revision: r.revision,
			kind: r.kind,
			schema: r.schemaId,
			schema_version: r.schemaVersion,
			data: r.data,
			message: r.message,
			author: r.author,
			created_at: r.createdAt,
		})),
		next_cursor: result.next_cursor,
	};
}

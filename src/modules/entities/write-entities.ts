import { ApiError, type FieldError } from "../../lib/errors";
import type { Db } from "../../lib/types";
import { entityCache } from "./entity-cache";
import { loadEntity, loadForWrite } from "./entity-heads";
import { applyOperation, type Operation } from "./entity-operations";
import { OperationError } from "./operation-checks";
import { writeFromCache } from "./write-from-cache";
import { isUniqueViolation, newPlan, shownTo, type WriteResult, type Writer, writePlan } from "./write-plan";
import { inTurn, raceBackoff, stillRacing, UNGUARDED_ATTEMPTS } from "./write-races";
import { isStalePlan } from "./write-statements";

interface WriteOptions {
	dryRun: boolean;
	batch: boolean;
	/** The pause before planning again after a lost race (tests pass none, so they do not sleep it). */
	pause?: (attempt: number) => Promise<void>;
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
	return new ApiError(error.code, detail, { extra });
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
	options: WriteOptions,
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
	options: WriteOptions,
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
			return await writePlan(db, plan, results);
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
			await (options.pause ?? raceBackoff)(attempt);
		}
	}
}

/** The refusal for a lost race, carrying the revision that won so the client can retry with it. */
async function conflict(db: Db, projectId: string, slugs: string[], operations: Operation[]) {
	const creating = operations.every((o) => o.op === "create");
	if (creating && slugs.length === 1) {
		return new ApiError("slug_taken", `An entity with slug ${slugs[0]} exists.`);
	}
	const current = slugs.length === 1 ? await loadEntity(db, projectId, slugs[0] as string) : null;
	return new ApiError("version_conflict", "The entity changed while this request ran.", {
		extra: { current_revision: current?.revision ?? null },
	});
}

import { and, asc, eq, gt } from "drizzle-orm";
import { isConstraintFailure } from "../../db/errors";
import { schemas, schemaVersions } from "../../db/schema";
import { ApiError, validationFailed } from "../../lib/errors";
import { nowIso } from "../../lib/ids";
import { decodeCursor, toPage } from "../../lib/pagination";
import type { Db } from "../../lib/types";
import { checkJsonSchema } from "./json-schema";

type VersionRow = typeof schemaVersions.$inferSelect;

const resource = (head: { createdAt: string }, v: VersionRow) => ({
	id: v.schemaId,
	project: v.projectId,
	version: v.version,
	title: v.title,
	json_schema: v.jsonSchema as Record<string, unknown>,
	created_at: head.createdAt,
	updated_at: v.createdAt,
});

export async function getSchemaVersion(db: Db, projectId: string, schemaId: string, version?: number) {
	const [found] = await db
		.select({ head: schemas, v: schemaVersions })
		.from(schemas)
		.innerJoin(
			schemaVersions,
			and(
				eq(schemaVersions.projectId, schemas.projectId),
				eq(schemaVersions.schemaId, schemas.id),
				eq(schemaVersions.version, version ?? schemas.version),
			),
		)
		.where(and(eq(schemas.projectId, projectId), eq(schemas.id, schemaId)))
		.limit(1);
	return found ?? null;
}

export async function getSchema(db: Db, projectId: string, schemaId: string, version?: number) {
	const found = await getSchemaVersion(db, projectId, schemaId, version);
	if (!found) {
		const what = version ? `Version ${version} of schema ${schemaId}` : `Schema ${schemaId}`;
		throw new ApiError("schema_not_found", `${what} does not exist.`);
	}
	return resource(found.head, found.v);
}

/**
 * Creates the schema or adds a version; a PUT that changes nothing adds none. The version row's
 * primary key makes a concurrent writer that read the same head fail instead of overwriting.
 */
export async function putSchema(
	db: Db,
	projectId: string,
	schemaId: string,
	input: { title?: string; json_schema: Record<string, unknown> },
) {
	const problems = checkJsonSchema(input.json_schema, "/json_schema");
	if (problems.length > 0)
		throw validationFailed(problems, "json_schema is not a valid JSON Schema 2020-12.");
	const title = input.title ?? null;
	const current = await getSchemaVersion(db, projectId, schemaId);
	if (
		current &&
		current.v.title === title &&
		JSON.stringify(current.v.jsonSchema) === JSON.stringify(input.json_schema)
	) {
		return { created: false, schema: resource(current.head, current.v) };
	}
	const now = nowIso();
	const head = {
		projectId,
		id: schemaId,
		version: (current?.v.version ?? 0) + 1,
		createdAt: now,
		updatedAt: now,
	};
	const version = {
		projectId,
		schemaId,
		version: head.version,
		title,
		jsonSchema: input.json_schema,
		createdAt: now,
	};
	try {
		await db.batch([
			db.insert(schemaVersions).values(version),
			db
				.insert(schemas)
				.values(head)
				.onConflictDoUpdate({
					target: [schemas.projectId, schemas.id],
					set: { version: head.version, updatedAt: now },
				}),
		]);
	} catch (error) {
		if (isConstraintFailure(error, "UNIQUE")) {
			throw new ApiError("concurrent_update", "The schema changed while this request ran; retry it.");
		}
		throw error;
	}
	return { created: current === null, schema: resource(current?.head ?? head, version) };
}

export async function listSchemas(db: Db, projectId: string, limit: number, cursor?: string) {
	const after = cursor ? String(decodeCursor(cursor, 1)[0]) : undefined;
	const rows = await db
		.select({ head: schemas, v: schemaVersions })
		.from(schemas)
		.innerJoin(
			schemaVersions,
			and(
				eq(schemaVersions.projectId, schemas.projectId),
				eq(schemaVersions.schemaId, schemas.id),
				eq(schemaVersions.version, schemas.version),
			),
		)
		.where(and(eq(schemas.projectId, projectId), after ? gt(schemas.id, after) : undefined))
		.orderBy(asc(schemas.id))
		.limit(limit + 1);
	const result = toPage(rows, limit, (r) => [r.head.id]);
	return { data: result.data.map((r) => resource(r.head, r.v)), next_cursor: result.next_cursor };
}

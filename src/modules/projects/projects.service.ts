import { asc, eq, gt } from "drizzle-orm";
import { projects } from "../../db/schema";
import { ApiError } from "../../lib/errors";
import { nowIso } from "../../lib/ids";
import { decodeCursor, toPage } from "../../lib/pagination";
import type { Db } from "../../lib/types";

type ProjectRow = typeof projects.$inferSelect;

const resource = (row: ProjectRow) => ({ id: row.id, name: row.name, created_at: row.createdAt });

export async function createProject(db: Db, input: { id: string; name: string }) {
	const row = {
		id: input.id,
		name: input.name,
		createdAt: nowIso(),
		latestSnapshotId: null,
		latestPromotedAt: null,
	};
	const inserted = await db.insert(projects).values(row).onConflictDoNothing().returning();
	if (inserted.length === 0) {
		throw new ApiError("project_exists", `A project with id ${input.id} already exists.`);
	}
	return resource(row);
}

export async function listProjects(db: Db, limit: number, cursor?: string) {
	const after = cursor ? String(decodeCursor(cursor, 1)[0]) : undefined;
	const rows = await db.query.projects.findMany({
		where: after ? gt(projects.id, after) : undefined,
		orderBy: asc(projects.id),
		limit: limit + 1,
	});
	const result = toPage(rows, limit, (r) => [r.id]);
	return { data: result.data.map(resource), next_cursor: result.next_cursor };
}

export async function projectExists(db: Db, id: string): Promise<boolean> {
	const found = await db.query.projects.findFirst({ columns: { id: true }, where: eq(projects.id, id) });
	return found !== undefined;
}

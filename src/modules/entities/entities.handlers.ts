import type { Context } from "hono";
import { createRouter } from "../../lib/create-router";
import { DRY_RUN_HEADERS } from "../../lib/dry-run";
import { ifNoneMatchHits } from "../../lib/etag";
import { randomBase62 } from "../../lib/ids";
import type { AppEnv } from "../../lib/types";
import { afterCommit } from "../../queues/effects";
import {
	batchRoute,
	commitEntityRoute,
	createEntityRoute,
	deleteEntityRoute,
	getEntityRoute,
	listEntitiesRoute,
	listRevisionsRoute,
	putEntityRoute,
} from "./entities.routes";
import { getEntity, listEntities, listRevisions, type Writer, writeEntities } from "./entities.service";
import type { IfMatch, Operation } from "./entity-operations";
import { type EntityState, entityResource } from "./entity-state";

function writerOf(c: Context<AppEnv>, projectId: string): Writer {
	const principal = c.get("principal");
	return principal.kind === "root"
		? { projectId, author: "root", allowedSchemas: null }
		: { projectId, author: principal.key.id, allowedSchemas: principal.key.schemas };
}

/** `"3"` or `"3", "4"` or `*`. Weak tags never match: If-Match compares strongly (RFC 9110). */
function parseIfMatch(header: string | undefined): IfMatch | undefined {
	if (header === undefined) return undefined;
	if (header.trim() === "*") return "any";
	return [...header.matchAll(/(?:^|,)\s*"(\d+)"/g)].map((m) => Number(m[1]));
}

const etag = (e: EntityState) => `"${e.revision}"`;

/** Writes; the events are relayed after the response (the cron sweep covers a failed relay). */
async function write(
	c: Context<AppEnv>,
	projectId: string,
	ops: Operation[],
	dryRun: boolean,
	batch = false,
) {
	const result = await writeEntities(c.get("db"), writerOf(c, projectId), ops, {
		dryRun,
		batch,
	});
	afterCommit(c.executionCtx, c.env, result.effects);
	return result.results;
}

const dryRunBody = (e: EntityState) => ({
	dry_run: true as const,
	valid: true as const,
	entity: entityResource(e),
});

export const entitiesRouter = createRouter()
	.openapi(createEntityRoute, async (c) => {
		const { project } = c.req.valid("param");
		const body = c.req.valid("json");
		const dryRun = c.req.valid("query").dry_run === "true";
		const slug = body.slug ?? `e-${randomBase62(12).toLowerCase()}`;
		const [entity] = await write(
			c,
			project,
			[{ op: "create", slug, schema: body.schema, data: body.data }],
			dryRun,
		);
		const e = entity as EntityState;
		if (dryRun) return c.json(dryRunBody(e), 200, DRY_RUN_HEADERS);
		return c.json(entityResource(e), 201, {
			ETag: etag(e),
			Location: `/api/v1/admin/projects/${project}/entities/${e.slug}`,
		});
	})
	.openapi(putEntityRoute, async (c) => {
		const { project, slug } = c.req.valid("param");
		const body = c.req.valid("json");
		const headers = c.req.valid("header");
		const dryRun = c.req.valid("query").dry_run === "true";
		const op: Operation = {
			op: "update",
			slug,
			schema: body.schema,
			data: body.data,
			mode: body.mode,
			message: body.message,
			ifMatch: parseIfMatch(headers["if-match"]),
			createOnly: headers["if-none-match"] === "*",
		};
		const [entity] = await write(c, project, [op], dryRun);
		const e = entity as EntityState;
		if (dryRun) return c.json(dryRunBody(e), 200, DRY_RUN_HEADERS);
		// An entity created (or recreated after deletion) by this request was stamped with one clock reading.
		const created = e.createdAt === e.updatedAt;
		return created
			? c.json(entityResource(e), 201, { ETag: etag(e) })
			: c.json(entityResource(e), 200, { ETag: etag(e) });
	})
	.openapi(commitEntityRoute, async (c) => {
		const { project, slug } = c.req.valid("param");
		const ifMatch = parseIfMatch(c.req.valid("header")["if-match"]);
		const dryRun = c.req.valid("query").dry_run === "true";
		const [entity] = await write(
			c,
			project,
			[{ op: "commit", slug, message: c.req.valid("json").message, ifMatch }],
			dryRun,
		);
		const e = entity as EntityState;
		return dryRun
			? c.json(dryRunBody(e), 200, DRY_RUN_HEADERS)
			: c.json(entityResource(e), 200, { ETag: etag(e) });
	})
	.openapi(deleteEntityRoute, async (c) => {
		const { project, slug } = c.req.valid("param");
		const ifMatch = parseIfMatch(c.req.valid("header")["if-match"]);
		const dryRun = c.req.valid("query").dry_run === "true";
		const message = c.req.valid("json")?.message;
		const [entity] = await write(c, project, [{ op: "delete", slug, message, ifMatch }], dryRun);
		const e = entity as EntityState;
		return dryRun
			? c.json(dryRunBody(e), 200, DRY_RUN_HEADERS)
			: c.json(entityResource(e), 200, { ETag: etag(e) });
	})
	.openapi(getEntityRoute, async (c) => {
		const { project, slug } = c.req.valid("param");
		const e = await getEntity(c.get("db"), project, slug, writerOf(c, project).allowedSchemas);
		if (ifNoneMatchHits(c.req.valid("header")["if-none-match"], etag(e)))
			return c.body(null, 304, { ETag: etag(e) });
		return c.json(entityResource(e), 200, { ETag: etag(e) });
	})
	.openapi(listEntitiesRoute, async (c) => {
		const { project } = c.req.valid("param");
		const query = c.req.valid("query");
		return c.json(await listEntities(c.get("db"), project, query, writerOf(c, project).allowedSchemas), 200);
	})
	.openapi(listRevisionsRoute, async (c) => {
		const { project, slug } = c.req.valid("param");
		const page = c.req.valid("query");
		return c.json(
			await listRevisions(c.get("db"), project, slug, page, writerOf(c, project).allowedSchemas),
			200,
		);
	})
	.openapi(batchRoute, async (c) => {
		const { project } = c.req.valid("param");
		const dryRun = c.req.valid("query").dry_run === "true";
		const { operations } = c.req.valid("json");
		const ops = operations.map((o): Operation => {
			if (o.op === "create") return o;
			const ifMatch = o.if_match === undefined ? undefined : [o.if_match];
			if (o.op === "update") return { ...o, ifMatch };
			return { op: o.op, slug: o.slug, message: o.message as string, ifMatch };
		});
		const results = await write(c, project, ops, dryRun, true);
		// Bulk clients (the CLI) need no data back: a minimal answer is a fraction of the bytes to
		// serialise, send and keep for Idempotency-Key replays.
		const minimal = /\breturn=minimal\b/.test(c.req.valid("header").prefer ?? "");
		if (minimal) c.header("Preference-Applied", "return=minimal");
		const body = results.map((e, index) => {
			const op = ops[index]?.op as string;
			if (!minimal) return { index, op, entity: entityResource(e) };
			return { index, op, slug: e.slug, schema: e.schema, revision: e.revision, status: e.status };
		});
		if (dryRun) return c.json({ dry_run: true, valid: true, results: body }, 200, DRY_RUN_HEADERS);
		return c.json({ results: body }, 200);
	});

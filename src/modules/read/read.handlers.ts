import type { Context } from "hono";
import { configOf } from "../../config";
import { createRouter } from "../../lib/create-router";
import { ifNoneMatchHits } from "../../lib/etag";
import type { AppEnv } from "../../lib/types";
import {
	readLatestSnapshotRoute,
	readSnapshotChangesRoute,
	readSnapshotEntitiesRoute,
	readSnapshotEntityRoute,
} from "./read.routes";
import {
	type ReadAnswer,
	type ReadScope,
	readLatestMetadata,
	readSnapshotChanges,
	readSnapshotEntity,
	readSnapshotPage,
} from "./snapshot-reads";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** `latest` moves when a build publishes; a few seconds of staleness spares the origin. */
const LATEST = "public, max-age=5";

/**
 * The origin of the request's URL, which the runtime hands over serialized (scheme and host in
 * lower case, no default port, a path after them): what precedes the path, without parsing it.
 */
function originOf(url: string): string {
	const path = url.indexOf("/", url.indexOf("//") + 2);
	return path === -1 ? new URL(url).origin : url.slice(0, path);
}

/**
 * What the read may use, settled after authentication, scope and project were checked (the
 * request path, before this handler): no cache is consulted for a caller who may not read.
 */
function readScope(c: Context<AppEnv>, project: string): ReadScope {
	const principal = c.get("principal");
	return {
		d1: c.env.DB,
		project,
		allowed: principal.kind === "root" ? null : principal.key.schemas,
		bookmark: c.get("bookmark"),
		cache: configOf(c.env).readCache,
		origin: originOf(c.req.url),
		waitUntil: (promise) => c.executionCtx.waitUntil(promise),
	};
}

/**
 * The answer of a read: its JSON text, or a 304 when the client holds the same tag. Request id
 * and rate-limit headers are added per request by the request path, never taken from a cache.
 */
function conditional(c: Context<AppEnv>, ref: string, answer: ReadAnswer) {
	if (answer.bookmark) c.set("readBookmark", answer.bookmark);
	const headers = {
		ETag: answer.etag,
		"Cache-Control": ref === "latest" ? LATEST : IMMUTABLE,
		// Schema-limited keys see less: a shared cache must not hand one key's page to another.
		Vary: "Authorization",
		"X-Folio-Cache": answer.outcome,
	};
	if (ifNoneMatchHits(c.req.header("If-None-Match"), answer.etag)) return c.body(null, 304, headers);
	return c.body(answer.json, 200, { ...headers, "Content-Type": "application/json" });
}

export const readRouter = createRouter()
	.openapi(readLatestSnapshotRoute, async (c) => {
		const { project } = c.req.valid("param");
		return conditional(c, "latest", await readLatestMetadata(readScope(c, project)));
	})
	.openapi(readSnapshotEntitiesRoute, async (c) => {
		const { project, snapshot } = c.req.valid("param");
		const page = await readSnapshotPage(readScope(c, project), snapshot, c.req.valid("query"));
		return conditional(c, snapshot, page);
	})
	.openapi(readSnapshotEntityRoute, async (c) => {
		const { project, snapshot, slug } = c.req.valid("param");
		return conditional(c, snapshot, await readSnapshotEntity(readScope(c, project), snapshot, slug));
	})
	.openapi(readSnapshotChangesRoute, async (c) => {
		const { project, snapshot } = c.req.valid("param");
		const page = await readSnapshotChanges(readScope(c, project), snapshot, c.req.valid("query"));
		return conditional(c, snapshot, page);
	});

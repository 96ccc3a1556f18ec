import type { Context } from "hono";
import { createRouter } from "../../lib/create-router";
import { ifNoneMatchHits } from "../../lib/etag";
import type { AppEnv } from "../../lib/types";
import {
	readLatestSnapshotRoute,
	readSnapshotChangesRoute,
	readSnapshotEntitiesRoute,
	readSnapshotEntityRoute,
} from "./read.routes";
import { readEntity, readEntityPage, resolveSnapshot } from "./read.service";
import { readChangesPage } from "./snapshot-changes";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** `latest` moves when a build publishes; a few seconds of staleness spares the origin. */
const LATEST = "public, max-age=5";

const allowedSchemas = (c: Context<AppEnv>) => {
	const principal = c.get("principal");
	return principal.kind === "root" ? null : principal.key.schemas;
};

/** A body that is already JSON text, or a 304 when the client holds the same tag. */
function conditional(c: Context<AppEnv>, ref: string, etag: string, json: string) {
	const headers = {
		ETag: etag,
		"Cache-Control": ref === "latest" ? LATEST : IMMUTABLE,
		// Schema-limited keys see less: a shared cache must not hand one key's page to another.
		Vary: "Authorization",
	};
	if (ifNoneMatchHits(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers);
	return c.body(json, 200, { ...headers, "Content-Type": "application/json" });
}

export const readRouter = createRouter()
	.openapi(readLatestSnapshotRoute, async (c) => {
		const { project } = c.req.valid("param");
		const snapshot = await resolveSnapshot(c.get("db"), project, "latest");
		return conditional(c, "latest", `"${snapshot.id}"`, JSON.stringify(snapshot));
	})
	.openapi(readSnapshotEntitiesRoute, async (c) => {
		const { project, snapshot } = c.req.valid("param");
		const page = await readEntityPage(
			c.get("db"),
			project,
			snapshot,
			c.req.valid("query"),
			allowedSchemas(c),
		);
		return conditional(c, snapshot, page.etag, page.json);
	})
	.openapi(readSnapshotEntityRoute, async (c) => {
		const { project, snapshot, slug } = c.req.valid("param");
		const entity = await readEntity(c.get("db"), project, snapshot, slug, allowedSchemas(c));
		return conditional(c, snapshot, `"${entity.revision}"`, entity.json);
	})
	.openapi(readSnapshotChangesRoute, async (c) => {
		const { project, snapshot } = c.req.valid("param");
		const page = await readChangesPage(
			c.get("db"),
			project,
			snapshot,
			c.req.valid("query"),
			allowedSchemas(c),
		);
		return conditional(c, snapshot, page.etag, page.json);
	});

import { hexToBase64 } from "../../lib/base64";
import { createRouter } from "../../lib/create-router";
import { schemaLimit } from "../../lib/schema-limits";
import { afterCommit } from "../../queues/effects";
import { createExportRoute, downloadExportRoute, getExportRoute, listExportsRoute } from "./exports.routes";
import { createExport, exportResource, getExport, listExports, openExport } from "./exports.service";

export const exportsRouter = createRouter()
	.openapi(createExportRoute, async (c) => {
		const { project } = c.req.valid("param");
		const body = (c.req.valid("json") as { snapshot?: string } | undefined) ?? {};
		const principal = c.get("principal");
		const by = { id: principal.kind === "root" ? "root" : principal.key.id, schemas: schemaLimit(principal) };
		const { row, effects } = await createExport(c.get("db"), project, body.snapshot ?? "latest", by);
		afterCommit(c.executionCtx, c.env, effects);
		c.header("Location", `/api/v1/admin/projects/${project}/exports/${row.id}`);
		return c.json(exportResource(row), 202);
	})
	.openapi(listExportsRoute, async (c) => {
		const { project } = c.req.valid("param");
		const schemas = schemaLimit(c.get("principal"));
		return c.json(await listExports(c.get("db"), project, c.req.valid("query"), schemas), 200);
	})
	.openapi(getExportRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		const row = await getExport(c.get("db"), project, id, schemaLimit(c.get("principal")));
		return c.json(exportResource(row), 200);
	})
	.openapi(downloadExportRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		const schemas = schemaLimit(c.get("principal"));
		const { row, object } = await openExport(c.get("db"), c.env.EXPORTS, project, id, schemas);
		return c.body(object.body, 200, {
			"Content-Type": "application/x-ndjson",
			"Content-Length": String(object.size),
			"Content-Disposition": `attachment; filename="${project}-${row.snapshotId}.ndjson"`,
			"Repr-Digest": `sha-256=:${hexToBase64(row.sha256 as string)}:`,
			ETag: `"${row.sha256}"`,
			"Cache-Control": "private, max-age=31536000, immutable",
		});
	});

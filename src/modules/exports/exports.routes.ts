import { page, paginationQuery } from "../../lib/pagination";
import { ProjectParams } from "../../lib/params";
import { defineRoute, jsonBodyOf, jsonContent } from "../../openapi/define-route";
import { CreateExport, ExportParams, ExportResource } from "./exports.schemas";

const RUN = { scope: "export.run" } as const;
const base = "/api/v1/admin/projects/{project}/exports";
const tags = ["Exports"];

export const createExportRoute = defineRoute(RUN, {
	operationId: "createExport",
	method: "post",
	path: base,
	tags,
	summary: "Export a snapshot as NDJSON",
	description:
		"Queues a job that writes the snapshot to R2, one `{ slug, schema, data }` object per line in slug order. Poll `Location` until `completed`, then download. Completion emits `export.completed`.",
	request: { params: ProjectParams, body: jsonBodyOf(CreateExport, false) },
	responses: {
		202: {
			...jsonContent(ExportResource, "The queued job."),
			headers: { Location: { schema: { type: "string" }, description: "The job's URL." } },
		},
	},
});

export const listExportsRoute = defineRoute(RUN, {
	operationId: "listExports",
	method: "get",
	path: base,
	tags,
	summary: "List export jobs",
	request: { params: ProjectParams, query: paginationQuery },
	responses: { 200: jsonContent(page(ExportResource), "A page of exports, newest first.") },
});

export const getExportRoute = defineRoute(RUN, {
	operationId: "getExport",
	method: "get",
	path: `${base}/{id}`,
	tags,
	summary: "Get an export job",
	request: { params: ExportParams },
	responses: { 200: jsonContent(ExportResource, "The job: `queued`, `running`, `completed` or `failed`.") },
});

export const downloadExportRoute = defineRoute(
	RUN,
	{
		operationId: "downloadExport",
		method: "get",
		path: `${base}/{id}/download`,
		tags,
		summary: "Download an export's NDJSON file",
		description:
			"Streamed from R2. `Repr-Digest` (RFC 9530) and `ETag` carry the SHA-256 the job recorded; check it after download.",
		request: { params: ExportParams },
		responses: {
			200: {
				description: "The file: one JSON object per line.",
				content: { "application/x-ndjson": { schema: { type: "string" } } },
				headers: {
					ETag: { schema: { type: "string" }, description: "The file's SHA-256 in hex, quoted." },
					"Repr-Digest": { schema: { type: "string" }, description: "RFC 9530: `sha-256=:<base64>:`." },
					"Content-Disposition": { schema: { type: "string" }, description: "A file name for the download." },
				},
			},
		},
	},
	[409],
);

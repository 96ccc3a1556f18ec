import { page, paginationQuery } from "../../lib/pagination";
import { ProjectParams } from "../../lib/params";
import { defineRoute, jsonBodyOf, jsonContent } from "../../openapi/define-route";
import { PutSchema, SchemaParams, SchemaResource, SchemaVersionQuery } from "./schemas.schemas";

const MANAGE = { scope: "schema.manage" } as const;
const base = "/api/v1/admin/projects/{project}/schemas";

export const putSchemaRoute = defineRoute(MANAGE, {
	operationId: "putSchema",
	method: "put",
	path: `${base}/{schema}`,
	tags: ["Schemas"],
	summary: "Create or update a schema",
	description:
		"Validates `json_schema` against the JSON Schema 2020-12 meta-schema, and refuses what Folio will not run in bounded time: nesting over 64 levels, patterns RE2 cannot run (backreferences, lookaround), a `$ref` that points outside the schema or loops. Each change adds a version; a PUT that changes nothing returns the current version.",
	request: { params: SchemaParams, body: jsonBodyOf(PutSchema) },
	responses: {
		200: jsonContent(SchemaResource, "Updated (or unchanged)."),
		201: jsonContent(SchemaResource, "Created."),
	},
});

export const getSchemaRoute = defineRoute(MANAGE, {
	operationId: "getSchema",
	method: "get",
	path: `${base}/{schema}`,
	tags: ["Schemas"],
	summary: "Get a schema",
	request: { params: SchemaParams, query: SchemaVersionQuery },
	responses: { 200: jsonContent(SchemaResource, "The current (or requested) version.") },
});

export const listSchemasRoute = defineRoute(MANAGE, {
	operationId: "listSchemas",
	method: "get",
	path: base,
	tags: ["Schemas"],
	summary: "List schemas",
	request: { params: ProjectParams, query: paginationQuery },
	responses: { 200: jsonContent(page(SchemaResource), "A page of schemas (current versions), by id.") },
});

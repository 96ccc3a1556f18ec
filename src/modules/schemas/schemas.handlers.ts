import { createRouter } from "../../lib/create-router";
import { getSchemaRoute, listSchemasRoute, putSchemaRoute } from "./schemas.routes";
import { getSchema, listSchemas, putSchema } from "./schemas.service";

export const schemasRouter = createRouter()
	.openapi(putSchemaRoute, async (c) => {
		const { project, schema } = c.req.valid("param");
		const result = await putSchema(c.get("db"), project, schema, c.req.valid("json"));
		return result.created ? c.json(result.schema, 201) : c.json(result.schema, 200);
	})
	.openapi(getSchemaRoute, async (c) => {
		const { project, schema } = c.req.valid("param");
		const { version } = c.req.valid("query");
		return c.json(await getSchema(c.get("db"), project, schema, version), 200);
	})
	.openapi(listSchemasRoute, async (c) => {
		const { project } = c.req.valid("param");
		const { limit, cursor } = c.req.valid("query");
		return c.json(await listSchemas(c.get("db"), project, limit, cursor), 200);
	});

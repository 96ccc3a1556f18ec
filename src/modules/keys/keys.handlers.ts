import { createRouter } from "../../lib/create-router";
import { createKeyRoute, listKeysRoute, revokeKeyRoute, rollKeyRoute } from "./keys.routes";
import { createKey, listKeys, revokeKey, rollKey } from "./keys.service";

export const keysRouter = createRouter()
	.openapi(createKeyRoute, async (c) => {
		const { project } = c.req.valid("param");
		const key = await createKey(c.get("db"), project, c.req.valid("json"));
		c.set("secretResponse", true);
		return c.json(key, 201);
	})
	.openapi(listKeysRoute, async (c) => {
		const { project } = c.req.valid("param");
		const { limit, cursor } = c.req.valid("query");
		return c.json(await listKeys(c.get("db"), project, limit, cursor), 200);
	})
	.openapi(revokeKeyRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		return c.json(await revokeKey(c.get("db"), project, id), 200);
	})
	.openapi(rollKeyRoute, async (c) => {
		const { project, id } = c.req.valid("param");
		const body = c.req.valid("json");
		const rolled = await rollKey(c.get("db"), project, id, body.expires_at);
		c.set("secretResponse", true);
		return c.json(rolled, 200);
	});

import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./types";
import { defaultHook } from "./validation";

export function createRouter() {
	return new OpenAPIHono<AppEnv>({ defaultHook });
}

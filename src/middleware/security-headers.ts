import type { MiddlewareHandler } from "hono";
import { setResponseHeaders } from "../lib/response-headers";
import type { AppEnv } from "../lib/types";

const PLAIN = { "X-Content-Type-Options": "nosniff" };
const SECRET = { ...PLAIN, "Cache-Control": "no-store" };

/**
 * Headers every response carries, errors and 404s included: `nosniff`, so a browser never runs
 * a JSON or text body as script or style; and `no-store` on a response holding a secret shown
 * once (a new or rolled key, a webhook secret), so no cache along the way keeps a copy.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
	return async function securityHeaders(c, next) {
		await next();
		setResponseHeaders(c, c.get("secretResponse") ? SECRET : PLAIN);
	};
}

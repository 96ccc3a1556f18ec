import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { checkConfig } from "../config";
import { createDb } from "../db/client";
import { randomBase62 } from "../lib/ids";
import { accessLog } from "../lib/log";
import type { AppEnv } from "../lib/types";
import { rateLimitHeaders } from "../modules/protection/rate-limit";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Outermost middleware: request id (the client's when it is a sane token), the db handle, and
 * one JSON log line per request (unless FOLIO_ACCESS_LOG is "false"). The log carries ids and the route pattern, never headers or
 * bodies, so no secret can reach it.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
	return async function requestContext(c, next) {
		const started = Date.now();
		const given = c.req.header("X-Request-Id");
		const requestId = given && SANE_REQUEST_ID.test(given) ? given : `req_${randomBase62(20)}`;
		c.set("requestId", requestId);
		c.set("db", createDb(c.env.DB));
		await next();
		c.header("X-Request-Id", requestId);
		const rateLimit = c.get("rateLimit");
		if (rateLimit)
			for (const [name, value] of Object.entries(rateLimitHeaders(rateLimit))) c.header(name, value);
		// FOLIO_ACCESS_LOG=false keeps only failures: under `wrangler dev` every console.log crosses
		// the inspector to wrangler, which costs a read ~28% of its throughput (npm run bench).
		// A misconfigured worker logs every line: its configuration cannot be trusted to say otherwise.
		const config = checkConfig(c.env);
		if (c.res.status < 500 && config.ok && !config.config.accessLog) return;
		const principal = c.get("principal");
		accessLog(c.res.status >= 500 ? "error" : "info", {
			method: c.req.method,
			route: routePath(c, -1) || null,
			status: c.res.status,
			duration_ms: Date.now() - started,
			key_id: principal ? (principal.kind === "root" ? "root" : principal.key.id) : null,
			request_id: requestId,
		});
	};
}

import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { checkConfig } from "../config";
import { createDb } from "../db/client";
import { randomBase62 } from "../lib/ids";
import { accessLog } from "../lib/log";
import { setResponseHeaders } from "../lib/response-headers";
import type { AppEnv } from "../lib/types";
import { rateLimitHeaders } from "../modules/protection/rate-limit";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A request slower than this is logged whatever FOLIO_ACCESS_LOG says: it is the one an operator
 * looks for, and there are few of them. (Wall time: in workerd it advances only across I/O, so
 * this counts waiting on D1, Durable Objects and queues, which is what makes a request slow.)
 */
export const SLOW_REQUEST_MS = 1_000;

/**
 * Outermost middleware: request id (the client's when it is a sane token), the db handle, and
 * the access log. By default it logs a line only for a 5xx or a slow request: Workers Logs record
 * every invocation already (method, URL, status, duration), and under `wrangler dev` each
 * console.log crosses to the wrangler process and costs a snapshot read about a quarter of its
 * throughput (README, Benchmarks). FOLIO_ACCESS_LOG=true logs every request. A line carries ids
 * and the route pattern, never headers or bodies, so no secret can reach it.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
	return async function requestContext(c, next) {
		const started = Date.now();
		const given = c.req.header("X-Request-Id");
		const requestId = given && SANE_REQUEST_ID.test(given) ? given : `req_${randomBase62(20)}`;
		c.set("requestId", requestId);
		c.set("db", createDb(c.env.DB));
		await next();
		const rateLimit = c.get("rateLimit");
		setResponseHeaders(c, { "X-Request-Id": requestId, ...(rateLimit ? rateLimitHeaders(rateLimit) : {}) });
		const duration = Date.now() - started;
		const failed = c.res.status >= 500;
		const slow = duration >= SLOW_REQUEST_MS;
		// A misconfigured worker logs every line: its configuration cannot be trusted to say otherwise.
		const config = checkConfig(c.env);
		if (!failed && !slow && config.ok && !config.config.accessLog) return;
		const principal = c.get("principal");
		accessLog(failed ? "error" : "info", {
			method: c.req.method,
			route: routePath(c, -1) || null,
			status: c.res.status,
			duration_ms: duration,
			...(slow ? { slow: true } : {}),
			key_id: principal ? (principal.kind === "root" ? "root" : principal.key.id) : null,
			request_id: requestId,
		});
	};
}

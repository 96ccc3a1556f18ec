import type { Context } from "hono";

/**
 * Sets headers on the answer a middleware got back from `next()`. Hono's `c.header()` copies the
 * whole Response for every header set once the answer exists (it cannot know whether its headers
 * may be changed); the request path adds up to six that way, and those copies were a tenth of a
 * cached read's CPU. Every answer here is a Response this request built, so its headers are set in
 * place. One whose headers are immutable (as fetch() and the Cache API return them) is copied once,
 * as Hono would.
 */
export function setResponseHeaders(c: Context, headers: Record<string, string>): void {
	const res = c.res;
	try {
		for (const name in headers) res.headers.set(name, headers[name] as string);
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		const copy = new Response(res.body, res);
		for (const name in headers) copy.headers.set(name, headers[name] as string);
		// Unset first: assigning over an answer makes Hono merge the old answer's headers back in.
		c.res = undefined;
		c.res = copy;
	}
}

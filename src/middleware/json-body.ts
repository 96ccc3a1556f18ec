import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../lib/errors";
import type { AppEnv } from "../lib/types";

export const MAX_BODY_BYTES = 1024 * 1024;
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const decoder = new TextDecoder();

const limit = bodyLimit({
	maxSize: MAX_BODY_BYTES,
	onError: () => {
		throw new ApiError("payload_too_large", `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
	},
});

/**
 * Refuses bodies that are too large, not JSON, or malformed before any validator sees them, so
 * each gets its own status and code (413, 415, 400 malformed_json) instead of a generic one.
 * It runs per operation, after authentication (define-route.ts): only a known caller's body is read.
 * The text read here stays in Hono's body cache; the validator parses it again (Hono's
 * `req.json()` parses from the cached text), which for bodies of at most 1 MiB costs little.
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
	return async function jsonBody(c, next) {
		if (!WITH_BODY.has(c.req.method)) return next();
		return limit(c, async () => {
			// Bytes, decoded here: asking the runtime for text of a body labelled as something else
			// (a form, a file) makes it print a warning for every such request.
			const text = decoder.decode(await c.req.arrayBuffer());
			c.set("bodyText", text);
			const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
			if (text.length === 0) {
				// `curl -X POST -H 'Content-Type: application/json'` with no data: an empty object, so an
				// optional body is simply absent and a required one gets its fields' 422s, not a 400.
				if (JSON_MEDIA_TYPE.test(mediaType)) {
					c.req.raw = new Request(c.req.raw, { body: "{}" });
					delete c.req.bodyCache.arrayBuffer;
				}
				return next();
			}
			if (!JSON_MEDIA_TYPE.test(mediaType)) {
				throw new ApiError("unsupported_media_type", "Send the body as application/json.");
			}
			try {
				JSON.parse(text);
			} catch {
				throw new ApiError("malformed_json", "The request body is not valid JSON.");
			}
			await next();
		});
	};
}

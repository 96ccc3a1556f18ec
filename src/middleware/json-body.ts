import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../lib/errors";
import type { AppEnv } from "../lib/types";

export const MAX_BODY_BYTES = 1024 * 1024;
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const limit = bodyLimit({
	maxSize: MAX_BODY_BYTES,
	onError: () => {
		throw new ApiError(413, "payload_too_large", `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
	},
});

/**
 * Refuses bodies that are too large, not JSON, or malformed before any validator sees them, so
 * each gets its own status (413, 415, 400) instead of a generic validation error. Parsing here
 * fills Hono's body cache, so validators reuse the parsed value.
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
	return async function jsonBody(c, next) {
		if (!WITH_BODY.has(c.req.method)) return next();
		return limit(c, async () => {
			const text = await c.req.text();
			if (text.length === 0) return next();
			const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
			if (!JSON_MEDIA_TYPE.test(mediaType)) {
				throw new ApiError(415, "unsupported_media_type", "Send the body as application/json.");
			}
			let parsed: unknown;
			try {
				parsed = JSON.parse(text);
			} catch {
				throw new ApiError(400, "malformed_json", "The request body is not valid JSON.");
			}
			c.req.bodyCache.json = Promise.resolve(parsed);
			await next();
		});
	};
}

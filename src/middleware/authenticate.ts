import type { Context, MiddlewareHandler } from "hono";
import { configOf } from "../config";
import { constantTimeEqual } from "../lib/crypto";
import { unauthorized } from "../lib/errors";
import type { AppEnv, Principal } from "../lib/types";
import { isWellFormedApiKey } from "../modules/keys/key-format";
import { findVerifiedKey, touchKey } from "../modules/keys/keys.service";

const BEARER = /^Bearer +(\S+)$/i;

async function principalOf(c: Context<AppEnv>): Promise<Principal> {
	const header = c.req.header("Authorization");
	if (!header) throw unauthorized("unauthenticated", "Send an API key as `Authorization: Bearer <key>`.");
	const token = BEARER.exec(header)?.[1];
	// Another scheme, or no token: RFC 6750 §3.1 wants no error code for those.
	if (!token) throw unauthorized("unauthenticated", "The Authorization header must be `Bearer <key>`.");
	// A well-formed key is never compared with the root token: a key's shape is public, so
	// deciding on it leaks nothing, and keys (the common case) skip two hashes.
	if (!isWellFormedApiKey(token)) {
		const root = configOf(c.env).adminToken;
		if (root && (await constantTimeEqual(token, root))) return { kind: "root" };
		throw unauthorized("invalid_api_key", "The API key is malformed.", "invalid_token");
	}
	const db = c.get("db");
	const { key, loaded } = await findVerifiedKey(db, token);
	if (!key)
		throw unauthorized("invalid_api_key", "The API key is unknown, revoked or expired.", "invalid_token");
	if (loaded) c.executionCtx.waitUntil(touchKey(db, key.id).catch(() => undefined));
	return { kind: "key", key };
}

/**
 * Settles who is calling, first of all: a caller without a valid key gets its 401 before its
 * body is read, so an anonymous client can neither make the worker buffer a megabyte nor learn
 * from a 400 or 415 how requests are checked.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
	return async function authenticate(c, next) {
		// A misconfigured worker answers its 503 before anything else is decided.
		configOf(c.env);
		c.set("principal", await principalOf(c));
		await next();
	};
}

import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { projects } from "../db/schema";
import { constantTimeEqual } from "../lib/crypto";
import { ApiError, unauthorized } from "../lib/errors";
import type { AppEnv, Principal, Scope } from "../lib/types";
import { isWellFormedApiKey } from "../modules/keys/key-format";
import { findVerifiedKey, touchKey } from "../modules/keys/keys.service";
import { protect } from "../modules/protection/protect";

/** Who may call an operation: the root token only, or a key holding `scope` (root may too). */
export type Access = { root: true } | { scope: Scope };

/** Scopes that imply another: a writer may read what it writes. */
const IMPLIED: Partial<Record<Scope, Scope[]>> = { "content.read": ["content.write"] };

export function hasScope(granted: readonly Scope[], needed: Scope): boolean {
	return granted.includes(needed) || (IMPLIED[needed] ?? []).some((s) => granted.includes(s));
}

async function authenticate(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<Principal> {
	const header = c.req.header("Authorization");
	if (!header) throw unauthorized("unauthenticated", "Send an API key as `Authorization: Bearer <key>`.");
	const match = /^Bearer +(\S+)$/i.exec(header);
	if (!match?.[1]) throw unauthorized("unauthenticated", "The Authorization header must be `Bearer <key>`.");
	const token = match[1];
	// A well-formed key is never compared with the root token: a key's shape is public, so
	// deciding on it leaks nothing, and keys (the common case) skip two hashes.
	if (!isWellFormedApiKey(token)) {
		const root = c.env.FOLIO_ADMIN_TOKEN;
		if (root && (await constantTimeEqual(token, root))) return { kind: "root" };
		throw unauthorized("invalid_api_key", "The API key is malformed.");
	}
	const db = c.get("db");
	const { key, loaded } = await findVerifiedKey(db, token);
	if (!key) throw unauthorized("invalid_api_key", "The API key is unknown, revoked or expired.");
	if (loaded) c.executionCtx.waitUntil(touchKey(db, key.id).catch(() => undefined));
	return { kind: "key", key };
}

/**
 * Authenticates the caller and checks it may use the operation, before any validation, so an
 * unauthorised caller learns nothing about the shape of a valid request.
 */
export function guard(access: Access): MiddlewareHandler<AppEnv> {
	return async function guard(c, next) {
		const principal = await authenticate(c);
		c.set("principal", principal);
		// Every authenticated request spends from its key's bucket, refused ones included (so they
		// carry the rate-limit headers too); the checks below run inside the idempotent section.
		return protect(c, principal, async () => {
			const project = c.req.param("project");
			if (principal.kind === "root") {
				if (project !== undefined) {
					const found = await c.get("db").query.projects.findFirst({ where: eq(projects.id, project) });
					if (!found) throw new ApiError(404, "project_not_found", `Project ${project} does not exist.`);
				}
				return next();
			}
			const { key } = principal;
			if ("root" in access) {
				throw new ApiError(403, "root_required", "This operation needs the root token.");
			}
			if (project !== undefined && project !== key.projectId) {
				throw new ApiError(403, "forbidden_project", "This key belongs to another project.");
			}
			if (!hasScope(key.scopes, access.scope)) {
				throw new ApiError(403, "missing_scope", `This operation needs the \`${access.scope}\` scope.`, {
					extra: { required_scope: access.scope },
				});
			}
			return next();
		});
	};
}

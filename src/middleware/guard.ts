import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { projects } from "../db/schema";
import { ApiError } from "../lib/errors";
import type { AppEnv, Scope } from "../lib/types";
import { protect } from "../modules/protection/protect";

/** Who may call an operation: the root token only, or a key holding `scope` (root may too). */
export type Access = { root: true } | { scope: Scope };

/** Scopes that imply another: a writer may read what it writes. */
const IMPLIED: Partial<Record<Scope, Scope[]>> = { "content.read": ["content.write"] };

export function hasScope(granted: readonly Scope[], needed: Scope): boolean {
	return granted.includes(needed) || (IMPLIED[needed] ?? []).some((s) => granted.includes(s));
}

/**
 * Checks that the authenticated caller (see authenticate.ts) may use the operation, before any
 * validation, so an unauthorised caller learns nothing about the shape of a valid request.
 */
export function guard(access: Access): MiddlewareHandler<AppEnv> {
	return async function guard(c, next) {
		const principal = c.get("principal");
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

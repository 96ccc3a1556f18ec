import type { MiddlewareHandler } from "hono";
import { ApiError } from "../lib/errors";
import type { AppEnv } from "../lib/types";
import { type Access, accessRefusal } from "../modules/keys/access";
import { projectExists } from "../modules/projects/projects.service";

/**
 * Checks that the authenticated caller may use the operation, before any validation, so an
 * unauthorised caller learns nothing about the shape of a valid request. The root token may call
 * everything, in a project that exists; a key, what its scopes allow in its own project.
 */
export function authorize(access: Access): MiddlewareHandler<AppEnv> {
	return async function authorize(c, next) {
		const principal = c.get("principal");
		const project = c.req.param("project");
		if (principal.kind === "key") {
			const refusal = accessRefusal(principal.key, access, project);
			if (refusal) throw refusal;
		} else if (project !== undefined && !(await projectExists(c.get("db"), project))) {
			throw new ApiError("project_not_found", `Project ${project} does not exist.`);
		}
		await next();
	};
}

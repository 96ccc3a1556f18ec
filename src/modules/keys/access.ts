import { ApiError } from "../../lib/errors";
import type { Scope, VerifiedKey } from "../../lib/types";

/** Who may call an operation: the root token only, or a key holding `scope` (root may too). */
export type Access = { root: true } | { scope: Scope };

/** Scopes that imply another: a writer may read what it writes. */
const IMPLIED: Partial<Record<Scope, Scope[]>> = { "content.read": ["content.write"] };

export function hasScope(granted: readonly Scope[], needed: Scope): boolean {
	return granted.includes(needed) || (IMPLIED[needed] ?? []).some((s) => granted.includes(s));
}

/** Why `key` may not call an operation that needs `access` in `project` (its path's), or null. */
export function accessRefusal(
	key: VerifiedKey,
	access: Access,
	project: string | undefined,
): ApiError | null {
	if ("root" in access) return new ApiError("root_required", "This operation needs the root token.");
	if (project !== undefined && project !== key.projectId) {
		return new ApiError("forbidden_project", "This key belongs to another project.");
	}
	if (!hasScope(key.scopes, access.scope)) {
		return new ApiError("missing_scope", `This operation needs the \`${access.scope}\` scope.`, {
			extra: { required_scope: access.scope },
		});
	}
	return null;
}

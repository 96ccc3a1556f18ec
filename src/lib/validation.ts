import type { Hook, z } from "@hono/zod-openapi";
import { type FieldError, validationFailed } from "./errors";
import type { AppEnv } from "./types";
import { humanMessage } from "./zod-messages";

/** RFC 6901 encoding of a path. */
export function toPointer(path: readonly PropertyKey[]): string {
	return path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

export function zodIssuesToErrors(error: z.ZodError, target: string, base = ""): FieldError[] {
	return error.issues.map((issue) => {
		const where =
			target === "json"
				? { pointer: base + toPointer(issue.path) }
				: { parameter: String(issue.path[0] ?? target) };
		return { ...where, message: humanMessage(issue), code: issue.code };
	});
}

/** Every zod failure of a request becomes the same 422 problem. */
export const defaultHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
	if (!result.success) {
		throw validationFailed(zodIssuesToErrors(result.error, result.target));
	}
};

/** One JSON line: queue consumers have no request context to hang a logger on. */
export const log = (level: "info" | "error", msg: string, fields: Record<string, unknown> = {}) =>
	(level === "error" ? console.error : console.log)(JSON.stringify({ level, msg, ...fields }));

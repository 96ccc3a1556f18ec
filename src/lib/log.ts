/** One JSON log line (for code without a request context: consumers, sends after a response). */
export const log = (level: "info" | "error", msg: string, fields: Record<string, unknown> = {}) =>
	(level === "error" ? console.error : console.log)(JSON.stringify({ level, msg, ...fields }));

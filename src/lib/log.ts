type Level = "info" | "error";

const line = (level: Level, msg: string, fields: Record<string, unknown>) =>
	JSON.stringify({ level, msg, ...fields });

/** One JSON log line (for code without a request context: consumers, sends after a response). */
export const log = (level: Level, msg: string, fields: Record<string, unknown> = {}) =>
	(level === "error" ? console.error : console.log)(line(level, msg, fields));

/** The access log: one stream (stdout) whatever the status, so a reader of it sees every request. */
export const accessLog = (level: Level, fields: Record<string, unknown>) =>
	console.log(line(level, "request", fields));

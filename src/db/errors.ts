/**
 * D1 reports a failed constraint only in its error text (no code property reaches the worker),
 * so this is the one place that reads that text. The cause chain is walked because drizzle may
 * wrap the D1 error in one of its own.
 */
export type ConstraintKind = "UNIQUE" | "NOT NULL";

function messages(error: unknown): string[] {
	const found: string[] = [];
	for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
		found.push(String(e));
		e = e instanceof Error ? e.cause : undefined;
	}
	return found;
}

/**
 * Whether the error is SQLite's "<kind> constraint failed", on `column` ("table.column") when
 * given. A UNIQUE failure on a composite key names every column, so `column` matches any of them.
 */
export function isConstraintFailure(error: unknown, kind: ConstraintKind, column?: string): boolean {
	const prefix = `${kind} constraint failed: `;
	return messages(error).some((text) => {
		const at = text.indexOf(prefix);
		if (at < 0) return false;
		if (column === undefined) return true;
		const columns = text.slice(at + prefix.length).split(/[,:\s]+/);
		return columns.includes(column);
	});
}

/**
 * Rows the entity write sends to D1 as JSON arrays (one bound value per table instead of one
 * statement per row). The fields are named once, here, in order: the SQL reads a field by name
 * and a row is built from an object typed by the same names, so no position is written by hand.
 */
export function jsonRows<const F extends readonly string[]>(fields: F) {
	type Field = F[number];
	const index = new Map<string, number>(fields.map((field, i) => [field, i]));
	const at = (field: Field) => index.get(field) as number;
	return {
		/** The field as SQL text, read from `alias.value` (json_each's column; no alias: `value`). */
		sql: (alias: string, field: Field) => `${alias ? `${alias}.` : ""}value ->> '$[${at(field)}]'`,
		/** Position of a field in a row. */
		at,
		row: (values: Record<Field, unknown>): unknown[] => fields.map((field: Field) => values[field]),
	};
}

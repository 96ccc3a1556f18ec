import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/lib/error-codes";

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
	);
}

describe("the error code table", () => {
	it("lists every code the source can put in a problem response", () => {
		const used = new Set<string>();
		for (const file of sources("src")) {
			const text = readFileSync(file, "utf8");
			for (const m of text.matchAll(/(?:ApiError|refuse)\(\s*[\d|\s]+(?:[^,]*\?[^,]*)?,\s*"([a-z_]+)"/g))
				used.add(m[1] as string);
		}
		expect(used.size).toBeGreaterThan(10);
		const listed = new Set(ERROR_CODES.map((e) => e.code));
		expect([...used].filter((c) => !listed.has(c))).toEqual([]);
	});
});

/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/lib/error-codes";

const sources = import.meta.glob<string>("../../src/**/*.ts", {
	query: "?raw",
	import: "default",
	eager: true,
});

describe("the error code table", () => {
	it("lists every code the source can put in a problem response", () => {
		const used = new Set<string>();
		for (const text of Object.values(sources)) {
			for (const m of text.matchAll(/(?:ApiError|refuse)\(\s*[\d|\s]+(?:[^,]*\?[^,]*)?,\s*"([a-z_]+)"/g)) {
				used.add(m[1] as string);
			}
		}
		expect(used.size).toBeGreaterThan(10);
		const listed = new Set<string>(ERROR_CODES.map((e) => e.code));
		expect([...used].filter((c) => !listed.has(c))).toEqual([]);
	});
});

/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/lib/error-codes";

const pages = import.meta.glob<string>("../../docs/*.md", {
	query: "?raw",
	import: "default",
	eager: true,
});
const page = (name: string) => pages[`../../docs/${name}`];

/** The pages the README's docs section links to. */
const DOCS_PAGES = [
	"sdk.md",
	"cli.md",
	"webhooks.md",
	"polling.md",
	"signing.md",
	"rate-limits.md",
	"idempotency.md",
	"errors.md",
	"deploy.md",
];

describe("the developer docs", () => {
	it.each(DOCS_PAGES)("docs/%s exists and is not empty", (name) => {
		expect(page(name)?.trim().length ?? 0).toBeGreaterThan(0);
	});

	it("lists every error code with its HTTP status in docs/errors.md", () => {
		const text = page("errors.md") ?? "";
		// Table rows: | `code` | status | meaning |
		const rows = new Map<string, number>();
		for (const m of text.matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm)) {
			rows.set(m[1] as string, Number(m[2]));
		}
		const missing = ERROR_CODES.filter((e) => rows.get(e.code) !== e.status).map(
			(e) => `${e.code} (${e.status})${rows.has(e.code) ? `, listed as ${rows.get(e.code)}` : ""}`,
		);
		expect(missing).toEqual([]);
	});

	it("lists no code in docs/errors.md's table that the API does not have", () => {
		const text = page("errors.md") ?? "";
		const known = new Set<string>(ERROR_CODES.map((e) => e.code));
		const listed = [...text.matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*\d{3}\s*\|/gm)].map((m) => m[1] as string);
		expect(listed.filter((c) => !known.has(c))).toEqual([]);
	});
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS_FILE_TEXT } from "../../src/openapi/docs-files";
import { DOCS_FILES } from "../../src/openapi/docs-page";

const dir = join(__dirname, "../../public/docs");

describe("the /docs page's bundled files", () => {
	it("are public/docs/ as it is now (else run `npm run docs:files`)", () => {
		const onDisk = Object.fromEntries(
			readdirSync(dir).map((name) => [`/docs/${name}`, readFileSync(join(dir, name), "utf8")]),
		);
		expect(DOCS_FILE_TEXT).toEqual(onDisk);
	});

	it("hold every file a docs route serves", () => {
		for (const { file } of DOCS_FILES) expect(Object.keys(DOCS_FILE_TEXT)).toContain(file);
	});
});

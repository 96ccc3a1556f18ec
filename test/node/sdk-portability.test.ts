// The SDK library runs in browsers and Workers as well as Node: web platform APIs only. The CLI
// (sdk/src/cli.ts, Node only) is the one exception.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../sdk/src");
const library = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
	(file) => file.endsWith(".ts") && file !== "cli.ts" && !file.startsWith("cli/"),
);
const NODE_ONLY = [
	/\bBuffer\b/,
	/from "node:/,
	/\brequire\(/,
	/\bprocess\./,
	/from "(fs|path|crypto|http|https)"/,
];

describe("the SDK library", () => {
	it.each(library)("%s uses no Node-only API", (file) => {
		const code = readFileSync(join(root, file), "utf8")
			.replace(/\/\*[\s\S]*?\*\//g, "")
			.replace(/^\s*\/\/.*$/gm, "");
		for (const pattern of NODE_ONLY) expect(code, `${file} ${pattern}`).not.toMatch(pattern);
	});

	it("imports its own modules with .ts extensions, so Node runs the source directly", () => {
		for (const file of library) {
			const source = readFileSync(join(root, file), "utf8");
			for (const [, specifier] of source.matchAll(/from "(\.[^"]+)"/g))
				expect(specifier, file).toMatch(/\.ts$/);
		}
	});
});

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const sdk = join(dirname(fileURLToPath(import.meta.url)), "../../sdk");

/** Type-checks `code` as a file inside sdk/ with the SDK's own compiler options. */
function typeErrors(code: string, file: string): string[] {
	const config = ts.getParsedCommandLineOfConfigFile(
		join(sdk, "tsconfig.json"),
		{},
		{
			...ts.sys,
			onUnRecoverableConfigFileDiagnostic: (d) => {
				throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
			},
		},
	);
	if (!config) throw new Error("sdk/tsconfig.json did not parse");
	const host = ts.createCompilerHost(config.options);
	const readFile = host.readFile.bind(host);
	host.readFile = (name) => (name === file ? code : readFile(name));
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (name) => name === file || fileExists(name);
	const program = ts.createProgram([file], config.options, host);
	return ts
		.getPreEmitDiagnostics(program)
		.filter((d) => d.file?.fileName === file)
		.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the SDK's types as a caller meets them", () => {
	it("type-checks the SDK README's first example", () => {
		const readme = readFileSync(join(sdk, "README.md"), "utf8");
		const block = readme.match(/```ts\n([\s\S]*?)```/)?.[1];
		expect(block).toContain("@folio/sdk");
		// The package name resolves once published; here it is the source it is built from.
		const code = `${(block ?? "").replace('from "@folio/sdk"', 'from "./src/index.ts"')}\nexport {};\n`;
		expect(typeErrors(code, join(sdk, "readme-example.ts"))).toEqual([]);
	});

	it("types a plain write as the entity and only a dry run as the dry run", () => {
		const code = `import { Folio } from "./src/index.ts";
import type { DryRunEntity, Entity } from "./src/types.ts";
declare const folio: Folio;
declare const maybe: boolean;
type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check = <T extends true>() => {};
const body = { schema: "article", data: {} };
const plain = folio.entities.create("p", body);
const empty = folio.entities.put("p", "s", { data: {} }, {});
const off = folio.entities.commit("p", "s", "m", { dryRun: false, ifMatch: 1 });
const deleted = folio.entities.delete("p", "s");
const dry = folio.entities.create("p", body, { dryRun: true });
const either = folio.entities.create("p", body, { dryRun: maybe });
check<Is<Awaited<typeof plain>, Entity>>();
check<Is<Awaited<typeof empty>, Entity>>();
check<Is<Awaited<typeof off>, Entity>>();
check<Is<Awaited<typeof deleted>, Entity>>();
check<Is<Awaited<typeof dry>, DryRunEntity>>();
check<Is<Awaited<typeof either>, Entity | DryRunEntity>>();
const snapshot = folio.snapshots.regenerate("p");
check<Is<Awaited<typeof snapshot>, Awaited<ReturnType<Folio["snapshots"]["get"]>>>>();
export {};
`;
		expect(typeErrors(code, join(sdk, "dry-run-types.ts"))).toEqual([]);
	});
});

describe("the SDK package", () => {
	it("ships source maps that need no file outside it", () => {
		const { config } = ts.readConfigFile(join(sdk, "tsconfig.build.json"), ts.sys.readFile);
		const options = config.compilerOptions;
		const files: string[] = JSON.parse(readFileSync(join(sdk, "package.json"), "utf8")).files;
		// A map names ../src/*.ts; either those files ship, or the map carries their text.
		const selfContained = !options.sourceMap || options.inlineSources === true || files.includes("src");
		expect(selfContained).toBe(true);
	});
});

// `npm run docs:files` rebuilds src/openapi/docs-files.ts, the /docs page's files (public/docs/) as
// strings the worker bundles. They used to be Workers Static Assets, but an assets binding with
// `run_worker_first` puts the asset router in front of every request, the API's included: under
// `wrangler dev` that hop was about 0.6 ms of CPU per request, more than a cached read costs in the
// worker itself. test/node/docs-files.test.ts fails when the module and public/docs/ differ.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "src/openapi/docs-files.ts");
const files = readdirSync(join(root, "public/docs")).sort();
const entries = files.map(
	(name) =>
		`\t${JSON.stringify(`/docs/${name}`)}: ${JSON.stringify(readFileSync(join(root, "public/docs", name), "utf8"))},`,
);
const text = `// generated, do not edit: \`npm run docs:files\` rebuilds this file from public/docs/.
// biome-ignore-all lint: the files' text holds \${…} of their own template literals.
/** The /docs page's files by path, as public/docs/ holds them. */
export const DOCS_FILE_TEXT: Record<string, string> = {
${entries.join("\n")}
};
`;
const result = spawnSync(join(root, "node_modules/.bin/biome"), ["format", `--stdin-file-path=${target}`], {
	cwd: root,
	input: text,
	encoding: "utf8",
});
if (result.status !== 0) throw new Error(`biome format failed:\n${result.stderr}`);
writeFileSync(target, result.stdout);
console.log(`wrote ${target.slice(root.length + 1)} (${files.length} files)`);

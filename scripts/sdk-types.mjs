// `npm run sdk:types` regenerates the SDK's copy of the OpenAPI document (sdk/openapi.json) and the
// types derived from it (sdk/src/api-types.ts). `npm run sdk:check` (--check) writes nothing and
// fails when either committed file differs from what the code generates now.
//
// The document comes from the app itself: src/app.ts is bundled for Node (dependencies stay
// external, so the bundle lives inside the repo where they resolve) and asked for its openapi.json.
// Both files go through Biome, so the committed copies pass `biome check` and compare byte for byte.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const targets = {
	document: join(root, "sdk/openapi.json"),
	types: join(root, "sdk/src/api-types.ts"),
};
const HEADER = `// generated, do not edit: \`npm run sdk:types\` rebuilds this file from sdk/openapi.json.
// biome-ignore-all lint: generated code follows openapi-typescript's conventions.
`;

async function loadDocument() {
	const bundle = await build({
		entryPoints: [join(root, "src/app.ts")],
		bundle: true,
		format: "esm",
		platform: "node",
		packages: "external",
		write: false,
		logLevel: "error",
	});
	const cache = join(root, "node_modules/.cache/folio");
	mkdirSync(cache, { recursive: true });
	const file = join(cache, "app.mjs");
	writeFileSync(file, bundle.outputFiles[0].text);
	const { createApp } = await import(pathToFileURL(file).href);
	// The app logs every request as a JSON line; this one would only clutter the script's output.
	const log = console.log;
	console.log = () => {};
	let res;
	try {
		res = await createApp().request("/api/v1/openapi.json", {}, { DB: {} });
	} finally {
		console.log = log;
	}
	if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
	return res.json();
}

function biomeFormat(text, path) {
	const biome = join(root, "node_modules/.bin/biome");
	const result = spawnSync(biome, ["format", `--stdin-file-path=${path}`], {
		cwd: root,
		input: text,
		encoding: "utf8",
	});
	if (result.status !== 0) throw new Error(`biome format ${path} failed:\n${result.stderr}`);
	return result.stdout;
}

async function generate() {
	const document = await loadDocument();
	// A default describes what the server assumes, not a field the client must send.
	const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
	return {
		document: biomeFormat(`${JSON.stringify(document, null, "\t")}\n`, targets.document),
		types: biomeFormat(HEADER + astToString(ast), targets.types),
	};
}

function read(path) {
	try {
		return readFileSync(path, "utf8");
	} catch {
		return undefined;
	}
}

const generated = await generate();
if (process.argv.includes("--check")) {
	const stale = Object.keys(targets).filter((name) => read(targets[name]) !== generated[name]);
	if (stale.length > 0) {
		console.error(
			`SDK types are out of date: ${stale.map((name) => targets[name].slice(root.length + 1)).join(", ")} ` +
				"differ from what the API generates now. Run `npm run sdk:types` and commit the result.",
		);
		process.exit(1);
	}
	console.log("sdk/openapi.json and sdk/src/api-types.ts match the API.");
} else {
	mkdirSync(dirname(targets.types), { recursive: true });
	for (const name of Object.keys(targets)) writeFileSync(targets[name], generated[name]);
	console.log("wrote sdk/openapi.json and sdk/src/api-types.ts");
}

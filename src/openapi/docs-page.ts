import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/types";
import { DOCS_FILE_TEXT } from "./docs-files";

/**
 * The page runs only its own script and styles and talks only to this origin (the document and
 * Try it), so an injected script or a hostile frame around it has nothing to work with. The files
 * in public/docs/ keep to it: no inline script, style or event handler, no style attribute set from
 * script, and an empty data: icon so that browsers do not ask for /favicon.ico (a 404).
 */
const DOCS_PAGE_HEADERS = {
	"Content-Security-Policy": [
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	].join("; "),
	"X-Frame-Options": "DENY",
};

/** The page's script, as ES modules that app.js imports, and its stylesheet, all in public/docs/. */
const SCRIPTS = ["app.js", "dom.js", "operations.js", "schema-view.js", "spec.js", "try-it.js"];

/** Each address of the reference page, the file in public/ behind it, and what it is sent as. */
export const DOCS_FILES = [
	{ route: "/docs", file: "/docs/index.html", type: "text/html; charset=UTF-8", page: true },
	...SCRIPTS.map((name) => ({
		route: `/docs/${name}`,
		file: `/docs/${name}`,
		type: "text/javascript; charset=utf-8",
		page: false,
	})),
	{ route: "/docs/app.css", file: "/docs/app.css", type: "text/css; charset=utf-8", page: false },
];

/**
 * Serves the self-contained reference page from the files bundled with the worker
 * (docs-files.ts, generated from public/docs/), with the worker's own headers. They are not
 * Workers Static Assets: an assets binding that runs the worker first puts the asset router in
 * front of every request, the API's included, for eight small files.
 */
export function mountDocsPage(app: OpenAPIHono<AppEnv>) {
	for (const { route, file, type, page } of DOCS_FILES) {
		const text = DOCS_FILE_TEXT[file];
		// A build without the file is broken, not a request for a missing page.
		if (text === undefined) throw new Error(`docs file ${file} is not in docs-files.ts`);
		app.get(route, (c) => {
			const headers = { "Content-Type": type, "Cache-Control": "public, max-age=300" };
			return c.body(text, 200, page ? { ...headers, ...DOCS_PAGE_HEADERS } : headers);
		});
	}
}

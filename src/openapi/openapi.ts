import type { OpenAPIHono } from "@hono/zod-openapi";
import { ERROR_CODES } from "../lib/error-codes";
import type { AppEnv } from "../lib/types";
import { registerWebhookEvents } from "../modules/webhooks/webhook-events";
import { docsHtml, docsScript, docsStyles } from "./docs-assets";

export const OPENAPI_PATH = "/api/v1/openapi.json";

const DESCRIPTION = `Folio's write API: projects, keys, schemas, entities, snapshots, webhooks and exports.

Authenticate with \`Authorization: Bearer <key>\`. Each operation names the scope it needs in \`x-folio-access\`
("root" means the root token only). Errors are RFC 9457 problem documents with a stable \`code\`.`;

/**
 * The page runs only its own script and styles and talks only to this origin (the document and
 * Try it), so an injected script or a hostile frame around it has nothing to work with.
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

/** Serves the generated OpenAPI 3.1 document and the self-contained reference page. */
export function mountOpenApi(app: OpenAPIHono<AppEnv>) {
	app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
		type: "http",
		scheme: "bearer",
		description: "An API key (`folio_…`) or, for root operations, the root token.",
	});
	registerWebhookEvents(app.openAPIRegistry);
	let document: unknown;
	app.get(OPENAPI_PATH, (c) => {
		document ??= {
			...app.getOpenAPI31Document({
				openapi: "3.1.0",
				info: { title: "Folio API", version: "1.0.0", description: DESCRIPTION },
				servers: [{ url: "/" }],
				tags: [
					{ name: "Meta" },
					{ name: "Projects" },
					{ name: "Keys" },
					{ name: "Schemas" },
					{ name: "Entities" },
					{ name: "Snapshots", description: "Building immutable snapshots (admin)." },
					{ name: "Read", description: "Serving published snapshots (`content.read`)." },
					{
						name: "Webhooks",
						description:
							"Endpoints, deliveries and redelivery (`webhook.manage`). The events themselves are under `webhooks`.",
					},
					{ name: "Notifications" },
					{ name: "Exports", description: "Snapshots as NDJSON files in R2 (`export.run`)." },
				],
			}),
			"x-folio-error-codes": ERROR_CODES,
		};
		return c.json(document);
	});
	const headers = { "Cache-Control": "public, max-age=300" };
	app.get("/docs", (c) => c.html(docsHtml, 200, { ...headers, ...DOCS_PAGE_HEADERS }));
	app.get("/docs/app.js", (c) =>
		c.body(docsScript, 200, { ...headers, "Content-Type": "text/javascript; charset=utf-8" }),
	);
	app.get("/docs/app.css", (c) =>
		c.body(docsStyles, 200, { ...headers, "Content-Type": "text/css; charset=utf-8" }),
	);
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import { ERROR_CODES } from "../lib/error-codes";
import type { AppEnv } from "../lib/types";
import { registerWebhookEvents } from "../modules/webhooks/webhook-events";
import { SHARED_HEADERS } from "./define-route";
import { mountDocsPage } from "./docs-page";

export const OPENAPI_PATH = "/api/v1/openapi.json";

const DESCRIPTION = `Folio's write API: projects, keys, schemas, entities, snapshots, webhooks and exports.

Authenticate with \`Authorization: Bearer <key>\`. Each operation names the scope it needs in \`x-folio-access\`
("root" means the root token only). Errors are RFC 9457 problem documents with a stable \`code\`.`;

/** Serves the generated OpenAPI 3.1 document and the self-contained reference page. */
export function mountOpenApi(app: OpenAPIHono<AppEnv>) {
	app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
		type: "http",
		scheme: "bearer",
		description: "An API key (`folio_…`) or, for root operations, the root token.",
	});
	for (const [name, header] of Object.entries(SHARED_HEADERS))
		app.openAPIRegistry.registerComponent("headers", name, header);
	registerWebhookEvents(app.openAPIRegistry);
	let document: unknown;
	app.get(OPENAPI_PATH, (c) => {
		document ??= {
			...app.getOpenAPI31Document({
				openapi: "3.1.0",
				info: {
					title: "Folio API",
					version: "1.0.0",
					description: DESCRIPTION,
					// No licence is granted: the repository is private (package.json `private: true`).
					license: { name: "Proprietary" },
				},
				servers: [{ url: "/" }],
				tags: [
					{ name: "Meta", description: "Health of the service (no authentication)." },
					{
						name: "Projects",
						description: "Projects, each holding its keys, schemas and content (root token).",
					},
					{ name: "Keys", description: "Scoped API keys of a project, their rotation and revocation." },
					{
						name: "Schemas",
						description: "Versioned JSON Schemas (2020-12) that entities are validated against.",
					},
					{ name: "Entities", description: "Drafts, commits, deletions, revisions and atomic batches." },
					{ name: "Snapshots", description: "Building immutable snapshots (admin)." },
					{ name: "Read", description: "Serving published snapshots (`content.read`)." },
					{
						name: "Webhooks",
						description:
							"Endpoints, deliveries and redelivery (`webhook.manage`). The events themselves are under `webhooks`.",
					},
					{
						name: "Notifications",
						description:
							"What needs an operator: deliveries that failed for good, disabled endpoints, failed builds.",
					},
					{ name: "Exports", description: "Snapshots as NDJSON files in R2 (`export.run`)." },
					{
						name: "Events",
						description:
							"The events feed (`events.read`): every event the outbox records, the body a webhook delivery carries, oldest first, with long poll.",
					},
				],
			}),
			"x-folio-error-codes": ERROR_CODES,
		};
		return c.json(document);
	});
	mountDocsPage(app);
}

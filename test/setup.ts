import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { afterAll, expect } from "vitest";
import { BASE, exchanges } from "./api";
import { Conformance, report } from "./conformance";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// Every answer a test got through test/api.ts (typed or not) is one the document describes.
afterAll(async () => {
	if (exchanges.length === 0) return;
	const doc = await (await exports.default.fetch(`${BASE}/api/v1/openapi.json`)).json();
	const conformance = new Conformance(doc as Record<string, unknown>);
	for (const exchange of exchanges.splice(0)) conformance.check(exchange);
	expect(report(conformance.violations), "answers the OpenAPI document does not describe").toBe("");
});

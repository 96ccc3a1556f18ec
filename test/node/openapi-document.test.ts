import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

describe("the OpenAPI document", () => {
	it("is valid OpenAPI 3.1 by Redocly's spec rules", async () => {
		const res = await createApp().request("/api/v1/openapi.json", {}, { DB: {} });
		expect(res.status).toBe(200);
		const source = await res.text();
		expect(JSON.parse(source).openapi).toBe("3.1.0");
		const problems = await lintFromString({
			source,
			absoluteRef: "openapi.json",
			config: await createConfig({ extends: ["spec"] }),
		});
		const errors = problems
			.filter((p) => p.severity === "error")
			.map((p) => `${p.message} at ${p.location[0]?.pointer}`);
		expect(errors).toEqual([]);
	});

	it("gives every operation an id, a summary, security and its error responses", async () => {
		const doc: any = await (await createApp().request("/api/v1/openapi.json", {}, { DB: {} })).json();
		for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
			for (const [method, op] of Object.entries<any>(item)) {
				const label = `${method} ${path}`;
				expect(op.operationId, label).toEqual(expect.any(String));
				expect(op.summary, label).toEqual(expect.any(String));
				expect(op.security, label).toBeDefined();
				if (op.security.length > 0)
					expect(Object.keys(op.responses), label).toEqual(
						expect.arrayContaining(["401", "403", "429", "500"]),
					);
				if (op.requestBody)
					expect(Object.keys(op.responses), label).toEqual(expect.arrayContaining(["413", "415", "422"]));
				for (const param of path.match(/\{\w+\}/g) ?? []) {
					const name = param.slice(1, -1);
					expect(
						op.parameters.some((p: any) => p.name === name && p.in === "path"),
						`${label} ${name}`,
					).toBe(true);
				}
			}
		}
	});

	it("describes each webhook event with the Standard Webhooks headers", async () => {
		const doc: any = await (await createApp().request("/api/v1/openapi.json", {}, { DB: {} })).json();
		expect(Object.keys(doc.webhooks).sort()).toEqual(
			["entity.committed", "entity.deleted", "export.completed", "snapshot.published", "webhook.test"].sort(),
		);
		for (const [type, item] of Object.entries<any>(doc.webhooks)) {
			const headers = item.post.parameters.filter((p: any) => p.in === "header").map((p: any) => p.name);
			expect(headers, type).toEqual(["webhook-id", "webhook-timestamp", "webhook-signature"]);
			expect(JSON.stringify(item.post.requestBody.content["application/json"].schema), type).toContain(
				`"${type}"`,
			);
		}
	});
});

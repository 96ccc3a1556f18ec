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

	it("types a plain call's answer plainly: a dry run's schema only under the dry-run media type", async () => {
		const doc: any = await (await createApp().request("/api/v1/openapi.json", {}, { DB: {} })).json();
		const dryRunSchemas: string[] = [];
		for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
			for (const [method, op] of Object.entries<any>(item)) {
				if (!op.parameters?.some((p: any) => p.name === "dry_run")) continue;
				const ok = op.responses["200"];
				expect(ok?.content, `${method} ${path}`).toHaveProperty(["application/vnd.folio.dry-run+json"]);
				const plain = JSON.stringify(ok.content["application/json"]?.schema ?? {});
				expect(plain, `${method} ${path}`).not.toMatch(/DryRun/);
				dryRunSchemas.push(JSON.stringify(ok.content["application/vnd.folio.dry-run+json"].schema));
			}
		}
		expect(dryRunSchemas.length).toBeGreaterThanOrEqual(6);
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

describe("what the document says the server answers", () => {
	const load = async (): Promise<any> =>
		(await createApp().request("/api/v1/openapi.json", {}, { DB: {} })).json();
	const operations = (doc: any) =>
		Object.entries<Record<string, any>>(doc.paths).flatMap(([path, item]) =>
			Object.entries<any>(item).map(([method, op]) => ({ path, method, op })),
		);

	it("documents 422 wherever a path parameter or a header is validated", async () => {
		const doc = await load();
		const ids = ["getEntity", "revokeKey", "getWebhook", "deleteWebhook", "testWebhook", "getSnapshot"];
		const byId = new Map(operations(doc).map(({ op }) => [op.operationId, op]));
		for (const id of ids) expect(Object.keys(byId.get(id)?.responses ?? {}), id).toContain("422");
		for (const { path, method, op } of operations(doc))
			if (op.parameters?.some((p: any) => p.in === "path"))
				expect(Object.keys(op.responses), `${method} ${path}`).toContain("422");
	});

	it("marks `data` required where the server requires it", async () => {
		const { components } = await load();
		expect(components.schemas.CreateEntity.required).toContain("data");
		expect(components.schemas.PutEntity.required).toContain("data");
		const update = components.schemas.Batch.properties.operations.items.oneOf.find(
			(o: any) => o.properties.op.enum?.[0] === "update" || o.properties.op.const === "update",
		);
		expect(update.required).toContain("data");
	});

	it("documents the headers the request path sets, X-Folio-Bookmark everywhere, and Idempotency-Key on POST and PUT", async () => {
		const doc = await load();
		expect(Object.keys(doc.components.headers).sort()).toEqual(
			[
				"Idempotency-Replayed",
				"RateLimit",
				"RateLimit-Policy",
				"Retry-After",
				"X-Folio-Bookmark",
				"X-Request-Id",
			].sort(),
		);
		for (const { path, method, op } of operations(doc)) {
			if (op.security?.length === 0) continue;
			const label = `${method} ${path}`;
			for (const [status, response] of Object.entries<any>(op.responses)) {
				const names = Object.keys(response.headers ?? {});
				expect(names, `${label} ${status}`).toContain("X-Request-Id");
				if (status !== "401") expect(names, `${label} ${status}`).toContain("RateLimit");
				if (status !== "401") expect(names, `${label} ${status}`).toContain("X-Folio-Bookmark");
				if (status === "429") expect(names, `${label} ${status}`).toContain("Retry-After");
			}
			const bookmark = op.parameters?.some((p: any) => p.name === "X-Folio-Bookmark" && p.in === "header");
			expect(Boolean(bookmark), label).toBe(true);
			const idempotent = op.parameters?.some((p: any) => p.name === "Idempotency-Key" && p.in === "header");
			expect(Boolean(idempotent), label).toBe(method === "post" || method === "put");
		}
		const create = doc.paths["/api/v1/admin/projects/{project}/entities"].post.responses["201"].headers;
		expect(Object.keys(create)).toEqual(expect.arrayContaining(["ETag", "Location", "Idempotency-Replayed"]));
		const download =
			doc.paths["/api/v1/admin/projects/{project}/exports/{id}/download"].get.responses["200"].headers;
		expect(Object.keys(download)).toEqual(expect.arrayContaining(["ETag", "Repr-Digest"]));
	});
});

describe("what the document states", () => {
	const load = async (): Promise<any> =>
		(await createApp().request("/api/v1/openapi.json", {}, { DB: {} })).json();

	it("has a license, and a description on every tag and operation", async () => {
		const doc = await load();
		expect(doc.info.license?.name).toEqual(expect.any(String));
		for (const tag of doc.tags) expect(tag.description, tag.name).toEqual(expect.any(String));
		for (const [path, item] of Object.entries<Record<string, any>>(doc.paths))
			for (const [method, op] of Object.entries<any>(item))
				expect(op.description, `${method} ${path}`).toEqual(expect.any(String));
	});

	it("gives examples that look like real values, not a literal ellipsis", async () => {
		const examples: string[] = [];
		const walk = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === "object")
				for (const [key, value] of Object.entries(node)) {
					if (key === "example" && typeof value === "string") examples.push(value);
					walk(value);
				}
		};
		walk(await load());
		expect(examples.filter((e) => e.includes("…"))).toEqual([]);
	});

	it("states the limits the validators enforce", async () => {
		const doc = await load();
		const schemaVersion = doc.paths["/api/v1/admin/projects/{project}/schemas/{schema}"].get.parameters.find(
			(p: any) => p.name === "version",
		);
		expect(schemaVersion.schema.maximum).toBe(Number.MAX_SAFE_INTEGER);
		const events = doc.components.schemas.CreateWebhook.properties.events;
		expect(events.uniqueItems).toBe(true);
		expect(events.description).toContain("alone");
	});
});

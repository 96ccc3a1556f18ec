import { beforeAll, describe, expect, it } from "vitest";
import { docsHtml, docsScript } from "../src/openapi/docs-assets";
import { call, createKey, createProject, expectProblem } from "./helpers";
import { receiver } from "./webhook-helpers";

const DOCS_CSP =
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let project: string;
beforeAll(async () => {
	project = await createProject();
});

describe("X-Content-Type-Options", () => {
	it("is nosniff on every response: successes, errors, the document and the docs page", async () => {
		const responses = {
			health: await call("GET", "/api/v1/health", { token: null }),
			list: await call("GET", "/api/v1/admin/projects"),
			notFound: await call("GET", "/api/v1/nope"),
			methodNotAllowed: await call("DELETE", "/api/v1/admin/projects"),
			unauthenticated: await call("GET", "/api/v1/admin/projects", { token: null }),
			invalid: await call("POST", "/api/v1/admin/projects", { body: {} }),
			malformed: await call("POST", "/api/v1/admin/projects", {
				raw: "{",
				headers: { "Content-Type": "application/json" },
			}),
			openapi: await call("GET", "/api/v1/openapi.json", { token: null }),
			docs: await call("GET", "/docs", { token: null }),
			script: await call("GET", "/docs/app.js", { token: null }),
			styles: await call("GET", "/docs/app.css", { token: null }),
		};
		for (const [name, res] of Object.entries(responses)) {
			expect(res.headers.get("X-Content-Type-Options"), name).toBe("nosniff");
		}
	});
});

describe("the docs page", () => {
	it("is served with a Content-Security-Policy that allows only its own resources, and no framing", async () => {
		const docs = await call("GET", "/docs", { token: null });
		expect(docs.status).toBe(200);
		expect(docs.headers.get("Content-Security-Policy")).toBe(DOCS_CSP);
		expect(docs.headers.get("X-Frame-Options")).toBe("DENY");
	});

	it("needs nothing the policy forbids: no inline script, style or handler, nothing from elsewhere", () => {
		// Every <script> names its source; none has content.
		expect(docsHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
		expect(docsHtml).not.toMatch(/<script[^>]*>[^<]+<\/script>/i);
		expect(docsHtml).not.toMatch(/<style/i);
		expect(docsHtml).not.toMatch(/\sstyle=/i);
		expect(docsHtml).not.toMatch(/\son[a-z]+=/i);
		for (const [, url] of docsHtml.matchAll(/\s(?:src|href)="([^"]*)"/g)) {
			expect(url, url).toMatch(/^(\/[^/]|data:)/);
		}
		// The script builds elements with setAttribute: a style attribute set that way is inline style.
		expect(docsScript).not.toMatch(/\bstyle\s*:|setAttribute\(\s*"style"|innerHTML|\beval\(|new Function/);
		// It fetches only same-origin paths (connect-src 'self').
		expect(docsScript).not.toMatch(/fetch\(\s*["'`]https?:/);
	});
});

describe("Cache-Control: no-store", () => {
	it("is on every response that carries a secret, and not on the others", async () => {
		const keys = `/api/v1/admin/projects/${project}/keys`;
		const created = await call("POST", keys, { body: { name: "k", scopes: ["content.read"] } });
		expect(created.status).toBe(201);
		const rolled = await call("POST", `${keys}/${created.json.id}/roll`, { body: {} });
		expect(rolled.status).toBe(200);
		const hooks = `/api/v1/admin/projects/${project}/webhooks`;
		const hook = await call("POST", hooks, { body: { url: receiver(() => new Response()), events: ["*"] } });
		expect(hook.status, hook.text).toBe(201);
		const rotated = await call("POST", `${hooks}/${hook.json.id}/rotate-secret`);
		expect(rotated.status).toBe(200);
		for (const [name, res] of Object.entries({ created, rolled, hook, rotated })) {
			expect(res.headers.get("Cache-Control"), name).toBe("no-store");
		}
		expect((await call("GET", keys)).headers.get("Cache-Control")).toBeNull();
		expect((await call("GET", `${hooks}/${hook.json.id}`)).headers.get("Cache-Control")).toBeNull();
	});

	it("is on a key created with an Idempotency-Key; its retry holds no secret", async () => {
		const keys = `/api/v1/admin/projects/${project}/keys`;
		const headers = { "Idempotency-Key": crypto.randomUUID() };
		const body = { name: "once", scopes: ["content.read"] };
		const first = await call("POST", keys, { headers, body });
		expect(first.status).toBe(201);
		expect(first.headers.get("Cache-Control")).toBe("no-store");
		const retry = await call("POST", keys, { headers, body });
		expectProblem(retry, 409, "idempotency_not_replayable");
		expect(retry.text).not.toContain(first.json.key);
	});
});

describe("the OpenAPI document", () => {
	it("describes the challenge of every 401 and the no-store of exactly the responses with a secret", async () => {
		const doc = (await call("GET", "/api/v1/openapi.json", { token: null })).json;
		const noStore: string[] = [];
		for (const item of Object.values<Record<string, any>>(doc.paths)) {
			for (const op of Object.values<any>(item)) {
				if (op.responses["401"])
					expect(op.responses["401"].headers, op.operationId).toHaveProperty("WWW-Authenticate");
				for (const response of Object.values<any>(op.responses)) {
					if (response.headers?.["Cache-Control"]?.schema?.enum?.[0] === "no-store")
						noStore.push(op.operationId);
				}
			}
		}
		expect(noStore.sort()).toEqual(["createKey", "createWebhook", "rollKey", "rotateWebhookSecret"]);
	});
});

describe("a path with a trailing slash", () => {
	it("is not a route: 404, not a 405 whose Allow lists the methods it refuses", async () => {
		const { key } = await createKey(project, { scopes: ["content.write"] });
		const paths = [
			`/api/v1/admin/projects/${project}/entities/`,
			"/api/v1/admin/projects/",
			`/api/v1/admin/projects/${project}/keys/`,
			"/api/v1/health/",
			"/api/v1/openapi.json/",
			"/docs/",
		];
		for (const path of paths) {
			for (const method of ["GET", "POST"]) {
				const res = await call(method, path, { token: key });
				expectProblem(res, 404, "not_found");
				expect(res.headers.get("Allow"), `${method} ${path}`).toBeNull();
			}
		}
		const entities = `/api/v1/admin/projects/${project}/entities`;
		const hinted = await call("GET", `${entities}/`, { token: key });
		expect(hinted.json.detail).toBe(`No route matches GET ${entities}/. Did you mean ${entities}?`);
		// Without the slash the route is there.
		expect((await call("GET", `/api/v1/admin/projects/${project}/entities`, { token: key })).status).toBe(
			200,
		);
	});
});

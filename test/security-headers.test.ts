import { beforeAll, describe, expect, it } from "vitest";
import { DOCS_FILES } from "../src/openapi/docs-page";
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
		expect(docs.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
		expect(docs.headers.get("Content-Security-Policy")).toBe(DOCS_CSP);
		expect(docs.headers.get("X-Frame-Options")).toBe("DENY");
		expect(docs.headers.get("Cache-Control")).toBe("public, max-age=300");
		expect(docs.text).toContain('<script type="module" src="/docs/app.js"></script>');
	});

	it("serves its script and styles from the static assets with the worker's headers", async () => {
		const files = DOCS_FILES.filter(({ page }) => !page);
		expect(files.map(({ route }) => route)).toEqual(
			expect.arrayContaining(["/docs/app.js", "/docs/app.css"]),
		);
		for (const { route, type } of files) {
			// A conditional request still gets the whole file: the asset store's validators stay inside.
			const res = await call("GET", route, { token: null, headers: { "If-None-Match": "*" } });
			expect(res.status, route).toBe(200);
			expect(res.headers.get("Content-Type"), route).toBe(type);
			expect(type).toMatch(/^text\/(javascript|css); charset=utf-8$/);
			expect(res.headers.get("Cache-Control"), route).toBe("public, max-age=300");
			expect(res.headers.get("X-Content-Type-Options"), route).toBe("nosniff");
			expect(res.headers.get("X-Request-Id"), route).toBeTruthy();
			expect(res.headers.get("ETag"), route).toBeNull();
			expect(res.text.length, route).toBeGreaterThan(500);
		}
	});

	it("has only these addresses: the files' own paths are not a second way in", async () => {
		for (const path of ["/docs/", "/docs/index.html", "/index.html"]) {
			expectProblem(await call("GET", path, { token: null }), 404, "not_found");
		}
	});

	it("needs nothing the policy forbids: no inline script, style or handler, nothing from elsewhere", async () => {
		const docsHtml = (await call("GET", "/docs", { token: null })).text;
		const scripts = DOCS_FILES.filter(({ type }) => type.startsWith("text/javascript"));
		const docsScript = (await Promise.all(scripts.map(({ route }) => call("GET", route, { token: null }))))
			.map(({ text }) => text)
			.join("\n");
		// Every module the script imports is one the worker serves.
		for (const [, name] of docsScript.matchAll(/from "\.\/([^"]+)"/g)) {
			expect(
				scripts.map(({ route }) => route),
				name,
			).toContain(`/docs/${name}`);
		}
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

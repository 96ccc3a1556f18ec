// End to end under `wrangler dev` and headless Chromium (from @sparticuz/chromium, never a system
// browser): /docs must render every operation of the OpenAPI document and the error-code table,
// log no error (a Content-Security-Policy that blocks its own script or style fails here), and ask
// no host but the worker for anything: every other request is recorded and aborted in the browser.
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type PageRecord, recordingPage } from "./chromium";
import { type DevServer, startDevServer } from "./dev-server";

const PORT = Number(process.env.E2E_DOCS_PORT ?? 8798);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
	operationId?: string;
	summary?: string;
	tags?: string[];
}
interface OpenApiDocument {
	info: { title: string; version: string };
	paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
	"x-folio-error-codes": { code: string; status: number; description?: string }[];
}

/** What the page shows once its script has run, read from the DOM. */
interface Rendered {
	state?: string;
	operationCount?: string;
	title: string;
	version: string;
	operations: {
		id: string;
		method: string;
		methodClass: string;
		path: string;
		summary: string;
		h4: string[];
	}[];
	tocLinks: { href: string; title: string }[];
	tagHeadings: { id: string; heading: string }[];
	errorsLinked: boolean;
	errorHeader: string[];
	errorRows: { id: string; cells: string[] }[];
}

// The same slug as the page's script, for tag section ids and operations without an operationId.
const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

let folio: DevServer | undefined;
let browser: Browser | undefined;
let spec: OpenApiDocument;
let rendered: Rendered;
let record: PageRecord;

beforeAll(async () => {
	folio = await startDevServer("folio-e2e-docs", PORT, "e2e_docs_root_token");
	const res = await fetch(`${ORIGIN}/api/v1/openapi.json`);
	expect(res.status).toBe(200);
	spec = (await res.json()) as OpenApiDocument;

	browser = await launchChromium(join(folio.dir, "chromium-profile"));
	const opened = await recordingPage(browser, ORIGIN);
	record = opened.record;
	await opened.page.goto(`${ORIGIN}/docs`, { waitUntil: "networkidle0", timeout: 60_000 });
	// A page whose script never ran is reported by the tests below (state, errors), not here.
	await opened.page.waitForSelector("body[data-rendered]", { timeout: 15_000 }).catch(() => undefined);
	rendered = await opened.page.evaluate((): Rendered => {
		const text = (node: Element | null | undefined) => node?.textContent ?? "";
		const all = (selector: string, root: ParentNode = document) => [...root.querySelectorAll(selector)];
		return {
			state: document.body.dataset.rendered,
			operationCount: document.body.dataset.operations,
			title: document.querySelector("header h1")?.firstChild?.textContent ?? "",
			version: text(document.querySelector("header h1 .version")),
			operations: all("section.operation").map((section) => ({
				id: section.id,
				method: text(section.querySelector("h3 .method")),
				methodClass: section.querySelector("h3 .method")?.className ?? "",
				path: text(section.querySelector("h3 code.path")),
				summary: text(section.querySelector("p.summary")),
				h4: all("h4", section).map(text),
			})),
			tocLinks: all("nav.toc a[title]").map((a) => ({
				href: a.getAttribute("href") ?? "",
				title: a.getAttribute("title") ?? "",
			})),
			tagHeadings: all(".content > section[id^='tag-']").map((s) => ({
				id: s.id,
				heading: text(s.querySelector("h2")),
			})),
			errorsLinked: document.querySelector('nav.toc a[href="#errors"]') !== null,
			errorHeader: all("#errors th").map(text),
			errorRows: all("#errors tr[id]").map((tr) => ({ id: tr.id, cells: all("td", tr).map(text) })),
		};
	});
}, 140_000);

afterAll(async () => {
	await browser?.close();
	await folio?.stop();
});

describe("/docs in headless Chromium, offline", () => {
	it("renders every operation of the OpenAPI document", () => {
		const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
			METHODS.filter((method) => item[method]).map((method) => ({
				path,
				method,
				op: item[method] as Operation,
			})),
		);
		expect(operations.length).toBeGreaterThan(10);
		expect(rendered.state).toBe("true");
		expect(rendered.operationCount).toBe(String(operations.length));
		expect([rendered.title, rendered.version]).toEqual([spec.info.title, `v${spec.info.version}`]);
		expect(rendered.operations.length).toBe(operations.length);

		const sections = new Map(rendered.operations.map((section) => [section.id, section]));
		const links = new Map(rendered.tocLinks.map((link) => [link.href, link.title]));
		const missing: string[] = [];
		for (const { path, method, op } of operations) {
			const id = `op-${op.operationId || slug(`${method}-${path}`)}`;
			const label = `${method.toUpperCase()} ${path} (${id})`;
			const section = sections.get(id);
			if (!section) {
				missing.push(`${label}: no section`);
				continue;
			}
			if (section.method !== method.toUpperCase() || section.methodClass !== `method method-${method}`)
				missing.push(`${label}: method badge "${section.method}" (${section.methodClass})`);
			if (section.path !== path) missing.push(`${label}: path "${section.path}"`);
			// Code spans in summaries render as <code>, so compare text without the backticks.
			const summary = squash((op.summary ?? "").replace(/`/g, ""));
			if (squash(section.summary) !== summary) missing.push(`${label}: summary "${section.summary}"`);
			if (!section.h4.includes("Responses")) missing.push(`${label}: no responses table`);
			if (links.get(`#${id}`) !== path) missing.push(`${label}: no TOC link`);
		}
		expect(missing).toEqual([]);

		// Every tag that has operations gets its own section.
		const tags = [...new Set(operations.map(({ op }) => op.tags?.[0] ?? "Other"))];
		expect(rendered.tagHeadings).toEqual(
			expect.arrayContaining(tags.map((tag) => ({ id: `tag-${slug(tag)}`, heading: tag }))),
		);
	});

	it("renders the error-code table", () => {
		const codes = spec["x-folio-error-codes"];
		expect(codes.length).toBeGreaterThan(5);
		expect(rendered.errorsLinked).toBe(true);
		expect(rendered.errorHeader).toEqual(["Code", "Status", "Description"]);
		expect(rendered.errorRows.map(({ id, cells }) => [id, cells[0], cells[1]])).toEqual(
			codes.map(({ code, status }) => [`error-${code}`, code, String(status)]),
		);
	});

	it("logs no error: no CSP violation, no uncaught exception, no failed load", () => {
		expect(record.errors).toEqual([]);
	});

	it("gets its page and files from the worker, with the worker's headers, not straight from the static assets", async () => {
		const page = await fetch(`${ORIGIN}/docs`);
		expect(page.status).toBe(200);
		expect(page.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'; /);
		expect(page.headers.get("X-Frame-Options")).toBe("DENY");
		for (const path of ["/docs", "/docs/app.js", "/docs/app.css"]) {
			const res = await fetch(`${ORIGIN}${path}`);
			await res.arrayBuffer();
			expect([path, res.status, res.headers.get("X-Content-Type-Options")]).toEqual([path, 200, "nosniff"]);
			expect(res.headers.get("X-Request-Id"), path).toMatch(/^req_/);
		}
		// The file behind /docs has no address of its own.
		const file = await fetch(`${ORIGIN}/docs/index.html`);
		expect([file.status, file.headers.get("Content-Type")]).toEqual([404, "application/problem+json"]);
	});

	it("asks no host but the worker for anything", () => {
		const paths = record.requested.map((url) => new URL(url).pathname);
		expect(paths).toEqual(
			expect.arrayContaining(["/docs", "/docs/app.js", "/docs/app.css", "/api/v1/openapi.json"]),
		);
		expect(record.blocked).toEqual([]);
	});
});

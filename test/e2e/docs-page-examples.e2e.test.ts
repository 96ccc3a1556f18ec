// The /docs page in headless Chromium shows a request a reader can send: a curl line per
// operation with its example body, a Try-it body built from the schema (not `{}`), and sidebar
// links that do not repeat one another.
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, recordingPage } from "./chromium";
import { type DevServer, startDevServer } from "./dev-server";

const PORT = Number(process.env.E2E_DOCS_EXAMPLES_PAGE_PORT ?? 8793);
const ORIGIN = `http://127.0.0.1:${PORT}`;

let folio: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
	folio = await startDevServer("folio-e2e-docs-examples", PORT, "e2e_docs_examples_root");
	browser = await launchChromium(join(folio.dir, "chromium-profile"));
	page = (await recordingPage(browser, ORIGIN)).page;
	await page.goto(`${ORIGIN}/docs`, { waitUntil: "networkidle0", timeout: 60_000 });
	await page.waitForSelector("body[data-rendered]", { timeout: 15_000 });
}, 150_000);
afterAll(async () => {
	await browser?.close();
	await folio?.stop();
});

describe("/docs request examples", () => {
	it("gives every operation a curl line; those with a body send it", async () => {
		const rows = await page.evaluate(() =>
			[...document.querySelectorAll("section.operation")].map((section) => ({
				id: section.id,
				curl: section.querySelector("details.curl pre")?.textContent ?? "",
				hasBody: [...section.querySelectorAll("h4")].some((h) => h.textContent?.startsWith("Request body")),
			})),
		);
		expect(rows.length).toBeGreaterThan(20);
		for (const row of rows) {
			expect(row.curl, row.id).toMatch(
				/^curl -s -X (GET|POST|PUT|PATCH|DELETE) 'http:\/\/127\.0\.0\.1:\d+\/api\/v1\//,
			);
			if (row.hasBody) expect(row.curl, row.id).toMatch(/-d '\{/);
		}
		const create = rows.find((row) => row.id === "op-createProject");
		expect(create?.curl).toContain('"id":');
	});

	it("starts the Try-it body of 'Create a project' from the schema, not {}", async () => {
		const body = await page.$eval("#op-createProject textarea", (t) => (t as HTMLTextAreaElement).value);
		const parsed = JSON.parse(body) as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual(expect.arrayContaining(["id", "name"]));
	});

	it("labels no two sidebar links alike", async () => {
		const labels = await page.$$eval("nav li a .label, li a .label", (nodes) =>
			nodes.map((n) => n.textContent ?? ""),
		);
		expect(labels.length).toBeGreaterThan(20);
		const repeated = labels.filter((label, i) => labels.indexOf(label) !== i);
		expect(repeated).toEqual([]);
	});
});

// End to end under `wrangler dev` and headless Chromium: /docs must render every operation of the
// OpenAPI document, and the error-code table, with nothing reachable but the worker itself. Every
// other host is blocked (unresolvable, and any proxied request goes to a closed port), and Chromium's
// net log must show that the page asked no other host for anything.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";

const PORT = Number(process.env.E2E_DOCS_PORT ?? 8798);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
	operationId?: string;
	summary?: string;
	tags?: string[];
}
interface OpenApiDocument {
	info: { title: string; version: string };
	tags?: { name: string }[];
	paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
	"x-folio-error-codes": { code: string; status: number; description?: string }[];
}
interface NetLog {
	constants: { logEventTypes: Record<string, number> };
	events: { type: number; source: { id: number }; params?: Record<string, unknown> }[];
}

let folio: DevServer | undefined;

// The same slug as the page's script, for tag section ids and operations without an operationId.
const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
function textOf(html: string) {
	return html
		.replace(/<[^>]*>/g, " ")
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&nbsp;/g, " ")
		.replace(/&amp;/g, "&")
		.replace(/\s+/g, " ");
}

/** Runs Chromium headless on a page with every host but 127.0.0.1 blocked; returns the DOM after scripts. */
function renderWithChromium(url: string, profile: string, netLog: string) {
	const args = [
		"--headless=new",
		"--no-sandbox",
		"--disable-gpu",
		"--disable-dev-shm-usage",
		`--user-data-dir=${profile}`,
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-extensions",
		// No name resolves except the worker's address, and whatever would be proxied goes to the
		// discard port, where nothing listens.
		"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
		"--proxy-server=http://127.0.0.1:9",
		"--proxy-bypass-list=127.0.0.1",
		`--log-net-log=${netLog}`,
		"--net-log-capture-mode=Default",
		"--virtual-time-budget=15000",
		"--dump-dom",
		url,
	];
	return new Promise<string>((resolve, reject) => {
		execFile(
			CHROMIUM,
			args,
			{ timeout: 90_000, killSignal: "SIGKILL", maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
			(error, stdout) => {
				// Chromium talks a lot on stderr (no D-Bus, no GPU, blocked hosts); only the DOM matters.
				if (error) reject(new Error(`chromium failed (${error.code ?? error.signal}): ${error.message}`));
				else resolve(stdout);
			},
		);
	});
}

/** Chromium's net log is JSON once the browser exits cleanly; a cut-off log is closed by hand. */
function readNetLog(file: string): NetLog {
	const text = readFileSync(file, "utf8").trim();
	try {
		return JSON.parse(text);
	} catch {
		return JSON.parse(`${text.replace(/,\s*$/, "")}]}`);
	}
}

let spec: OpenApiDocument;
let dom = "";
let netLog: NetLog;

beforeAll(async () => {
	folio = await startDevServer("folio-e2e-docs", PORT, "e2e_docs_root_token");
	const state = folio.dir;
	const res = await fetch(`${ORIGIN}/api/v1/openapi.json`);
	expect(res.status).toBe(200);
	spec = (await res.json()) as OpenApiDocument;
	const netLogFile = join(state, "netlog.json");
	dom = await renderWithChromium(`${ORIGIN}/docs`, join(state, "chromium-profile"), netLogFile);
	expect(existsSync(netLogFile)).toBe(true);
	netLog = readNetLog(netLogFile);
}, 140_000);

afterAll(async () => {
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
		expect(dom).toContain('data-rendered="true"');
		expect(dom).toContain(`data-operations="${operations.length}"`);
		expect(dom).not.toContain("Could not load the API reference");
		expect(textOf(dom)).toContain(`${spec.info.title} v${spec.info.version}`);

		// Each operation's section runs from its opening tag to the next operation's.
		const sections = new Map<string, string>();
		const starts = [...dom.matchAll(/<section class="operation" id="([^"]+)">/g)];
		starts.forEach((match, i) => {
			sections.set(match[1] ?? "", dom.slice(match.index, starts[i + 1]?.index ?? dom.length));
		});
		expect(sections.size).toBe(operations.length);

		const missing: string[] = [];
		for (const { path, method, op } of operations) {
			const id = `op-${op.operationId || slug(`${method}-${path}`)}`;
			const section = sections.get(id);
			const label = `${method.toUpperCase()} ${path} (${id})`;
			if (!section) {
				missing.push(`${label}: no section`);
				continue;
			}
			if (!section.includes(`<span class="method method-${method}">${method.toUpperCase()}</span>`)) {
				missing.push(`${label}: no method badge`);
			}
			if (!section.includes(`<code class="path">${escapeHtml(path)}</code>`))
				missing.push(`${label}: no path`);
			// Code spans in summaries render as <code>, so compare text without the backticks.
			const summary = (op.summary ?? "").replace(/`/g, "").replace(/\s+/g, " ").trim();
			if (summary && !textOf(section).includes(summary)) missing.push(`${label}: no summary "${summary}"`);
			if (!section.includes("<h4>Responses</h4>")) missing.push(`${label}: no responses table`);
			if (!dom.includes(`<a href="#${id}" title="${escapeHtml(path)}">`))
				missing.push(`${label}: no TOC link`);
		}
		expect(missing).toEqual([]);

		// Every tag that has operations gets its own section.
		const tags = new Set(operations.map(({ op }) => op.tags?.[0] ?? "Other"));
		for (const tag of tags)
			expect(dom).toContain(`<section id="tag-${slug(tag)}"><h2>${escapeHtml(tag)}</h2>`);
	});

	it("renders the error-code table", () => {
		const codes = spec["x-folio-error-codes"];
		expect(codes.length).toBeGreaterThan(5);
		const start = dom.indexOf('<section id="errors">');
		expect(start).toBeGreaterThan(-1);
		const errors = dom.slice(start);
		expect(errors).toContain("<th>Code</th><th>Status</th><th>Description</th>");
		expect(dom).toContain('<a href="#errors">Errors</a>');
		const missing = codes
			.filter(
				({ code, status }) =>
					!errors.includes(
						`<tr id="error-${code}"><td><code>${code}</code></td><td><span class="status s${String(status).charAt(0)}">${status}</span></td>`,
					),
			)
			.map(({ code }) => code);
		expect(missing).toEqual([]);
		expect(errors.match(/<tr id="error-/g)?.length).toBe(codes.length);
	});

	it("asks no host but the worker for anything", () => {
		const types = netLog.constants.logEventTypes;
		const starts = netLog.events.filter((event) => event.type === types.URL_REQUEST_START_JOB);
		// The page's requests carry its network isolation key (top-frame site, frame site) or its origin
		// as initiator; Chromium's own background requests (updates, accounts) carry neither and are
		// blocked by the same flags.
		const pageRequests = starts.filter(
			(event) =>
				String(event.params?.network_isolation_key ?? "").startsWith("http://127.0.0.1 ") ||
				event.params?.initiator === ORIGIN,
		);
		const urls = pageRequests.map((event) => String(event.params?.url));
		for (const path of ["/docs", "/docs/app.js", "/docs/app.css", "/api/v1/openapi.json"]) {
			expect(urls).toContain(`${ORIGIN}${path}`);
		}
		const elsewhere = urls.filter((url) => new URL(url).origin !== ORIGIN);
		expect(elsewhere).toEqual([]);
		// Nothing, the page or Chromium itself, opened a connection to any address but 127.0.0.1.
		const connects = netLog.events
			.filter((event) => event.type === types.TCP_CONNECT_ATTEMPT && event.params?.address !== undefined)
			.map((event) => String(event.params?.address));
		expect(connects).toContain(`127.0.0.1:${PORT}`);
		expect(connects.filter((address) => !address.startsWith("127.0.0.1:"))).toEqual([]);
	});
});

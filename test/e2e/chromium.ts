// Headless Chromium for the e2e tests, from the @sparticuz/chromium package that `npm ci` installs
// (its tarball carries the binary, Brotli-compressed). No system browser is ever looked for, so a
// passing run proves that a fresh machine needs nothing but the repository.
import {
	createReadStream,
	createWriteStream,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/**
 * The package's binary, decompressed once per package version under node_modules/.cache. The
 * package's own executablePath() would reuse whatever file sits at $TMPDIR/chromium, which may be
 * another version or another program altogether.
 */
async function chromiumBinary(): Promise<string> {
	const packageDir = dirname(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")));
	const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
		version: string;
	};
	const nodeModules = dirname(dirname(packageDir));
	const dir = join(nodeModules, ".cache", "folio-chromium", version);
	const binary = join(dir, "chromium");
	if (existsSync(binary)) return binary;
	mkdirSync(dir, { recursive: true });
	// Decompressed beside its final name and renamed, so a concurrent or interrupted run never
	// finds half a binary.
	const partial = `${binary}.${process.pid}.partial`;
	await pipeline(
		createReadStream(join(packageDir, "bin", "chromium.br")),
		createBrotliDecompress(),
		createWriteStream(partial, { mode: 0o755 }),
	);
	renameSync(partial, binary);
	return binary;
}

export async function launchChromium(profileDir: string): Promise<Browser> {
	return puppeteer.launch({
		executablePath: await chromiumBinary(),
		// The package builds chrome-headless-shell, which has only the old headless mode.
		headless: "shell",
		// DevTools over a pipe: no debugging port to open or to collide with another run's.
		pipe: true,
		userDataDir: profileDir,
		args: [
			// Tests run as root, where Chromium's sandbox cannot start.
			"--no-sandbox",
			"--disable-gpu",
			// Puppeteer already stops background networking, sync and component updates; these stop
			// reliability reports, hyperlink-auditing pings and QUIC.
			"--disable-domain-reliability",
			"--no-pings",
			"--disable-quic",
			// No name resolves but 127.0.0.1, and whatever would be proxied goes to the discard port,
			// where nothing listens: even a request the page's interception missed reaches nothing.
			"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
			"--proxy-server=http://127.0.0.1:9",
			"--proxy-bypass-list=127.0.0.1",
		],
	});
}

/** What a page did while it loaded: every request it made, and everything that went wrong. */
export interface PageRecord {
	/** URLs the page asked its own origin for. */
	requested: string[];
	/** URLs on any other origin, aborted before they left the browser. */
	blocked: string[];
	/** Console errors (CSP violations among them), uncaught exceptions, failed loads, 4xx and 5xx. */
	errors: string[];
}

/**
 * A new page that lets requests to `origin` through and aborts (and records) every other one,
 * recording console errors and uncaught exceptions as well.
 */
export async function recordingPage(
	browser: Browser,
	origin: string,
): Promise<{ page: Page; record: PageRecord }> {
	const page = await browser.newPage();
	const record: PageRecord = { requested: [], blocked: [], errors: [] };
	await page.setRequestInterception(true);
	page.on("request", (request) => {
		const url = request.url();
		if (new URL(url).origin === origin) {
			record.requested.push(url);
			void request.continue();
		} else {
			record.blocked.push(url);
			void request.abort("blockedbyclient");
		}
	});
	page.on("console", (message) => {
		if (message.type() === "error") record.errors.push(`console: ${message.text()}`);
	});
	page.on("pageerror", (error) =>
		record.errors.push(`uncaught: ${error instanceof Error ? error.message : error}`),
	);
	page.on("requestfailed", (request) => {
		if (new URL(request.url()).origin === origin)
			record.errors.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	page.on("response", (response) => {
		if (response.status() >= 400) record.errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return { page, record };
}

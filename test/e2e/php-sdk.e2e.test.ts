// The PHP SDK (sdk-php/) against `wrangler dev`, run by PHP 8.1 from npm (@php-wasm/cli): its own
// assert runner (sdk-php/tests/run.php) tours every resource, the error mapping, pagination,
// signing and webhooks; this file gives it a webhook receiver and the standardwebhooks cases, reads
// its verdict from what it prints (php-wasm's exit status is always 0), and runs the docs/php.md
// quickstart verbatim.
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";

const ROOT = "php_e2e_root_token";
const PORT = Number(process.env.E2E_PHP_PORT ?? 8799);
const PHP_CLI = join(process.cwd(), "node_modules/@php-wasm/cli/php-wasm.js");

let folio: DevServer | undefined;
let receiver: Server | undefined;
let receiverUrl = "";

/** Runs a PHP script with the repository's Node and PHP 8.1; resolves to everything it printed. */
function php(args: string[], env: Record<string, string>): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [PHP_CLI, ...args], {
			cwd: process.cwd(),
			env: { ...process.env, PHP: "8.1", ...env },
		});
		let output = "";
		child.stdout.on("data", (chunk) => {
			output += chunk;
		});
		child.stderr.on("data", (chunk) => {
			output += chunk;
		});
		child.on("error", reject);
		child.on("close", () => resolve(output));
	});
}

/** Fatal errors, uncaught exceptions, warnings and notices print to stdout under php-wasm. */
const PHP_TROUBLE = /(Fatal error|Parse error|Uncaught|Warning:|Notice:|Deprecated:)/;

/** Receives webhook deliveries and logs each one (headers and raw body) as a JSON line. */
function startReceiver(log: string): Promise<void> {
	writeFileSync(log, "");
	const server = createServer((req, res) => {
		let body = "";
		req.setEncoding("utf8");
		req.on("data", (chunk) => {
			body += chunk;
		});
		req.on("end", () => {
			appendFileSync(log, `${JSON.stringify({ headers: req.headers, body })}\n`);
			res.writeHead(204).end();
		});
	});
	receiver = server;
	return new Promise((resolve) =>
		server.listen(0, "127.0.0.1", () => {
			receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
			resolve();
		}),
	);
}

/** Deliveries signed by the JavaScript library, each with the outcome PHP must reach. */
function webhookCases() {
	const oldSecret = `whsec_${Buffer.from("old-secret-0123456789abcdef").toString("base64")}`;
	const newSecret = `whsec_${Buffer.from("new-secret-0123456789abcdef").toString("base64")}`;
	const payload = JSON.stringify({
		id: "evt_js",
		type: "entity.committed",
		timestamp: "2026-01-01T00:00:00.000Z",
		project: "demo",
		data: { entity: { slug: "héllo", schema: "article", revision: 2 } },
	});
	const at = new Date("2026-01-01T00:00:00Z");
	const now = Math.floor(at.getTime() / 1000);
	const sign = (secret: string, id: string, when = at, body = payload) =>
		new Webhook(secret).sign(id, when, body);
	const headers = (id: string, signature: string, when = now) => ({
		"webhook-id": id,
		"webhook-timestamp": String(when),
		"webhook-signature": signature,
	});
	const rotated = `${sign(oldSecret, "msg_2")} ${sign(newSecret, "msg_2")}`;
	const base = { payload, now };
	return [
		{
			...base,
			name: "valid",
			headers: headers("msg_1", sign(newSecret, "msg_1")),
			secrets: newSecret,
			expect: "ok",
		},
		{
			...base,
			name: "tampered body",
			payload: payload.replace("héllo", "hello"),
			headers: headers("msg_1", sign(newSecret, "msg_1")),
			secrets: newSecret,
			expect: "invalid_signature",
		},
		{
			...base,
			name: "tampered id",
			headers: headers("msg_9", sign(newSecret, "msg_1")),
			secrets: newSecret,
			expect: "invalid_signature",
		},
		{
			...base,
			name: "another secret",
			headers: headers("msg_1", sign(oldSecret, "msg_1")),
			secrets: newSecret,
			expect: "invalid_signature",
		},
		{
			...base,
			name: "stale",
			headers: headers("msg_1", sign(newSecret, "msg_1", new Date(at.getTime() - 600_000)), now - 600),
			secrets: newSecret,
			expect: "timestamp_too_old",
		},
		{
			...base,
			name: "from the future",
			headers: headers("msg_1", sign(newSecret, "msg_1", new Date(at.getTime() + 600_000)), now + 600),
			secrets: newSecret,
			expect: "timestamp_too_new",
		},
		{
			...base,
			name: "rotated, old secret",
			headers: headers("msg_2", rotated),
			secrets: oldSecret,
			expect: "ok",
		},
		{
			...base,
			name: "rotated, new secret",
			headers: headers("msg_2", rotated),
			secrets: newSecret,
			expect: "ok",
		},
		{
			...base,
			name: "rotating receiver, both secrets",
			headers: headers("msg_1", sign(oldSecret, "msg_1")),
			secrets: [newSecret, oldSecret],
			expect: "ok",
		},
		{
			...base,
			name: "missing signature",
			headers: { "webhook-id": "msg_1", "webhook-timestamp": String(now) },
			secrets: newSecret,
			expect: "missing_headers",
		},
	];
}

beforeAll(async () => {
	folio = await startDevServer("folio-e2e-php", PORT, ROOT, {
		FOLIO_WEBHOOK_ALLOW_LOCALHOST: "true",
		FOLIO_WEBHOOK_RETRY_SCHEDULE: "1,1,1",
	});
	await startReceiver(join(folio.dir, "deliveries.ndjson"));
}, 120_000);

afterAll(async () => {
	receiver?.close();
	await folio?.stop();
});

describe("the PHP SDK under wrangler dev", () => {
	it("passes its own tests: every resource, errors, pagination, signing, webhooks", async () => {
		const dir = folio?.dir as string;
		const cases = join(dir, "webhook-cases.json");
		const phpSigned = join(dir, "php-signed.json");
		writeFileSync(cases, JSON.stringify(webhookCases()));
		const output = await php(["sdk-php/tests/run.php"], {
			FOLIO_URL: folio?.url as string,
			FOLIO_ROOT: ROOT,
			WEBHOOK_RECEIVER_URL: receiverUrl,
			WEBHOOK_RECEIVER_LOG: join(dir, "deliveries.ndjson"),
			WEBHOOK_CASES: cases,
			WEBHOOK_PHP_SIGNED: phpSigned,
		});
		const summary = output.match(/^PHP-TESTS: (\d+) passed, (\d+) failed$/m);
		const failures = output.split("\n").filter((line) => line.startsWith("FAIL") || PHP_TROUBLE.test(line));
		// The whole output on failure: a fatal error or a missing summary is a failure too.
		expect({ failures, summary: summary?.[0] }, output).toEqual({
			failures: [],
			summary: expect.any(String),
		});
		expect(Number(summary?.[1])).toBeGreaterThanOrEqual(17);
		expect(Number(summary?.[2])).toBe(0);

		// The other way round: what PHP signed, the JavaScript library verifies (or refuses).
		const signed = JSON.parse(readFileSync(phpSigned, "utf8")) as Array<{
			name: string;
			payload: string;
			headers: Record<string, string>;
			secret: string;
			expect: "ok" | "fail";
		}>;
		const outcomes = signed.map((c) => {
			try {
				new Webhook(c.secret).verify(c.payload, c.headers);
				return [c.name, "ok"];
			} catch {
				return [c.name, "fail"];
			}
		});
		expect(outcomes).toEqual(signed.map((c) => [c.name, c.expect]));
	}, 240_000);

	it("runs the docs/php.md quickstart as written", async () => {
		const doc = readFileSync("docs/php.md", "utf8");
		const quickstart = doc.split("## Quickstart")[1]?.match(/```php\n([\s\S]*?)```/)?.[1];
		expect(quickstart).toContain("new Folio\\Client(");
		const readme = readFileSync("sdk-php/README.md", "utf8").split("## Quickstart")[1];
		expect(readme?.match(/```php\n([\s\S]*?)```/)?.[1], "sdk-php/README.md has the same quickstart").toBe(
			quickstart,
		);
		const res = await fetch(`${folio?.url}/api/v1/admin/projects`, {
			method: "POST",
			headers: { Authorization: `Bearer ${ROOT}`, "Content-Type": "application/json" },
			body: JSON.stringify({ id: "demo", name: "Demo" }),
		});
		expect(res.status).toBe(201);
		const file = join(folio?.dir as string, "quickstart.php");
		writeFileSync(file, quickstart as string);
		const output = await php([file], { FOLIO_URL: folio?.url as string, FOLIO_KEY: ROOT });
		expect(output).not.toMatch(PHP_TROUBLE);
		expect(output).toContain("hello is at revision 1");
		expect(output).toContain("412 version_conflict");
		expect(output).toContain("published snapshot");
		expect(output).toContain("read from latest: Hello again");
	}, 120_000);
});

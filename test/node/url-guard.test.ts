import { describe, expect, it } from "vitest";
import { checkWebhookUrl } from "../../src/modules/webhooks/url-guard";

const refused = (url: string, allowLocalhost = false) => !checkWebhookUrl(url, allowLocalhost).ok;

describe("webhook URL guard", () => {
	it("refuses every private or reserved IP literal the issue lists", () => {
		const literals = [
			"10.254.0.0",
			"192.168.10.65",
			"172.16.10.65",
			"0.1.2.3",
			"0.0.0.0",
			"127.0.0.1",
			"169.254.45.1",
			"255.255.255.255",
			"192.0.2.255",
			"198.51.100.65",
			"203.0.113.6",
			"100.100.0.0",
			"192.0.0.0",
			"250.10.20.30",
			"198.18.0.0",
			"[::1]",
			"[::ffff:127.0.0.1]",
			"[fd00::1]",
			"[fe80::1]",
		];
		for (const host of literals) expect(refused(`https://${host}/hook`), host).toBe(true);
	});

	it("allows public literals, including an IPv4-mapped public address", () => {
		for (const host of ["1.1.1.1", "[2001:4860:4860::8888]", "[::ffff:8.8.8.8]", "[2002:808:808::]"]) {
			expect(checkWebhookUrl(`https://${host}/hook`, false), host).toMatchObject({ ok: true });
		}
		expect(checkWebhookUrl("https://hooks.example.com/folio", false)).toMatchObject({ ok: true });
	});

	it("sees through other spellings of loopback that the URL parser normalises", () => {
		for (const url of [
			"https://0x7f.1/",
			"https://2130706433/",
			"https://127.1/",
			"https://[::ffff:7f00:1]/",
			"https://[0:0:0:0:0:0:0:1]/",
			"https://[2002:7f00:1::]/",
			"https://[64:ff9b::a00:1]/",
		]) {
			expect(refused(url), url).toBe(true);
		}
	});

	it("refuses http, credentials, single-label hosts and localhost", () => {
		expect(refused("http://hooks.example.com/")).toBe(true);
		expect(refused("https://user:pass@hooks.example.com/")).toBe(true);
		expect(refused("https://intranet/")).toBe(true);
		expect(refused("https://localhost:8443/")).toBe(true);
		expect(refused("https://api.localhost/")).toBe(true);
		expect(refused("not a url")).toBe(true);
		expect(refused("ftp://hooks.example.com/")).toBe(true);
	});

	it("allows http://localhost:<port> and http://127.0.0.1:<port> only when development allows it", () => {
		expect(refused("http://localhost:9000/hook")).toBe(true);
		expect(refused("http://127.0.0.1:9000/hook")).toBe(true);
		expect(refused("http://localhost:9000/hook", true)).toBe(false);
		expect(refused("http://127.0.0.1:9000/hook", true)).toBe(false);
		expect(refused("http://localhost/hook", true)).toBe(true);
		expect(refused("http://10.0.0.1:9000/hook", true)).toBe(true);
	});
});

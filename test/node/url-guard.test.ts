import { describe, expect, it } from "vitest";
import { isPublicAddress } from "../../src/modules/webhooks/address-ranges";
import { checkWebhookUrl } from "../../src/modules/webhooks/url-guard";

const refused = (url: string, allowLocalhost = false) => !checkWebhookUrl(url, allowLocalhost).ok;
const reason = (url: string) => {
	const verdict = checkWebhookUrl(url, false);
	return verdict.ok ? null : verdict.reason;
};

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

	it("refuses IPv6 forms that lead to a private IPv4 address or a network's own translator", () => {
		for (const host of [
			"[::ffff:0:7f00:1]", // IPv4-translated 127.0.0.1
			"[::ffff:0:a00:5]", // IPv4-translated 10.0.0.5
			"[64:ff9b:1::7f00:1]", // local-use NAT64
			"[64:ff9b:1::808:808]", // local-use NAT64, even with a public IPv4 in it
			"[64:ff9b::7f00:1]", // well-known NAT64 of loopback
			"[64:ff9b::c0a8:1]", // well-known NAT64 of 192.168.0.1
			"[2002:a00:5::1]", // 6to4 of 10.0.0.5
			"[2001:0:a00:5::f5ff:fffe]", // Teredo with a private server
			"[2001:0:808:808::80ff:fffe]", // Teredo whose (inverted) client is 127.0.0.1
			"[::7f00:1]", // IPv4-compatible (deprecated)
			"[::8.8.8.8]", // IPv4-compatible, whatever it embeds
			"[100::1]", // discard
			"[2001:2::1]", // benchmarking
			"[2001:db8::1]", // documentation
			"[fec0::1]", // site-local
			"[ff02::1]", // multicast
			"[::]",
		]) {
			expect(reason(`https://${host}/hook`), host).toBe("the address is private or reserved");
		}
	});

	it("lets IPv6 forms that lead to a public IPv4 address through", () => {
		for (const address of ["::ffff:0:808:808", "64:ff9b::808:808", "2001:0:808:808::f7f7:f7f7"]) {
			expect(isPublicAddress(address), address).toBe(true);
		}
	});

	it("classifies resolver answers as written, refusing anything that is not an address", () => {
		for (const address of [
			"10.0.0.5",
			"::1",
			"::ffff:127.0.0.1",
			"169.254.169.254",
			"fd00:ec2::254",
			"100.64.1.1",
		]) {
			expect(isPublicAddress(address), address).toBe(false);
		}
		for (const address of ["", "example.com", "1.2.3", "1.2.3.4.5", "::ffff:1.2.3.4.5"]) {
			expect(isPublicAddress(address), address).toBe(false);
		}
		for (const address of ["93.184.215.14", "2606:4700:4700::1111", "::ffff:93.184.215.14"]) {
			expect(isPublicAddress(address), address).toBe(true);
		}
	});

	it("refuses names that only resolve inside a network, with or without a trailing dot", () => {
		const names = {
			"localhost.localdomain": ".localdomain",
			"printer.localdomain": ".localdomain",
			"db.local": ".local",
			"metadata.google.internal": ".internal",
			"ip-10-0-0-5.ec2.internal": ".internal",
			"nas.home.arpa": ".home.arpa",
			"router.lan": ".lan",
			"wiki.intranet": ".intranet",
			"ldap.corp": ".corp",
			"nas.home": ".home",
			"exchange.mail": ".mail",
			"svc.private": ".private",
			"hooks.test": ".test",
			"hooks.invalid": ".invalid",
		};
		for (const [name, suffix] of Object.entries(names)) {
			for (const host of [name, `${name}.`, name.toUpperCase()]) {
				expect(reason(`https://${host}/hook`), host).toBe(
					`names under ${suffix} only resolve inside a network`,
				);
			}
		}
		for (const host of ["localhost", "localhost.", "api.localhost", "api.localhost.", "LOCALHOST"]) {
			expect(reason(`https://${host}/hook`), host).toBe("localhost is not allowed");
		}
		for (const host of ["intranet", "intranet.", "metadata", "internal", "local."]) {
			expect(reason(`https://${host}/hook`), host).not.toBeNull();
		}
		expect(reason("https://hooks.example.com./")).toBe("the host name must not end with a dot");
		expect(reason("https://hooks..example.com/")).toBe("the host name has an empty label");
	});

	it("lets public names that merely contain those words through (their addresses are checked later)", () => {
		for (const host of [
			"local.example.com",
			"internal.example.org",
			"mytest.com",
			"hooks.gmail.com",
			"lan.party",
		]) {
			expect(checkWebhookUrl(`https://${host}/hook`, false), host).toMatchObject({ ok: true });
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

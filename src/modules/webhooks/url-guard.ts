/**
 * Where a webhook may be delivered (API.md §7, issue 6): https only, no credentials in the URL, no
 * single-label host, and no IP literal in a private, loopback, link-local or otherwise reserved
 * range (IPv4, IPv6, IPv4-mapped IPv6). With `allowLocalhost`, `http(s)://localhost:<port>` and
 * `http(s)://127.0.0.1:<port>` are allowed for development. Checked at registration and again
 * before every attempt. The WHATWG URL parser has already normalised the host (0x7f.1 and
 * 2130706433 both become 127.0.0.1; IPv6 is lowercased and compressed).
 */
export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

/** IPv4 ranges that are not the public internet (IANA special-purpose registry), as [base, bits]. */
const BLOCKED_V4: [string, number][] = [
	["0.0.0.0", 8],
	["10.0.0.0", 8],
	["100.64.0.0", 10],
	["127.0.0.0", 8],
	["169.254.0.0", 16],
	["172.16.0.0", 12],
	["192.0.0.0", 24],
	["192.0.2.0", 24],
	["192.88.99.0", 24],
	["192.168.0.0", 16],
	["198.18.0.0", 15],
	["198.51.100.0", 24],
	["203.0.113.0", 24],
	["224.0.0.0", 4],
	["240.0.0.0", 4],
];

/** IPv6 ranges that are not the public internet, as [first hextets, bits]. */
const BLOCKED_V6: [number[], number][] = [
	[[0, 0, 0, 0, 0, 0, 0, 0], 128], // unspecified
	[[0, 0, 0, 0, 0, 0, 0, 1], 128], // loopback
	[[0x0100, 0, 0, 0], 64], // discard
	[[0x2001, 0x0000], 23], // IETF protocol assignments (Teredo, ORCHID…)
	[[0x2001, 0x0db8], 32], // documentation
	[[0x3fff], 20], // documentation
	[[0xfc00], 7], // unique local
	[[0xfe80], 10], // link-local
	[[0xfec0], 10], // site-local (deprecated)
	[[0xff00], 8], // multicast
];

function v4ToInt(address: string): number | null {
	const parts = address.split(".");
	if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
	return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function v4Blocked(n: number): boolean {
	return BLOCKED_V4.some(([base, bits]) => {
		const size = 2 ** (32 - bits);
		const start = v4ToInt(base) as number;
		return n >= start && n < start + size;
	});
}

/** The eight 16-bit groups of an IPv6 address (with or without an embedded dotted quad). */
function v6Groups(address: string): number[] | null {
	let text = address;
	const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (dotted?.[1]) {
		const n = v4ToInt(dotted[1]);
		if (n === null) return null;
		text = `${text.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
	}
	const halves = text.split("::");
	if (halves.length > 2) return null;
	const parse = (part: string | undefined) =>
		part ? part.split(":").map((h) => Number.parseInt(h, 16)) : [];
	const head = parse(halves[0]);
	const tail = parse(halves[1]);
	const missing = 8 - head.length - tail.length;
	if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
	const groups = [...head, ...Array(missing).fill(0), ...tail];
	return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function v6Blocked(groups: number[]): boolean {
	// IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address.
	const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
	const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
	if (mapped || nat64) return v4Blocked((groups[6] as number) * 0x10000 + (groups[7] as number));
	// 6to4 (2002:AABB:CCDD::/48) routes to the IPv4 address it embeds.
	if (groups[0] === 0x2002) return v4Blocked((groups[1] as number) * 0x10000 + (groups[2] as number));
	if (groups.slice(0, 6).every((g) => g === 0)) return true; // IPv4-compatible (deprecated) and ::/96
	return BLOCKED_V6.some(([prefix, bits]) => {
		for (let bit = 0; bit < bits; bit++) {
			const group = Math.floor(bit / 16);
			const mask = 1 << (15 - (bit % 16));
			if (((groups[group] ?? 0) & mask) !== ((prefix[group] ?? 0) & mask)) return false;
		}
		return true;
	});
}

export function checkWebhookUrl(input: string, allowLocalhost: boolean): UrlVerdict {
	let url: URL;
	try {
		url = new URL(input);
	} catch {
		return { ok: false, reason: "not an absolute URL" };
	}
	if (url.username || url.password) return { ok: false, reason: "credentials are not allowed in the URL" };
	const host = url.hostname.toLowerCase();
	const local = host === "localhost" || host === "127.0.0.1";
	if (allowLocalhost && local && url.port !== "" && (url.protocol === "http:" || url.protocol === "https:")) {
		return { ok: true, url };
	}
	if (url.protocol !== "https:") return { ok: false, reason: "the URL must use https" };
	if (host === "localhost" || host.endsWith(".localhost"))
		return { ok: false, reason: "localhost is not allowed" };
	if (host.startsWith("[")) {
		const groups = v6Groups(host.slice(1, -1));
		if (!groups) return { ok: false, reason: "malformed IPv6 address" };
		return v6Blocked(groups)
			? { ok: false, reason: "the address is private or reserved" }
			: { ok: true, url };
	}
	const v4 = v4ToInt(host);
	if (v4 !== null)
		return v4Blocked(v4) ? { ok: false, reason: "the address is private or reserved" } : { ok: true, url };
	if (!host.includes(".") || host.endsWith(".")) {
		return { ok: false, reason: "single-label host names are not allowed" };
	}
	return { ok: true, url };
}

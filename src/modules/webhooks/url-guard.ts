import { isIPv4Literal, isPublicAddress } from "./address-ranges";

/**
 * Where a webhook may be delivered (docs/webhooks.md and docs/deploy.md, "Webhook targets"): https only, no credentials in the
 * URL, an IP literal only if it is public unicast (address-ranges.ts), and no host name that only
 * resolves inside a network. With `allowLocalhost`, `http(s)://localhost:<port>` and
 * `http(s)://127.0.0.1:<port>` are allowed for development. Checked at registration and again
 * before every attempt, when host names are also resolved (delivery-target.ts). The WHATWG URL
 * parser has already normalised the host (0x7f.1 and 2130706433 both become 127.0.0.1; IPv6 is
 * lowercased and compressed; names are lowercased and punycoded).
 */
export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * Suffixes that are never delegated in the public DNS, so a name under them can only be answered
 * by a resolver inside some network: special-use names (RFC 6761 localhost, invalid, test;
 * RFC 6762 local for mDNS; RFC 8375 home.arpa), .internal (reserved by ICANN for private use in
 * 2024; metadata.google.internal, ec2.internal), .localdomain (the usual /etc/hosts alias), and
 * the names ICANN declined to delegate because private networks use them (corp, home, mail)
 * with the private-use labels routers and intranets hand out (lan, intranet, private).
 */
const INTERNAL_SUFFIXES = [
	"localhost",
	"localdomain",
	"local",
	"internal",
	"home.arpa",
	"invalid",
	"test",
	"lan",
	"intranet",
	"private",
	"corp",
	"home",
	"mail",
];

function internalSuffix(name: string): string | undefined {
	return INTERNAL_SUFFIXES.find((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/** Why a host name may not receive webhooks, or null if it may (its addresses are checked later). */
function hostNameProblem(host: string): string | null {
	// A trailing dot only makes a name absolute; judge the name without it.
	const name = host.endsWith(".") ? host.slice(0, -1) : host;
	if (name === "localhost" || name.endsWith(".localhost")) return "localhost is not allowed";
	const suffix = internalSuffix(name);
	if (suffix) return `names under .${suffix} only resolve inside a network`;
	const labels = name.split(".");
	if (labels.some((label) => label === "")) return "the host name has an empty label";
	// A resolver completes a single label from its own search list: a name inside its network.
	if (labels.length === 1) return "single-label host names are not allowed";
	if (name !== host) return "the host name must not end with a dot";
	return null;
}

/** True when the URL's host is an address, so there is no name to resolve. */
export const isIpLiteral = (hostname: string) => hostname.startsWith("[") || isIPv4Literal(hostname);

export function checkWebhookUrl(input: string, allowLocalhost: boolean): UrlVerdict {
	let url: URL;
	try {
		url = new URL(input);
	} catch {
		return { ok: false, reason: "not an absolute URL" };
	}
	if (url.username || url.password) return { ok: false, reason: "credentials are not allowed in the URL" };
	const host = url.hostname;
	const local = host === "localhost" || host === "127.0.0.1";
	if (allowLocalhost && local && url.port !== "" && (url.protocol === "http:" || url.protocol === "https:")) {
		return { ok: true, url };
	}
	if (url.protocol !== "https:") return { ok: false, reason: "the URL must use https" };
	if (isIpLiteral(host)) {
		const address = host.startsWith("[") ? host.slice(1, -1) : host;
		return isPublicAddress(address)
			? { ok: true, url }
			: { ok: false, reason: "the address is private or reserved" };
	}
	const problem = hostNameProblem(host);
	return problem ? { ok: false, reason: problem } : { ok: true, url };
}

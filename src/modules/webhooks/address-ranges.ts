import ipaddr from "ipaddr.js";

/**
 * Whether an IP address is on the public internet, by ipaddr.js's reading of the IANA
 * special-purpose registries: only its `unicast` (nothing more specific matched) passes. The
 * IPv6 forms that carry an IPv4 address (mapped, translated, NAT64's well-known prefix, 6to4,
 * Teredo) pass only when the IPv4 address they lead to does. Used for the literals in webhook
 * URLs and for every address a webhook host name resolves to.
 */

/** The IPv4 address in the low 32 bits of an IPv6 address. */
function low32(address: ipaddr.IPv6, invert = false): ipaddr.IPv4 {
	const bytes = address.toByteArray().slice(12);
	return new ipaddr.IPv4(invert ? bytes.map((b) => b ^ 0xff) : bytes);
}

function isPublicV4(address: ipaddr.IPv4): boolean {
	return address.range() === "unicast";
}

function isPublicV6(address: ipaddr.IPv6): boolean {
	const parts = address.parts;
	switch (address.range() as string) {
		case "unicast":
			// ipaddr.js has no name for the deprecated IPv4-compatible form (::a.b.c.d, RFC 4291
			// §2.5.5.1); nothing public lives in ::/96.
			return !parts.slice(0, 6).every((part) => part === 0);
		case "ipv4Mapped": // ::ffff:a.b.c.d
		case "rfc6145": // IPv4-translated, ::ffff:0:a.b.c.d
			return isPublicV4(low32(address));
		case "rfc6052":
			// The well-known NAT64 prefix 64:ff9b::/96 translates to the public IPv4 address it ends
			// with. The local-use prefix 64:ff9b:1::/48 (RFC 8215) belongs to some network's own
			// translator, which may embed the IPv4 address anywhere: never public.
			return parts[2] === 0 && isPublicV4(low32(address));
		case "6to4": // 2002:AABB:CCDD::/48 is relayed to AA.BB.CC.DD
			return isPublicV4(new ipaddr.IPv4(address.toByteArray().slice(2, 6)));
		case "teredo": // 2001:0:SERVER:…:~CLIENT (RFC 4380): both ends must be public
			return (
				isPublicV4(new ipaddr.IPv4(address.toByteArray().slice(4, 8))) && isPublicV4(low32(address, true))
			);
		default:
			return false;
	}
}

/** True for a public unicast address; false for anything private, reserved, or malformed. */
export function isPublicAddress(text: string): boolean {
	// ipaddr.js would also read inet_aton's shorthands (1.2.3, 0x7f.1); answers never use them.
	if (text.includes(":")) return ipaddr.IPv6.isValid(text) && isPublicV6(ipaddr.IPv6.parse(text));
	return ipaddr.IPv4.isValidFourPartDecimal(text) && isPublicV4(ipaddr.IPv4.parse(text));
}

/** A dotted quad as the WHATWG URL parser leaves every IPv4 host (it rewrites 0x7f.1, 2130706433…). */
export const isIPv4Literal = (host: string) => ipaddr.IPv4.isValidFourPartDecimal(host);

import { isPublicAddress } from "./address-ranges";
import { DnsLookupError, type DnsResolver } from "./dns-resolver";
import { isIpLiteral } from "./url-guard";

/**
 * The second half of the URL guard, run before every attempt on a URL checkWebhookUrl accepted: a
 * host name is resolved (A and AAAA) and the attempt is refused unless every answer is a public
 * unicast address, since the receiver could otherwise be anything inside a network. Returns why
 * the attempt must not be made, or null. An IP literal has nothing to resolve, and `localhost`
 * only gets here when development allows it.
 */
export async function checkDeliveryTarget(
	url: URL,
	resolver: DnsResolver,
	allowLocalhost: boolean,
): Promise<string | null> {
	const host = url.hostname;
	if (isIpLiteral(host) || (allowLocalhost && host === "localhost")) return null;
	let addresses: string[];
	try {
		({ addresses } = await resolver.resolve(host));
	} catch (error) {
		const reason = error instanceof DnsLookupError ? error.message : "the lookup failed";
		return `DNS lookup for ${host} failed: ${reason}.`;
	}
	if (addresses.length === 0) return `DNS lookup for ${host} failed: no addresses.`;
	const refused = addresses.find((address) => !isPublicAddress(address));
	return refused === undefined
		? null
		: `URL refused: ${host} resolves to a private or reserved address (${refused}).`;
}

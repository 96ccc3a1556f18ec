import { Lru } from "../../lib/lru";

/**
 * How a webhook host name is resolved before each attempt (delivery-target.ts). An interface, so
 * the deliveries consumer can be handed a fake in tests; in production it is DNS over HTTPS
 * (RFC 8484's JSON flavour, which Cloudflare's 1.1.1.1 and Google's resolvers both answer). That
 * is also all workerd's `node:dns` does, so fetching it ourselves needs no `nodejs_compat` and
 * gives us the TTLs.
 */
export interface ResolvedHost {
	/** Every A and AAAA answer, as the resolver wrote it. */
	addresses: string[];
	/** Seconds the answers may be kept: the smallest TTL in the answer. */
	ttl: number;
}

export interface DnsResolver {
	/** Resolves or throws a DnsLookupError whose message says why, in words for the delivery log. */
	resolve(host: string): Promise<ResolvedHost>;
}

export class DnsLookupError extends Error {}

export const DEFAULT_DOH_URL = "https://cloudflare-dns.com/dns-query";
const DOH_TIMEOUT_MS = 5_000;
const RCODES: Record<number, string> = { 1: "FORMERR", 2: "SERVFAIL", 3: "NXDOMAIN", 5: "REFUSED" };

interface DohAnswer {
	Status?: number;
	Answer?: { type?: number; TTL?: number; data?: string }[];
}

async function query(endpoint: string, fetcher: typeof fetch, host: string, type: "A" | "AAAA") {
	const url = new URL(endpoint);
	url.searchParams.set("name", host);
	url.searchParams.set("type", type);
	let response: Response;
	try {
		response = await fetcher(url.href, {
			headers: { accept: "application/dns-json" },
			signal: AbortSignal.timeout(DOH_TIMEOUT_MS),
		});
	} catch {
		throw new DnsLookupError("the resolver could not be reached");
	}
	if (!response.ok) {
		await response.body?.cancel();
		throw new DnsLookupError(`the resolver answered HTTP ${response.status}`);
	}
	const body = (await response.json().catch(() => null)) as DohAnswer | null;
	if (typeof body?.Status !== "number") throw new DnsLookupError("the resolver's answer could not be read");
	if (body.Status === 3) return { exists: false, addresses: [], ttls: [] };
	if (body.Status !== 0) {
		throw new DnsLookupError(`the resolver answered ${RCODES[body.Status] ?? `rcode ${body.Status}`}`);
	}
	const wanted = type === "A" ? 1 : 28;
	// CNAMEs on the way count for the TTL: the chain may change as soon as any link expires.
	const records = (Array.isArray(body.Answer) ? body.Answer : []).filter(
		(r) => typeof r?.data === "string" && typeof r.TTL === "number",
	);
	return {
		exists: true,
		addresses: records.filter((r) => r.type === wanted).map((r) => r.data as string),
		ttls: records.map((r) => r.TTL as number),
	};
}

/** A and AAAA over DNS over HTTPS. Both must answer: an AAAA we did not see may be what fetch uses. */
export function dohResolver(endpoint: string, fetcher: typeof fetch): DnsResolver {
	return {
		async resolve(host) {
			const [a, aaaa] = await Promise.all([
				query(endpoint, fetcher, host, "A"),
				query(endpoint, fetcher, host, "AAAA"),
			]);
			if (!a.exists && !aaaa.exists) throw new DnsLookupError("no such name");
			const addresses = [...a.addresses, ...aaaa.addresses];
			if (addresses.length === 0) throw new DnsLookupError("no A or AAAA records");
			return { addresses, ttl: Math.min(...a.ttls, ...aaaa.ttls) };
		},
	};
}

export interface CacheOptions {
	maxEntries: number;
	/** Longest an answer is kept, whatever its TTL. */
	maxTtlS: number;
	/** How long a failed lookup is remembered: enough that one batch does not repeat it. */
	failureTtlS: number;
}

/**
 * Remembers answers per isolate for their TTL, so a batch of deliveries to one host resolves it
 * once; concurrent lookups of a name share one query. The least recently used name goes first
 * past maxEntries.
 */
export function cachingResolver(
	inner: DnsResolver,
	options: CacheOptions = { maxEntries: 1000, maxTtlS: 300, failureTtlS: 2 },
): DnsResolver {
	// A pending lookup is kept without expiry; once it settles, its TTL starts (0 drops it).
	const entries = new Lru<{ answer: Promise<ResolvedHost> }>({ capacity: options.maxEntries });
	const keep = (host: string, entry: { answer: Promise<ResolvedHost> }, seconds: number) => {
		if (entries.get(host) === entry) entries.set(host, entry, { ttlMs: seconds * 1000 });
	};
	return {
		resolve(host) {
			const cached = entries.get(host);
			if (cached) return cached.answer;
			const entry = { answer: inner.resolve(host) };
			entries.set(host, entry);
			entry.answer.then(
				(answer) => keep(host, entry, Math.min(answer.ttl, options.maxTtlS)),
				() => keep(host, entry, options.failureTtlS),
			);
			return entry.answer;
		},
	};
}

let shared: { endpoint: string; resolver: DnsResolver } | undefined;

/** The isolate's resolver for this endpoint, cache included (global fetch, looked up per call). */
export function sharedResolver(endpoint: string): DnsResolver {
	if (shared?.endpoint !== endpoint) {
		shared = {
			endpoint,
			resolver: cachingResolver(dohResolver(endpoint, (input, init) => fetch(input, init))),
		};
	}
	return shared.resolver;
}

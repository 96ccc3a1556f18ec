import { afterEach, describe, expect, it, vi } from "vitest";
import { checkDeliveryTarget } from "../../src/modules/webhooks/delivery-target";
import {
	cachingResolver,
	DnsLookupError,
	type DnsResolver,
	dohResolver,
	type ResolvedHost,
} from "../../src/modules/webhooks/dns-resolver";

const DOH = "https://dns.example.net/dns-query";
type Zone = Record<string, { A?: unknown; AAAA?: unknown }>;

/** A DNS-over-HTTPS server answering from a zone, recording each query as "name type". */
function dohServer(zone: Zone, queries: string[] = []) {
	const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = new URL(String(input));
		expect(new Headers(init?.headers).get("accept")).toBe("application/dns-json");
		const name = url.searchParams.get("name") as string;
		const type = url.searchParams.get("type") as "A" | "AAAA";
		queries.push(`${name} ${type}`);
		const answer = zone[name]?.[type];
		if (answer instanceof Response) return answer;
		if (answer instanceof Error) throw answer;
		if (!zone[name]) return Response.json({ Status: 3, Answer: [] });
		return Response.json(answer ?? { Status: 0 });
	};
	return { resolver: dohResolver(DOH, fetcher as typeof fetch), queries };
}

const records = (type: 1 | 28, ttl: number, ...data: string[]) => ({
	Status: 0,
	Answer: data.map((d) => ({ name: "x", type, TTL: ttl, data: d })),
});

const failure = (resolver: DnsResolver, host: string) =>
	resolver.resolve(host).then(
		() => "resolved",
		(error: unknown) => (error instanceof DnsLookupError ? error.message : `not a DnsLookupError: ${error}`),
	);

describe("DNS over HTTPS", () => {
	it("returns every A and AAAA answer, with the smallest TTL along the chain", async () => {
		const { resolver, queries } = dohServer({
			"hooks.example.com": {
				A: {
					Status: 0,
					Answer: [
						{ name: "hooks.example.com", type: 5, TTL: 40, data: "edge.example.net." },
						{ name: "edge.example.net", type: 1, TTL: 300, data: "93.184.215.14" },
					],
				},
				AAAA: records(28, 120, "2606:4700::1", "::ffff:10.0.0.5"),
			},
		});
		expect(await resolver.resolve("hooks.example.com")).toEqual({
			addresses: ["93.184.215.14", "2606:4700::1", "::ffff:10.0.0.5"],
			ttl: 40,
		});
		expect(queries.sort()).toEqual(["hooks.example.com A", "hooks.example.com AAAA"]);
	});

	it("says why a lookup failed, in words for the delivery log", async () => {
		const { resolver } = dohServer({
			"v4only.example.com": { A: records(1, 60, "93.184.215.14"), AAAA: { Status: 2 } },
			"empty.example.com": { A: { Status: 0, Answer: [] } },
			"down.example.com": { A: new Response("busy", { status: 503 }) },
			"garbled.example.com": { A: new Response("<html>") },
			"unreachable.example.com": { AAAA: new TypeError("Network connection lost.") },
			"refused.example.com": { A: { Status: 5 }, AAAA: { Status: 5 } },
		});
		expect(await failure(resolver, "nowhere.example.com")).toBe("no such name");
		// An AAAA we could not see may be what fetch connects to: the whole lookup fails.
		expect(await failure(resolver, "v4only.example.com")).toBe("the resolver answered SERVFAIL");
		expect(await failure(resolver, "empty.example.com")).toBe("no A or AAAA records");
		expect(await failure(resolver, "down.example.com")).toBe("the resolver answered HTTP 503");
		expect(await failure(resolver, "garbled.example.com")).toBe("the resolver's answer could not be read");
		expect(await failure(resolver, "unreachable.example.com")).toBe("the resolver could not be reached");
		expect(await failure(resolver, "refused.example.com")).toBe("the resolver answered REFUSED");
	});
});

describe("the per-isolate cache", () => {
	afterEach(() => vi.useRealTimers());

	const counting = (answer: (host: string) => Promise<ResolvedHost>) => {
		const calls: string[] = [];
		const inner: DnsResolver = {
			resolve: (host) => {
				calls.push(host);
				return answer(host);
			},
		};
		return { calls, inner };
	};

	it("resolves a host once for a batch of 100 deliveries, and again when the TTL runs out", async () => {
		vi.useFakeTimers();
		const { calls, inner } = counting(async () => ({ addresses: ["93.184.215.14"], ttl: 30 }));
		const cached = cachingResolver(inner);
		const batch = await Promise.all(Array.from({ length: 100 }, () => cached.resolve("hooks.example.com")));
		expect(new Set(batch.map((a) => a.addresses[0]))).toEqual(new Set(["93.184.215.14"]));
		await cached.resolve("hooks.example.com");
		expect(calls).toEqual(["hooks.example.com"]);
		vi.advanceTimersByTime(31_000);
		await cached.resolve("hooks.example.com");
		expect(calls).toHaveLength(2);
	});

	it("keeps no answer past its TTL's cap, none with TTL 0, and a failure only briefly", async () => {
		vi.useFakeTimers();
		let ttl = 86_400;
		const { calls, inner } = counting(async (host) => {
			if (host === "broken.example.com") throw new DnsLookupError("the resolver could not be reached");
			return { addresses: ["93.184.215.14"], ttl };
		});
		const cached = cachingResolver(inner, { maxEntries: 10, maxTtlS: 300, failureTtlS: 2 });
		await cached.resolve("a.example.com");
		vi.advanceTimersByTime(301_000);
		ttl = 0;
		await cached.resolve("a.example.com");
		await cached.resolve("a.example.com");
		expect(calls).toEqual(["a.example.com", "a.example.com", "a.example.com"]);

		await expect(cached.resolve("broken.example.com")).rejects.toThrow(DnsLookupError);
		await expect(cached.resolve("broken.example.com")).rejects.toThrow(DnsLookupError);
		vi.advanceTimersByTime(2_001);
		await expect(cached.resolve("broken.example.com")).rejects.toThrow(DnsLookupError);
		expect(calls.filter((h) => h === "broken.example.com")).toHaveLength(2);
	});

	it("holds at most maxEntries names, forgetting the oldest first", async () => {
		const { calls, inner } = counting(async () => ({ addresses: ["93.184.215.14"], ttl: 300 }));
		const cached = cachingResolver(inner, { maxEntries: 3, maxTtlS: 300, failureTtlS: 2 });
		for (const host of ["a.com", "b.com", "c.com", "d.com", "b.com", "c.com", "d.com"])
			await cached.resolve(host);
		expect(calls).toEqual(["a.com", "b.com", "c.com", "d.com"]);
		await cached.resolve("a.com");
		expect(calls).toHaveLength(5);
	});
});

describe("checking a delivery target before an attempt", () => {
	const resolver = (answer: ResolvedHost | Error): DnsResolver & { asked: string[] } => {
		const asked: string[] = [];
		return {
			asked,
			resolve: async (host) => {
				asked.push(host);
				if (answer instanceof Error) throw answer;
				return answer;
			},
		};
	};
	const check = (url: string, r: DnsResolver, allowLocalhost = false) =>
		checkDeliveryTarget(new URL(url), r, allowLocalhost);

	it("refuses a name if any answer is private, naming that answer", async () => {
		for (const address of ["10.0.0.5", "::1", "::ffff:127.0.0.1", "169.254.169.254", "64:ff9b:1::a00:5"]) {
			const r = resolver({ addresses: ["93.184.215.14", address], ttl: 60 });
			expect(await check("https://hooks.example.com/hook", r), address).toBe(
				`URL refused: hooks.example.com resolves to a private or reserved address (${address}).`,
			);
		}
		expect(await check("https://hooks.example.com/hook", resolver({ addresses: [], ttl: 60 }))).toBe(
			"DNS lookup for hooks.example.com failed: no addresses.",
		);
	});

	it("passes a name whose answers are all public", async () => {
		const r = resolver({ addresses: ["93.184.215.14", "2606:4700::6810:84e5"], ttl: 60 });
		expect(await check("https://hooks.example.com/hook", r)).toBeNull();
		expect(r.asked).toEqual(["hooks.example.com"]);
	});

	it("reports a failed lookup, and never throws", async () => {
		expect(await check("https://hooks.example.com/", resolver(new DnsLookupError("no such name")))).toBe(
			"DNS lookup for hooks.example.com failed: no such name.",
		);
		expect(await check("https://hooks.example.com/", resolver(new Error("internal detail")))).toBe(
			"DNS lookup for hooks.example.com failed: the lookup failed.",
		);
	});

	it("does not resolve IP literals, nor localhost when development allows it", async () => {
		const r = resolver(new Error("must not be asked"));
		expect(await check("https://93.184.215.14/hook", r)).toBeNull();
		expect(await check("https://[2606:4700::1]/hook", r)).toBeNull();
		expect(await check("http://localhost:9000/hook", r, true)).toBeNull();
		expect(await check("http://127.0.0.1:9000/hook", r, true)).toBeNull();
		expect(r.asked).toEqual([]);
	});
});

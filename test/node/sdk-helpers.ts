import { Folio, type FolioOptions } from "../../sdk/src/index.ts";

export type Responder = (request: Request) => Response | Promise<Response>;

/** A fetch that answers from a script, one responder per call (the last repeats), recording each request. */
export function fakeFetch(...responders: Responder[]) {
	const requests: Request[] = [];
	const bodies: string[] = [];
	const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		const request = new Request(input, init);
		requests.push(request);
		bodies.push(await request.clone().text());
		const respond = responders[Math.min(requests.length - 1, responders.length - 1)];
		if (!respond) throw new Error("fakeFetch: no responder");
		return respond(request);
	};
	return { fetch: fetch as typeof globalThis.fetch, requests, bodies };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { "Content-Type": "application/json", ...headers },
	});

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers = {}) =>
	new Response(
		JSON.stringify({
			type: `/docs#error-${code}`,
			title: "Problem",
			status,
			detail: `detail of ${code}`,
			code,
			request_id: "req_test",
			...extra,
		}),
		{
			status,
			headers: { "Content-Type": "application/problem+json", "X-Request-Id": "req_test", ...headers },
		},
	);

export const networkError: Responder = () => {
	throw new TypeError("fetch failed");
};

export function client(fetch: typeof globalThis.fetch, options: Partial<FolioOptions> = {}) {
	return new Folio({
		baseUrl: "https://folio.test",
		apiKey: "folio_test",
		fetch,
		retries: { baseDelayMs: 1, maxDelayMs: 50 },
		...options,
	});
}

// A fetch that records every answer it gets from the server under test, so an e2e test can check
// them all against the served OpenAPI document (test/conformance.ts) once it is done.
import { Conformance, type Exchange, report } from "../conformance";

export function recordingFetch() {
	const exchanges: Exchange[] = [];
	const recording: typeof fetch = async (input, init) => {
		const request = new Request(input, init);
		const response = await fetch(request);
		// The caller reads the original; the copy's text is read here, whole, as the caller would.
		const copy = response.clone();
		const url = new URL(request.url);
		exchanges.push({
			method: request.method,
			path: `${url.pathname}${url.search}`,
			status: copy.status,
			headers: copy.headers,
			body: await copy.text(),
		});
		return response;
	};
	/** The violations of everything recorded, as text grouped by operation and status ("" when none). */
	const violations = async (baseUrl: string) => {
		const doc = await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json();
		const conformance = new Conformance(doc as Record<string, unknown>);
		for (const exchange of exchanges) conformance.check(exchange);
		return { checked: exchanges.length, report: report(conformance.violations) };
	};
	return { fetch: recording, violations };
}

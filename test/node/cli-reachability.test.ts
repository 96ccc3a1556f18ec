// The CLI retries a server that is down for minutes; it must say on stderr what it waits for.
import { describe, expect, it } from "vitest";
import { announcingFetch } from "../../sdk/src/cli/reachability.ts";
import { Folio } from "../../sdk/src/client.ts";

describe("folio CLI against a server that is down", () => {
	it("prints one line per failed attempt, naming the server and the error", async () => {
		const stderr: string[] = [];
		let calls = 0;
		const refused = async (): Promise<Response> => {
			calls++;
			throw new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
		};
		const fetch = announcingFetch(refused, "http://127.0.0.1:9", 3, (text) => stderr.push(text));
		// The CLI's client, with short waits so the test does not sit through minutes of backoff.
		const folio = new Folio({
			baseUrl: "http://127.0.0.1:9",
			apiKey: "x",
			fetch,
			retries: { max: 2, baseDelayMs: 1 },
		});
		await expect(folio.snapshots.regenerate("demo")).rejects.toThrow();
		expect(calls).toBe(3);
		expect(stderr).toEqual(
			[1, 2, 3].map(
				(n) =>
					`folio: server not reachable at http://127.0.0.1:9 (ECONNREFUSED); retrying (failure ${n} in a row, at most 3 attempts per request)\n`,
			),
		);
	});

	it("says nothing while the server answers, and counts again from one after a success", async () => {
		const stderr: string[] = [];
		const answers = [503, 200, 503];
		const inner = async () => new Response("{}", { status: answers.shift() ?? 200 });
		const fetch = announcingFetch(inner, "http://h", 5, (text) => stderr.push(text));
		for (let i = 0; i < 4; i++) await fetch("http://h/x");
		expect(stderr).toEqual([
			"folio: server at http://h answered 503 (unavailable); retrying (failure 1 in a row, at most 5 attempts per request)\n",
			"folio: server at http://h answered 503 (unavailable); retrying (failure 1 in a row, at most 5 attempts per request)\n",
		]);
	});
});

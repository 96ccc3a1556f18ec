// Small HTTP helpers for setting up fixtures (not for measuring: that is autocannon's job).

/**
 * Sends one JSON request and returns status and parsed body; throws on a transport failure.
 * @param {string} method
 * @param {string} url
 * @param {{ token?: string, body?: unknown }} [opts]
 * @returns {Promise<{ status: number, body: any }>}
 */
export async function requestJson(method, url, { token, body } = {}) {
	/** @type {Record<string, string>} */
	const headers = { "Content-Type": "application/json" };
	if (token) headers.Authorization = `Bearer ${token}`;
	const response = await fetch(url, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(15_000),
	});
	const text = await response.text();
	let parsed = text;
	try {
		parsed = JSON.parse(text);
	} catch {
		// Not JSON: keep the text for the error message.
	}
	return { status: response.status, body: parsed };
}

/**
 * Like requestJson, but throws unless the status is 2xx.
 * @param {string} method
 * @param {string} url
 * @param {{ token?: string, body?: unknown }} [opts]
 */
export async function expectOk(method, url, opts) {
	const result = await requestJson(method, url, opts);
	if (result.status < 200 || result.status > 299) {
		const detail = JSON.stringify(result.body).slice(0, 300);
		throw new Error(`${method} ${new URL(url).pathname} answered ${result.status}: ${detail}`);
	}
	return result.body;
}

/**
 * Runs task(i) for i in [0, count) with at most `concurrency` in flight; stops at the first failure.
 * @param {number} count
 * @param {number} concurrency
 * @param {(i: number) => Promise<unknown>} task
 */
export async function forEachLimited(count, concurrency, task) {
	let next = 0;
	const worker = async () => {
		while (next < count) {
			try {
				await task(next++);
			} catch (error) {
				next = count;
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/**
 * A text of about `length` characters, for ~1 KB request bodies.
 * @param {number} length
 */
export function filler(length) {
	const words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
	return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

/**
 * Asks for a snapshot rebuild and polls it until published; throws if it fails or takes longer
 * than `timeoutMs`. Returns the published snapshot.
 * @param {string} admin the project's admin base URL (…/api/v1/admin/projects/P)
 * @param {string} token
 * @param {number} [timeoutMs]
 */
export async function regenerateAndWait(admin, token, timeoutMs = 600_000) {
	const started = Date.now();
	const job = await expectOk("POST", `${admin}/snapshots/regenerate`, { token });
	for (;;) {
		const snapshot = await expectOk("GET", `${admin}/snapshots/${job.id}`, { token });
		if (snapshot.status === "published") return snapshot;
		if (snapshot.status === "failed") throw new Error(`snapshot ${job.id} failed: ${snapshot.error}`);
		if (Date.now() - started > timeoutMs)
			throw new Error(`snapshot ${job.id} not published: ${snapshot.status}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

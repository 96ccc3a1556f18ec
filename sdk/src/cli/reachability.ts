/**
 * A fetch that says on stderr what the CLI is waiting for: the SDK retries an unreachable or
 * unavailable server for minutes, and a terminal that prints nothing meanwhile looks hung.
 */
export function announcingFetch(
	inner: typeof fetch,
	baseUrl: string,
	attempts: number,
	stderr: (text: string) => void,
): typeof fetch {
	// Consecutive failures across all calls: the CLI's calls share one server, and a success
	// means it is back.
	let failures = 0;
	const note = (what: string) => {
		failures++;
		stderr(
			`folio: ${what}; retrying (failure ${failures} in a row, at most ${attempts} attempts per request)\n`,
		);
	};
	return async (input, init) => {
		try {
			const res = await inner(input, init);
			if (res.status === 503) note(`server at ${baseUrl} answered 503 (unavailable)`);
			else failures = 0;
			return res;
		} catch (error) {
			if (!init?.signal?.aborted) note(`server not reachable at ${baseUrl} (${reason(error)})`);
			throw error;
		}
	};
}

function reason(error: unknown): string {
	const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
	if (cause?.code) return cause.code;
	return error instanceof Error ? error.message : String(error);
}

import type { Problem } from "./types.ts";

/** A request the API refused (its RFC 9457 problem document attached), or one that never got an answer. */
export class FolioError extends Error {
	override name = "FolioError";
	/** HTTP status; 0 when no response arrived. */
	readonly status: number;
	/** The problem's stable snake_case `code`. */
	readonly code: string;
	readonly problem: Problem;
	/** The server's request id (quote it in support requests), when a response arrived. */
	readonly requestId: string | undefined;

	constructor(problem: Problem, requestId?: string, options?: { cause?: unknown }) {
		super(problem.detail || problem.title, options);
		this.status = problem.status;
		this.code = problem.code;
		this.problem = problem;
		this.requestId = requestId ?? (problem.request_id || undefined);
	}
}

/** No response after every retry: DNS, connection refused, reset, TLS, and so on. */
export class FolioNetworkError extends FolioError {
	override name = "FolioNetworkError";

	constructor(cause: unknown, attempts: number) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		super(
			{
				type: "about:blank",
				title: "Network error",
				status: 0,
				code: "network_error",
				detail: `No response after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${reason}`,
				request_id: "",
			},
			undefined,
			{ cause },
		);
	}
}

/** Builds the error for a non-2xx response, whether or not the body is a problem document. */
export async function errorFromResponse(res: Response): Promise<FolioError> {
	const requestId = res.headers.get("X-Request-Id") ?? undefined;
	const text = await res.text().catch(() => "");
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		// A proxy or load balancer answered with HTML or plain text; keep a readable excerpt.
	}
	const body = isRecord(parsed) ? parsed : {};
	const problem: Problem = {
		...body,
		type: typeof body.type === "string" ? body.type : "about:blank",
		title: typeof body.title === "string" ? body.title : res.statusText || `HTTP ${res.status}`,
		status: res.status,
		detail: typeof body.detail === "string" ? body.detail : text.slice(0, 500),
		code: typeof body.code === "string" ? body.code : `http_${res.status}`,
		request_id: typeof body.request_id === "string" ? body.request_id : (requestId ?? ""),
	};
	return new FolioError(problem, requestId);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type ErrorCode, type ErrorCodeWithStatus, statusOf } from "./error-codes";

/** One entry of a 422: where in the request the problem is, and what it is. */
export interface FieldError {
	/** JSON Pointer into the request body. */
	pointer?: string;
	/** Name of the query, path or header parameter, when the problem is not in the body. */
	parameter?: string;
	message: string;
	code: string;
}

const titles: Record<number, string> = {
	400: "Bad Request",
	401: "Unauthorized",
	403: "Forbidden",
	404: "Not Found",
	405: "Method Not Allowed",
	409: "Conflict",
	410: "Gone",
	412: "Precondition Failed",
	413: "Content Too Large",
	415: "Unsupported Media Type",
	422: "Unprocessable Content",
	429: "Too Many Requests",
	500: "Internal Server Error",
	503: "Service Unavailable",
};

export interface ApiErrorOptions {
	/** Members added to the problem body (`errors`, `current_revision`, ...). */
	extra?: Record<string, unknown>;
	headers?: Record<string, string>;
	/** A problem type other than the code's own docs anchor (a registered one, e.g. quota-exceeded). */
	type?: string;
}

/**
 * The one error type of the API. Anything thrown that is not an ApiError becomes a 500 whose
 * details stay in the log. Its status is the one error-codes.ts gives its code.
 */
export class ApiError extends Error {
	readonly status: ContentfulStatusCode;
	readonly code: ErrorCode;
	readonly extra: Record<string, unknown>;
	readonly headers: Record<string, string>;

	constructor(code: ErrorCode, detail: string, options: ApiErrorOptions = {}) {
		super(detail);
		this.status = statusOf(code);
		this.code = code;
		this.extra = options.type ? { ...options.extra, type: options.type } : { ...options.extra };
		this.headers = options.headers ?? {};
	}

	toProblem(requestId: string): Problem {
		return {
			type: problemType(this.code),
			title: titles[this.status] ?? "Error",
			status: this.status,
			detail: this.message,
			code: this.code,
			request_id: requestId,
			...this.extra,
		};
	}
}

export interface Problem {
	type: string;
	title: string;
	status: number;
	detail: string;
	code: string;
	request_id: string;
	errors?: FieldError[];
	[extension: string]: unknown;
}

/** Problem types are relative references to the error table of the docs page served by the worker. */
export function problemType(code: string): string {
	return `/docs#error-${code}`;
}

export function problemResponse(error: ApiError, requestId: string): Response {
	return new Response(JSON.stringify(error.toProblem(requestId)), {
		status: error.status,
		headers: { ...error.headers, "Content-Type": "application/problem+json" },
	});
}

/**
 * A 401 with its RFC 6750 challenge. `invalid_token` tells the client the key it sent is no good
 * (malformed, unknown, revoked, expired); without it the challenge only says a bearer key is
 * needed: no key was sent, or the key holds and the request signature does not.
 */
export const unauthorized = (code: ErrorCodeWithStatus<401>, detail: string, error?: "invalid_token") =>
	new ApiError(code, detail, {
		headers: { "WWW-Authenticate": `Bearer realm="folio"${error ? `, error="${error}"` : ""}` },
	});

export const validationFailed = (errors: FieldError[], detail = "The request is not valid.") =>
	new ApiError("validation_failed", detail, { extra: { errors } });

export const notFound = (what: string) => new ApiError("not_found", `${what} does not exist.`);

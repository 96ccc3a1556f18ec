import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { generateApiKey } from "../src/modules/keys/key-format";
import { BASE, call, createKey, createProject, expectProblem } from "./helpers";

const CHALLENGE = 'Bearer realm="folio"';
const INVALID_TOKEN = 'Bearer realm="folio", error="invalid_token"';

let project: string;
const entities = () => `/api/v1/admin/projects/${project}/entities`;

beforeAll(async () => {
	project = await createProject();
});
afterEach(() => vi.useRealTimers());

/**
 * A body that records whether anyone pulled from it, and fails if so: a request answered without
 * reading it comes back untouched.
 */
function tripwireBody() {
	const state = { pulled: false };
	const stream = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				state.pulled = true;
				controller.error(new Error("the body was read"));
			},
		},
		{ highWaterMark: 0 },
	);
	return { stream, state };
}

async function sendDirect(request: Request) {
	const ctx = createExecutionContext();
	const response = await worker.fetch(request, env, ctx);
	await waitOnExecutionContext(ctx);
	return response;
}

describe("authentication comes before the body", () => {
	it("answers 401 to a caller without a valid key, whatever the body", async () => {
		const malformed = await call("POST", entities(), {
			token: null,
			raw: '{"slug": ',
			headers: { "Content-Type": "application/json" },
		});
		expectProblem(malformed, 401, "unauthenticated");
		const text = await call("POST", entities(), {
			token: null,
			raw: "hello",
			headers: { "Content-Type": "text/plain" },
		});
		expectProblem(text, 401, "unauthenticated");
		const huge = await call("POST", entities(), {
			token: null,
			raw: "x".repeat(2 * 1024 * 1024),
			headers: { "Content-Type": "application/json" },
		});
		expectProblem(huge, 401, "unauthenticated");
		const unknown = await call("PUT", `${entities()}/a`, {
			token: generateApiKey(),
			raw: "not json",
			headers: { "Content-Type": "application/json" },
		});
		expectProblem(unknown, 401, "invalid_api_key");
	});

	it("does not read the body of an unauthenticated request", async () => {
		for (const authorization of [null, "Bearer nope", `Bearer ${generateApiKey()}`]) {
			const { stream, state } = tripwireBody();
			const headers = new Headers({ "Content-Type": "application/json" });
			if (authorization) headers.set("Authorization", authorization);
			const request = new Request(`${BASE}${entities()}`, { method: "POST", headers, body: stream });
			const response = await sendDirect(request);
			expect(response.status, String(authorization)).toBe(401);
			expect(state.pulled, String(authorization)).toBe(false);
			expect(request.bodyUsed, String(authorization)).toBe(false);
		}
	});

	it("checks the body of an authenticated caller before validating it", async () => {
		const { key } = await createKey(project, { scopes: ["content.write"] });
		const json = { "Content-Type": "application/json" };
		expectProblem(
			await call("POST", entities(), { token: key, raw: '{"slug": ', headers: json }),
			400,
			"malformed_json",
		);
		const text = await call("POST", entities(), {
			token: key,
			raw: "{}",
			headers: { "Content-Type": "text/plain" },
		});
		expectProblem(text, 415, "unsupported_media_type");
		const big = await call("POST", entities(), {
			token: key,
			raw: "x".repeat(1024 * 1024 + 1),
			headers: json,
		});
		expectProblem(big, 413, "payload_too_large");
		const empty = await call("POST", entities(), { token: key, raw: "", headers: json });
		expectProblem(empty, 422, "validation_failed");
	});
});

describe("WWW-Authenticate (RFC 6750)", () => {
	it("challenges a request without credentials with the realm only", async () => {
		const none = await call("GET", entities(), { token: null });
		expectProblem(none, 401, "unauthenticated");
		expect(none.headers.get("WWW-Authenticate")).toBe(CHALLENGE);
		const basic = await call("GET", entities(), {
			token: null,
			headers: { Authorization: "Basic dXNlcjpwdw==" },
		});
		expectProblem(basic, 401, "unauthenticated");
		expect(basic.headers.get("WWW-Authenticate")).toBe(CHALLENGE);
	});

	it('adds error="invalid_token" for a malformed, unknown, revoked or expired key', async () => {
		const revoked = await createKey(project);
		expect((await call("DELETE", `/api/v1/admin/projects/${project}/keys/${revoked.id}`)).status).toBe(200);
		const expiresAt = new Date(Date.now() + 60_000).toISOString();
		const expired = await createKey(project, { expires_at: expiresAt });
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.parse(expiresAt) + 1);
		for (const token of ["folio_typo", "not-the-root-token", generateApiKey(), revoked.key, expired.key]) {
			const res = await call("GET", entities(), { token });
			expectProblem(res, 401, "invalid_api_key");
			expect(res.headers.get("WWW-Authenticate"), token).toBe(INVALID_TOKEN);
		}
	});
});

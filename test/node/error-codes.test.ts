import { describe, expect, expectTypeOf, it } from "vitest";
import { createApp } from "../../src/app";
import { ERROR_CODES, type ErrorCode, type ErrorCodeWithStatus, statusOf } from "../../src/lib/error-codes";
import { ApiError, unauthorized } from "../../src/lib/errors";

// That the source sends only codes of the table is tsc's job: ApiError takes an ErrorCode, derived
// from the table. docs.test.ts keeps docs/errors.md in step with the table.
describe("the error code table", () => {
	it("lists each code once", () => {
		const codes = ERROR_CODES.map((e) => e.code);
		expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
	});

	it.each(ERROR_CODES.map((e) => [e.code, e.status] as const))("sends %s with %i", (code, status) => {
		const problem = new ApiError(code, "detail").toProblem("req_1");
		expect(problem).toMatchObject({ status, code, type: `/docs#error-${code}`, detail: "detail" });
		expect(problem.title).not.toBe("Error");
	});

	it("refuses a code it does not list, to tsc and at run time", () => {
		// @ts-expect-error: not a code of the table
		expect(() => new ApiError("no_such_code", "detail")).toThrow(/no_such_code/);
		expectTypeOf<"no_such_code">().not.toExtend<ErrorCode>();
	});

	it("gives the 401 helper only codes documented as 401s", () => {
		expectTypeOf<Parameters<typeof unauthorized>[0]>().toEqualTypeOf<ErrorCodeWithStatus<401>>();
		expectTypeOf<"missing_scope">().not.toExtend<Parameters<typeof unauthorized>[0]>();
		for (const e of ERROR_CODES.filter((e) => e.status === 401)) {
			const error = unauthorized(e.code as ErrorCodeWithStatus<401>, "detail");
			expect(error.status).toBe(401);
			expect(error.headers["WWW-Authenticate"]).toBe('Bearer realm="folio"');
		}
		expect(statusOf("version_conflict")).toBe(412);
	});

	it("is the OpenAPI document's x-folio-error-codes", async () => {
		const res = await createApp().request("/api/v1/openapi.json", {}, { DB: {} });
		const doc = (await res.json()) as { "x-folio-error-codes": unknown };
		expect(doc["x-folio-error-codes"]).toEqual(
			ERROR_CODES.map(({ code, status, description }) => ({ code, status, description })),
		);
	});
});

import { describe, expect, it } from "vitest";
import { isConstraintFailure } from "../../src/db/errors";
import { fromBase64, fromBase64Url, hexToBase64, toBase64, toBase64Url } from "../../src/lib/base64";

describe("the one base64 codec", () => {
	it("matches RFC 4648's test vectors, padded and URL-safe", () => {
		const text = (s: string) => new TextEncoder().encode(s);
		expect(["", "f", "fo", "foo", "foob", "fooba", "foobar"].map((s) => toBase64(text(s)))).toEqual([
			"",
			"Zg==",
			"Zm8=",
			"Zm9v",
			"Zm9vYg==",
			"Zm9vYmE=",
			"Zm9vYmFy",
		]);
		expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
		expect([...fromBase64Url("-_8")]).toEqual([0xfb, 0xff]);
		expect([...fromBase64("Zm9v")]).toEqual([...text("foo")]);
		expect(hexToBase64("fbff00")).toBe("+/8A");
	});

	it("encodes more bytes than a spread into String.fromCharCode could take", () => {
		const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
		const decoded = fromBase64(toBase64(bytes));
		expect(decoded.length === bytes.length && decoded.every((b, i) => b === bytes[i])).toBe(true);
	});
});

describe("recognising D1 constraint failures", () => {
	const d1 = (text: string) => new Error(`D1_ERROR: ${text}: SQLITE_CONSTRAINT`);

	it("knows the kind and the column, also when the D1 error is wrapped", () => {
		const notNull = d1("NOT NULL constraint failed: entity_revisions.schema_version");
		expect(isConstraintFailure(notNull, "NOT NULL", "entity_revisions.schema_version")).toBe(true);
		expect(isConstraintFailure(notNull, "NOT NULL", "entity_revisions.schema")).toBe(false);
		expect(isConstraintFailure(notNull, "UNIQUE")).toBe(false);
		const unique = d1("UNIQUE constraint failed: schema_versions.project_id, schema_versions.schema_id");
		const wrapped = new Error("Failed query: insert into …", { cause: unique });
		expect(isConstraintFailure(wrapped, "UNIQUE")).toBe(true);
		expect(isConstraintFailure(wrapped, "UNIQUE", "schema_versions.schema_id")).toBe(true);
		expect(isConstraintFailure(new Error("network"), "UNIQUE")).toBe(false);
	});
});

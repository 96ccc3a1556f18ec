import { describe, expect, it } from "vitest";
import { Sha256 } from "../../src/lib/sha256";

const reference = async (bytes: Uint8Array) =>
	Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)), (b) =>
		b.toString(16).padStart(2, "0"),
	).join("");

describe("resumable SHA-256", () => {
	it("matches Web Crypto on the empty input and the FIPS examples", async () => {
		expect(new Sha256().hexDigest()).toBe(await reference(new Uint8Array()));
		expect(new Sha256().update("abc").hexDigest()).toBe(
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		);
	});

	it("matches Web Crypto on every length around the block and padding edges", async () => {
		for (let n = 0; n < 200; n++) {
			const bytes = crypto.getRandomValues(new Uint8Array(n));
			expect(new Sha256().update(bytes).hexDigest(), `length ${n}`).toBe(await reference(bytes));
		}
	});

	it("gives the same digest whatever the chunking, across save and restore", async () => {
		const bytes = crypto.getRandomValues(new Uint8Array(5000));
		let hash = new Sha256();
		let offset = 0;
		for (const size of [1, 63, 64, 65, 7, 1000, 128, 3000]) {
			hash.update(bytes.subarray(offset, offset + size));
			offset += size;
			hash = Sha256.restore(hash.save());
		}
		hash.update(bytes.subarray(offset));
		expect(hash.hexDigest()).toBe(await reference(bytes));
		expect(() => Sha256.restore("nonsense")).toThrow();
	});
});

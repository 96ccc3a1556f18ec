import { describe, expect, it } from "vitest";
import { FolioError } from "../../sdk/src/index.ts";
import { client, fakeFetch, json, problem } from "./sdk-helpers";

const older = "00000000-0000000a-00000000-00000000000000000000000000000000";
const newer = "00000000-0000000c-00000000-00000000000000000000000000000000";
const entity = { slug: "a", schema: "note", revision: 1, data: {} };

describe("X-Folio-Bookmark in the SDK", () => {
	it("sends nothing until the server answered one, then the newest it has seen", async () => {
		const { fetch, requests } = fakeFetch(
			() => json(entity, 200, { "X-Folio-Bookmark": newer }),
			() => json(entity, 200, { "X-Folio-Bookmark": older }),
			() => json(entity),
		);
		const folio = client(fetch);
		await folio.read.entity("p", "a");
		await folio.read.entity("p", "a");
		await folio.read.entity("p", "a");
		expect(requests.map((r) => r.headers.get("X-Folio-Bookmark"))).toEqual([null, newer, newer]);
		expect(folio.bookmark).toBe(newer);
	});

	it("takes one from an error answer too, and starts from the one given", async () => {
		const { fetch, requests } = fakeFetch(
			() => problem(404, "entity_not_found", {}, { "X-Folio-Bookmark": newer }),
			() => json(entity),
		);
		const folio = client(fetch, { bookmark: older });
		await expect(folio.read.entity("p", "a")).rejects.toBeInstanceOf(FolioError);
		await folio.read.entity("p", "a");
		expect(requests.map((r) => r.headers.get("X-Folio-Bookmark"))).toEqual([older, newer]);
	});

	it("ignores what is not a bookmark, and lets a caller's own header win", async () => {
		const { fetch, requests } = fakeFetch(
			() => json(entity, 200, { "X-Folio-Bookmark": "<script>" }),
			() => json(entity),
		);
		const folio = client(fetch);
		await folio.read.entity("p", "a");
		expect(folio.bookmark).toBeUndefined();
		await folio.read.entity("p", "a", {}, { headers: { "X-Folio-Bookmark": older } });
		expect(requests[1]?.headers.get("X-Folio-Bookmark")).toBe(older);
	});
});

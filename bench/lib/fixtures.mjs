// The Folio data every scenario needs, created through Folio's own admin API.
import { expectOk } from "./http.mjs";

const SCOPES = [
	"content.write",
	"schema.manage",
	"content.read",
	"snapshot.manage",
	"export.run",
	"webhook.manage",
];

const ARTICLE_SCHEMA = {
	type: "object",
	required: ["title"],
	properties: {
		title: { type: "string" },
		body: { type: "string" },
		tags: { type: "array", items: { type: "string" } },
	},
};

/**
 * Creates project `bench`, an API key with rate limits far above what the run can reach, and the
 * `article` schema. Returns the key's bearer secret.
 * @param {string} baseUrl
 * @param {string} rootToken
 * @returns {Promise<string>}
 */
export async function createFolioFixtures(baseUrl, rootToken) {
	const admin = `${baseUrl}/api/v1/admin/projects`;
	await expectOk("POST", admin, { token: rootToken, body: { id: "bench", name: "Bench" } });
	const unlimited = { burst: 100_000, per_second: 100_000 };
	const created = await expectOk("POST", `${admin}/bench/keys`, {
		token: rootToken,
		body: { name: "bench", scopes: SCOPES, rate_limit: { read: unlimited, write: unlimited } },
	});
	if (typeof created?.key !== "string") throw new Error("key creation answered without a `key` field");
	await expectOk("PUT", `${admin}/bench/schemas/article`, {
		token: created.key,
		body: { json_schema: ARTICLE_SCHEMA },
	});
	return created.key;
}

import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { projects } from "./projects";

export const apiKeys = sqliteTable(
	"api_keys",
	{
		id: text("id").primaryKey(),
		projectId: text("project_id")
			.notNull()
			.references(() => projects.id),
		name: text("name").notNull(),
		// The first characters of the newest secret, enough to recognise the key in a list.
		start: text("start").notNull(),
		scopes: text("scopes", { mode: "json" }).$type<string[]>().notNull(),
		// null: every schema of the project.
		schemas: text("schemas", { mode: "json" }).$type<string[] | null>(),
		rateLimit: text("rate_limit", { mode: "json" }).$type<Record<string, unknown> | null>(),
		requireSignature: integer("require_signature", { mode: "boolean" }).notNull().default(false),
		// Kept in clear because verifying an HMAC needs the secret itself; never returned after creation.
		signingSecret: text("signing_secret"),
		expiresAt: text("expires_at"),
		revokedAt: text("revoked_at"),
		lastUsedAt: text("last_used_at"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [index("api_keys_project_idx").on(t.projectId, t.createdAt)],
);

/**
 * The bearer secrets of a key, by SHA-256. A roll adds a row and gives the previous ones an end,
 * so both work during the overlap without touching the key's settings.
 */
export const apiKeySecrets = sqliteTable(
	"api_key_secrets",
	{
		hash: text("hash").primaryKey(),
		keyId: text("key_id")
			.notNull()
			.references(() => apiKeys.id),
		expiresAt: text("expires_at"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [index("api_key_secrets_key_idx").on(t.keyId)],
);

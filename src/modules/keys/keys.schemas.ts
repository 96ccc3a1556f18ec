import { z } from "@hono/zod-openapi";
import { ProjectParams, timestamp } from "../../lib/params";
import { SCOPES } from "../../lib/types";

const future = (value: string) => Date.parse(value) > Date.now();

const Bucket = z
	.object({
		burst: z.number().int().min(1).max(100_000),
		per_second: z.number().positive().max(100_000),
	})
	.strict();

const RateLimit = z
	.object({ read: Bucket.optional(), write: Bucket.optional() })
	.strict()
	.openapi("RateLimitOverride", { description: "Per-key overrides of the default buckets." });

export const CreateKey = z
	.object({
		name: z.string().trim().min(1).max(200).openapi({ example: "importer" }),
		scopes: z
			.array(z.enum(SCOPES))
			.min(1)
			.openapi({ example: ["content.write"] }),
		schemas: z
			.array(z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/))
			.min(1)
			.optional()
			.openapi({
				description:
					"Limit the key to entities of these schema ids, everywhere: entity sides and revisions, lists, batch, the read API (others are 404), the exports it starts and the webhook endpoints it creates (both record the limit). Omit for all.",
			}),
		expires_at: z.iso.datetime({ offset: true }).refine(future, "Must be in the future.").optional(),
		rate_limit: RateLimit.optional(),
		require_signature: z.boolean().optional().openapi({
			description: "Refuse requests without a valid RFC 9421 signature. Implies `with_signing_secret`.",
		}),
		with_signing_secret: z
			.boolean()
			.optional()
			.openapi({ description: "Issue a signing secret for optional request signing." }),
	})
	.strict()
	.refine((k) => !(k.require_signature && k.with_signing_secret === false), {
		message: "require_signature needs a signing secret.",
		path: ["with_signing_secret"],
	})
	.openapi("CreateKey");

export const ApiKey = z
	.object({
		id: z.string(),
		project: z.string(),
		name: z.string(),
		start: z
			.string()
			.openapi({ description: "First characters of the newest secret.", example: "folio_Ab3x" }),
		scopes: z.array(z.enum(SCOPES)),
		schemas: z.array(z.string()).nullable(),
		expires_at: timestamp.nullable(),
		rate_limit: RateLimit.nullable(),
		require_signature: z.boolean(),
		has_signing_secret: z.boolean(),
		created_at: timestamp,
		revoked_at: timestamp.nullable(),
		last_used_at: timestamp.nullable().openapi({ description: "Coarse: updated at most every 15 minutes." }),
	})
	.openapi("ApiKey");

export const CreatedKey = ApiKey.extend({
	key: z.string().openapi({
		description: "The secret. Shown only in this response.",
		example: "folio_4QzX8rT2mW9pL3nV7bK1cF5hJ0dG6sYaQ3e7Zk",
	}),
	signing_secret: z.string().optional().openapi({ description: "Shown only in this response." }),
}).openapi("CreatedApiKey");

export const RollKey = z
	.object({
		expires_at: z.iso.datetime({ offset: true }).optional().openapi({
			description:
				"When the previous secret stops working. Default: 24 h from now; a past time ends it at once.",
		}),
	})
	.strict()
	.openapi("RollKey");

export const RolledKey = ApiKey.extend({
	key: z.string().openapi({ description: "The new secret. Shown only in this response." }),
	previous_expires_at: timestamp,
}).openapi("RolledApiKey");

export const KeyParams = ProjectParams.extend({
	id: z
		.string()
		.max(64)
		.openapi({ param: { name: "id", in: "path" }, example: "key_67a1b2c3Nb5mV9cX3zL7kJ1h" }),
});

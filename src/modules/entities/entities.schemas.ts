import { z } from "@hono/zod-openapi";
import { ProjectParams, SLUG_PATTERN, timestamp } from "../../lib/params";
import { SCHEMA_ID_PATTERN } from "../schemas/schemas.schemas";

const slug = z
	.string()
	.regex(
		SLUG_PATTERN,
		"Use 1 to 128 lowercase letters, digits, dots, dashes and underscores, starting with a letter or digit.",
	)
	.openapi({ example: "hello-world" });
const schemaId = z.string().regex(SCHEMA_ID_PATTERN).openapi({ example: "article" });
const message = z.string().trim().min(1).max(1000).openapi({ example: "Fix typo" });
// z.unknown() is required at runtime but shown as optional in the document; nonoptional says both.
const data = z
	.unknown()
	.nonoptional("`data` is required: the entity's JSON.")
	.openapi({ description: "The entity's JSON, validated against its schema.", example: { title: "Hello" } });

export const EntityParams = ProjectParams.extend({
	slug: slug.openapi({ param: { name: "slug", in: "path" } }),
});

/** RFC 9110 §8.8.3: `*`, or a list of entity tags, each quoted (`"3"`), weak ones prefixed `W/`. */
const ENTITY_TAG_LIST = /^\s*(?:\*|(?:W\/)?"[\x21\x23-\x7e]*"(?:\s*,\s*(?:W\/)?"[\x21\x23-\x7e]*")*)\s*$/;

export const PreconditionHeaders = z.object({
	// Unquoted `3` is not an entity tag: refusing it says how to write one, where matching nothing
	// would answer 412 as if the revision had moved.
	"if-match": z
		.string()
		.max(200)
		.regex(
			ENTITY_TAG_LIST,
			'Entity tags are quoted: send `If-Match: "3"` (or a list such as `"3", "4"`, or `*`).',
		)
		.optional()
		.openapi({ description: 'Strong ETag, e.g. `"3"`: write only at that revision.', example: '"3"' }),
});

export const PutPreconditionHeaders = PreconditionHeaders.extend({
	"if-none-match": z.literal("*").optional().openapi({ description: "`*`: create only." }),
});

export const CreateEntity = z
	.object({
		schema: schemaId,
		data,
		slug: slug.optional().openapi({ description: "Generated when omitted." }),
	})
	.strict()
	.openapi("CreateEntity");

export const PutEntity = z
	.object({
		data,
		schema: schemaId
			.optional()
			.openapi({ description: "Required when creating; changing it moves the entity." }),
		mode: z.enum(["draft", "commit"]).default("draft"),
		message: message.optional().openapi({ description: "Required with `mode: commit`." }),
	})
	.strict()
	.refine((b) => b.mode !== "commit" || b.message !== undefined, {
		message: "A commit needs a message.",
		path: ["message"],
	})
	.openapi("PutEntity");

export const CommitEntity = z.object({ message }).strict().openapi("CommitEntity");

export const DeleteEntity = z
	.object({ message: message.optional() })
	.strict()
	.openapi("DeleteEntity", { description: "Optional body." });

const ifMatch = z
	.number()
	.int()
	.min(1)
	.max(Number.MAX_SAFE_INTEGER)
	.optional()
	.openapi({ description: "The revision the entity must be at." });

export const BatchOperation = z.discriminatedUnion("op", [
	z.object({ op: z.literal("create"), slug, schema: schemaId, data }).strict(),
	z
		.object({
			op: z.literal("update"),
			slug,
			schema: schemaId.optional(),
			data,
			mode: z.enum(["draft", "commit"]).default("draft"),
			message: message.optional(),
			if_match: ifMatch,
		})
		.strict()
		.refine((b) => b.mode !== "commit" || b.message !== undefined, {
			message: "A commit needs a message.",
			path: ["message"],
		}),
	z.object({ op: z.literal("commit"), slug, message, if_match: ifMatch }).strict(),
	z.object({ op: z.literal("delete"), slug, message: message.optional(), if_match: ifMatch }).strict(),
]);

export const Batch = z
	.object({ operations: z.array(BatchOperation).min(1).max(100) })
	.strict()
	.openapi("Batch");

export const Entity = z
	.object({
		slug: z.string(),
		schema: z.string(),
		revision: z.number().int(),
		status: z.enum(["draft", "committed", "modified", "deleted"]),
		committed: z
			.object({
				revision: z.number().int(),
				data: z.unknown(),
				message: z.string(),
				committed_at: timestamp,
				committed_by: z.string(),
			})
			.nullable(),
		draft: z
			.object({
				revision: z.number().int(),
				data: z.unknown(),
				updated_at: timestamp,
				updated_by: z.string(),
			})
			.nullable(),
		created_at: timestamp,
		updated_at: timestamp,
	})
	.openapi("Entity", {
		description:
			"To a key limited to some schemas, a side (draft or committed) of another schema is not shown: the entity looks as if it had only the other side (`status` `draft` or `committed`, `revision` and `ETag` that side's). Such an entity is read-only to the key (403 `schema_forbidden`).",
	});

export const DryRunEntity = z
	.object({ dry_run: z.literal(true), valid: z.literal(true), entity: Entity })
	.openapi("DryRunEntity");

export const BatchResult = z
	.object({
		dry_run: z.boolean().optional(),
		valid: z.boolean().optional(),
		results: z.array(z.object({ index: z.number().int(), op: z.string(), entity: Entity })),
	})
	.openapi("BatchResult");

export const BatchResultMinimal = z
	.object({
		dry_run: z.boolean().optional(),
		valid: z.boolean().optional(),
		results: z.array(
			z.object({
				index: z.number().int(),
				op: z.string(),
				slug: z.string(),
				schema: z.string(),
				revision: z.number().int(),
				status: z.enum(["draft", "committed", "modified", "deleted"]),
			}),
		),
	})
	.openapi("BatchResultMinimal", { description: "With `Prefer: return=minimal`: no entity data." });

export const PreferHeader = z.object({
	prefer: z.string().optional().openapi({
		description:
			"`return=minimal` (RFC 7240): each result names the entity and its revision without its data. Answers carry `Preference-Applied`.",
		example: "return=minimal",
	}),
});

export const Revision = z
	.object({
		revision: z.number().int(),
		kind: z.enum(["draft", "commit", "delete"]),
		schema: z.string(),
		schema_version: z.number().int(),
		data: z.unknown(),
		message: z.string().nullable(),
		author: z.string(),
		created_at: timestamp,
	})
	.openapi("Revision");

export const ListEntitiesQuery = z.object({
	schema: schemaId.optional(),
	status: z.enum(["draft", "committed", "modified", "deleted"]).optional(),
});

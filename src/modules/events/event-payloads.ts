import { z } from "@hono/zod-openapi";
import { log } from "../../lib/log";
import { timestamp } from "../../lib/params";

/**
 * The events Folio POSTs to webhook endpoints (and keeps in the outbox): one definition, which
 * both documents them (the OpenAPI document's `webhooks`) and builds them, so a payload cannot
 * drift from what receivers are told to expect.
 */
const envelope = <K extends string, T extends z.ZodRawShape>(type: K, data: T) =>
	z.object({
		id: z.string().openapi({
			description: "The event id (the same for every endpoint).",
			example: "evt_67a1b2c3Lm4nP8qR2sT6vW9x",
		}),
		type: z.literal(type),
		timestamp,
		project: z.string(),
		data: z.object(data),
	});

const EntityRef = { slug: z.string(), schema: z.string(), revision: z.number().int() };

export const EVENTS = {
	"entity.committed": envelope("entity.committed", {
		entity: z.object({
			...EntityRef,
			// Any JSON value its schema allows: a schema may accept arrays or scalars at the top.
			data: z.unknown().openapi({ description: "The committed data." }),
			message: z.string().nullable(),
			committed_at: timestamp,
			committed_by: z.string().openapi({ description: "Key id, or `root`." }),
		}),
	}),
	"entity.deleted": envelope("entity.deleted", {
		entity: z.object({ ...EntityRef, deleted_at: timestamp, message: z.string().nullable() }),
	}),
	"snapshot.published": envelope("snapshot.published", {
		snapshot: z.object({
			id: z.string(),
			entity_count: z.number().int(),
			content_hash: z.string(),
			published_at: timestamp,
		}),
		reason: z.enum(["build", "promote"]).openapi({
			description:
				"`build`: a build finished and published it; `promote`: an admin made this already published snapshot `latest` (a rollback, or forward again).",
		}),
	}),
	"export.completed": envelope("export.completed", {
		export: z.object({
			id: z.string(),
			snapshot_id: z.string(),
			entity_count: z.number().int(),
			bytes: z.number().int(),
			sha256: z.string(),
			completed_at: timestamp,
		}),
	}),
	"webhook.test": envelope("webhook.test", { webhook: z.object({ id: z.string(), url: z.string() }) }),
};

export type EventType = keyof typeof EVENTS;
export type EventPayload<T extends EventType = EventType> = z.infer<(typeof EVENTS)[T]>;
export interface Envelope {
	id: string;
	timestamp: string;
	project: string;
}

/** The documented schema with every object closed, so a field the document lacks is caught too. */
function closed(schema: z.ZodType): z.ZodType {
	if (!(schema instanceof z.ZodObject)) return schema;
	const shape = Object.entries(schema.shape as Record<string, z.ZodType>);
	return z.strictObject(Object.fromEntries(shape.map(([key, value]) => [key, closed(value)])));
}
const CHECKS = Object.fromEntries(
	Object.entries(EVENTS).map(([type, schema]) => [type, closed(schema)]),
) as Record<EventType, z.ZodType>;

/** Where a payload departs from its documented schema (empty when it matches). */
export function payloadProblems(payload: { type: string }): string[] {
	const check = CHECKS[payload.type as EventType];
	if (!check) return [`unknown event type ${payload.type}`];
	const result = check.safeParse(payload);
	return result.success ? [] : result.error.issues.map((i) => `/${i.path.join("/")}: ${i.message}`);
}

/**
 * An event's payload, typed from its schema and checked against it. A payload that does not match
 * is a bug of ours: it is logged as an error (type and paths, never the data) and still written,
 * because the write it belongs to has passed every check and is committing; refusing it would
 * answer valid input with a 500, and dropping the event would lose it for every receiver.
 */
export function eventPayload<T extends EventType>(
	type: T,
	{ id, timestamp, project }: Envelope,
	data: EventPayload<T>["data"],
): EventPayload<T> {
	const payload = { id, type, timestamp, project, data } as EventPayload<T>;
	const problems = payloadProblems(payload);
	if (problems.length > 0) {
		log("error", "event payload does not match its documented schema", { type, id, problems });
	}
	return payload;
}

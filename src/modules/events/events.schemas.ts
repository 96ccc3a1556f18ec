import { z } from "@hono/zod-openapi";
import { ProjectParams } from "../../lib/params";
import { EVENTS } from "./event-payloads";
import { FEED_TYPES } from "./events-feed";

export const FeedQuery = z.object({
	cursor: z.string().max(512).optional().openapi({
		description:
			"Where to continue: a `next_cursor` of this feed, or `now` (after the newest event; the answer's `next_cursor` is a real cursor). Absent: from the oldest retained event.",
	}),
	types: z
		.string()
		.max(500)
		.optional()
		.superRefine((value, ctx) => {
			const unknown = (value ?? "").split(",").filter((t) => !(FEED_TYPES as string[]).includes(t.trim()));
			if (value !== undefined && unknown.length > 0) {
				ctx.addIssue({
					code: "custom",
					message: `Unknown event type ${unknown.map((t) => JSON.stringify(t)).join(", ")}; one of ${FEED_TYPES.join(", ")}.`,
				});
			}
		})
		.openapi({
			description: `Only these event types, comma-separated (${FEED_TYPES.map((t) => `\`${t}\``).join(", ")}).`,
			example: "entity.committed,entity.deleted",
		}),
	limit: z.coerce.number().int().min(1).max(500).default(100).openapi({ description: "Page size, 1-500." }),
	wait: z.coerce.number().int().min(1).max(25).optional().openapi({
		description:
			"Long poll: when nothing is new, hold the request up to this many seconds and answer as soon as an event arrives.",
	}),
});

export const FeedHeaders = z.object({
	"if-none-match": z.string().max(1000).optional().openapi({
		description: "The `ETag` of the last feed answer: 304 (which costs no read token) while nothing is new.",
	}),
});

export const EventParams = ProjectParams.extend({
	id: z
		.string()
		.regex(/^evt_[A-Za-z0-9]{1,64}$/)
		.openapi({ param: { name: "id", in: "path" }, example: "evt_67a1b2c3Lm4nP8qR2sT6vW9x" }),
});

const feedTypes = FEED_TYPES.map((type) => EVENTS[type]);
export const FeedEvent = z
	.union(feedTypes as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
	.openapi("FeedEvent", {
		description: "Exactly the body a webhook delivery of this event carries (see `webhooks`).",
	});

export const FeedPage = z
	.object({
		data: z.array(FeedEvent),
		next_cursor: z.string().openapi({
			description:
				"Never null: the position after this page (the cursor sent, when nothing is new). Resume from it.",
		}),
	})
	.openapi("FeedPage");

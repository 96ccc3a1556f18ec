import { defineRoute, jsonContent } from "../../openapi/define-route";
import { EventParams, FeedEvent, FeedHeaders, FeedPage, FeedQuery } from "./events.schemas";

const READ = { scope: "events.read", bucket: "read" } as const;
const base = "/api/v1/admin/projects/{project}/events";
const tags = ["Events"];

const pollHeaders = {
	ETag: {
		schema: { type: "string" as const },
		description: "The feed position after this answer (and the filters): send it as `If-None-Match`.",
	},
	"X-Poll-Interval": {
		schema: { type: "string" as const, pattern: "^\\d+$" },
		description:
			"Seconds to wait before the next request: `0` when more events are waiting or after a long poll, else 5.",
	},
};

export const listEventsRoute = defineRoute(
	{ ...READ, freeNotModified: true },
	{
		operationId: "listEvents",
		method: "get",
		path: base,
		tags,
		summary: "The project's events, oldest first",
		description:
			"Every event the outbox records (`webhook.test` aside), each exactly the body its webhook delivery carries, in commit order after `cursor`. A poller that keeps resuming from `next_cursor` sees every event once, however many writers commit at once. Schema-limited keys see only entity events of their schemas; `snapshot.*` and `export.*` events are visible to every key. With `wait`, an empty answer is held until an event arrives or the wait ends. `If-None-Match` with the last `ETag` answers 304 while nothing is new, and a 304 spends nothing from the read bucket. A cursor whose next events are past retention (`FOLIO_EVENT_RETENTION_DAYS`) is 410 `cursor_expired`.",
		request: { params: EventParams.pick({ project: true }), query: FeedQuery, headers: FeedHeaders },
		responses: {
			200: {
				...jsonContent(FeedPage, "A page of events; `next_cursor` is never null."),
				headers: pollHeaders,
			},
			304: { description: "Nothing new since the `ETag` sent; costs no read token.", headers: pollHeaders },
		},
	},
	[410],
);

export const getEventRoute = defineRoute(READ, {
	operationId: "getEvent",
	method: "get",
	path: `${base}/{id}`,
	tags,
	summary: "One event",
	description:
		"An event of the feed by id, exactly as its webhook delivery carries it. An event a schema-limited key may not see, a `webhook.test`, or one past retention answers 404 `event_not_found`.",
	request: { params: EventParams },
	responses: { 200: jsonContent(FeedEvent, "The event.") },
});

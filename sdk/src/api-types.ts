// generated, do not edit: `npm run sdk:types` rebuilds this file from sdk/openapi.json.
// biome-ignore-all lint: generated code follows openapi-typescript's conventions.
export interface paths {
	"/api/v1/admin/projects": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List projects
		 * @description List projects.
		 *
		 *     The root token only.
		 */
		get: operations["listProjects"];
		put?: never;
		/**
		 * Create a project
		 * @description Create a project.
		 *
		 *     The root token only.
		 */
		post: operations["createProject"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/batch": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Apply up to 100 operations atomically
		 * @description All or nothing, in one D1 batch. A refusal names the operation (`operation_index`) and points into it (`/operations/2/data/title`).
		 *
		 *     Needs `content.write` (or the root token).
		 */
		post: operations["batchEntities"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/deliveries/{delivery_id}/redeliver": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Deliver again now
		 * @description Same delivery id, so the same `webhook-id`. A finished delivery gets one more attempt; a pending one has its next attempt brought forward.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		post: operations["redeliverById"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/entities": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List entities
		 * @description For a schema-limited key, only entities it sees something of, as it sees them; `schema` and `status` filter that view.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		get: operations["listEntities"];
		put?: never;
		/**
		 * Create a draft
		 * @description Create a draft.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		post: operations["createEntity"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/entities/{slug}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Get an entity
		 * @description A key limited to some schemas sees only the sides of its schemas (see the `Entity` schema); an entity it sees nothing of is 403 `schema_forbidden`.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		get: operations["getEntity"];
		/**
		 * Create or update an entity
		 * @description `mode: draft` (default) saves a draft; `mode: commit` commits at once and needs `message`.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		put: operations["putEntity"];
		post?: never;
		/**
		 * Delete an entity
		 * @description Commits a tombstone: the entity leaves the next snapshot; its history stays.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		delete: operations["deleteEntity"];
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/entities/{slug}/commit": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Commit the draft
		 * @description Commit the draft.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		post: operations["commitEntity"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/entities/{slug}/revisions": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List an entity's revisions
		 * @description For a schema-limited key, revisions of other schemas are left out.
		 *
		 *     Needs `content.write` (or the root token).
		 */
		get: operations["listRevisions"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/events": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The project's events, oldest first
		 * @description Every event the outbox records (`webhook.test` aside), each exactly the body its webhook delivery carries, in commit order after `cursor`. A poller that keeps resuming from `next_cursor` sees every event once, however many writers commit at once. Schema-limited keys see only entity events of their schemas; `snapshot.*` and `export.*` events are visible to every key. With `wait`, an empty answer is held until an event arrives or the wait ends. `If-None-Match` with the last `ETag` answers 304 while nothing is new, and a 304 spends nothing from the read bucket. A cursor whose next events are past retention (`FOLIO_EVENT_RETENTION_DAYS`) is 410 `cursor_expired`.
		 *
		 *     Needs `events.read` (or the root token).
		 */
		get: operations["listEvents"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/events/{id}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * One event
		 * @description An event of the feed by id, exactly as its webhook delivery carries it. An event a schema-limited key may not see, a `webhook.test`, or one past retention answers 404 `event_not_found`.
		 *
		 *     Needs `events.read` (or the root token).
		 */
		get: operations["getEvent"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/exports": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List export jobs
		 * @description List export jobs.
		 *
		 *     Needs `export.run` (or the root token).
		 */
		get: operations["listExports"];
		put?: never;
		/**
		 * Export a snapshot as NDJSON
		 * @description Queues a job that writes the snapshot to R2, one `{ slug, schema, data }` object per line in slug order. Poll `Location` until `completed`, then download. Completion emits `export.completed`.
		 *
		 *     Needs `export.run` (or the root token).
		 */
		post: operations["createExport"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/exports/{id}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Get an export job
		 * @description Get an export job.
		 *
		 *     Needs `export.run` (or the root token).
		 */
		get: operations["getExport"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/exports/{id}/download": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Download an export's NDJSON file
		 * @description Streamed from R2. `Repr-Digest` (RFC 9530) and `ETag` carry the SHA-256 the job recorded; check it after download.
		 *
		 *     Needs `export.run` (or the root token).
		 */
		get: operations["downloadExport"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/keys": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List API keys
		 * @description List API keys.
		 *
		 *     The root token only.
		 */
		get: operations["listKeys"];
		put?: never;
		/**
		 * Create an API key
		 * @description The key (and signing secret, if any) appear in this response only; D1 keeps a SHA-256.
		 *
		 *     The root token only.
		 */
		post: operations["createKey"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/keys/{id}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		post?: never;
		/**
		 * Revoke an API key
		 * @description Effective at once in the isolate that serves it and within 30 s everywhere else.
		 *
		 *     The root token only.
		 */
		delete: operations["revokeKey"];
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/keys/{id}/roll": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Roll an API key's secret
		 * @description Issues a new secret. The previous secret keeps working until `expires_at` (default 24 h).
		 *
		 *     The root token only.
		 */
		post: operations["rollKey"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/notifications": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Admin notifications
		 * @description Deliveries that failed for good, endpoints that were disabled, snapshot builds that failed. Newest first.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		get: operations["listNotifications"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/schemas": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List schemas
		 * @description List schemas.
		 *
		 *     Needs `schema.manage` (or the root token).
		 */
		get: operations["listSchemas"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/schemas/{schema}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Get a schema
		 * @description Get a schema.
		 *
		 *     Needs `schema.manage` (or the root token).
		 */
		get: operations["getSchema"];
		/**
		 * Create or update a schema
		 * @description Validates `json_schema` against the JSON Schema 2020-12 meta-schema, and refuses what Folio will not run in bounded time: nesting over 64 levels, patterns RE2 cannot run (backreferences, lookaround), a `$ref` that points outside the schema or loops. Each change adds a version; a PUT that changes nothing returns the current version.
		 *
		 *     Needs `schema.manage` (or the root token).
		 */
		put: operations["putSchema"];
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/snapshots": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List snapshots and their build jobs
		 * @description List snapshots and their build jobs.
		 *
		 *     Needs `snapshot.manage` (or the root token).
		 */
		get: operations["listSnapshots"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/snapshots/{snapshot}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Get a snapshot and its build state
		 * @description Get a snapshot and its build state.
		 *
		 *     Needs `snapshot.manage` (or the root token).
		 */
		get: operations["getSnapshot"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/snapshots/{snapshot}/promote": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Make a published snapshot latest (rollback)
		 * @description Moves `latest` to this published snapshot at once, older or newer than the current one, and writes `snapshot.published` with `data.reason: "promote"`. With `If-Match` it moves only if `latest` is still that id (412 `version_conflict` with `current_latest_id` otherwise). A snapshot not published answers 409 `snapshot_not_published`. Promoting the snapshot that is already `latest` changes nothing and writes no event. A build already running when you promote publishes without becoming `latest`; a regenerate requested afterwards builds from the current entities and becomes `latest` as usual.
		 *
		 *     Needs `snapshot.manage` (or the root token).
		 */
		post: operations["promoteSnapshot"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/snapshots/regenerate": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Queue a snapshot rebuild
		 * @description Queues a build of every committed, non-deleted entity as it stands when the build starts. While a rebuild is queued and not started, further calls return that same job. The job id is the snapshot id; poll `Location` until `published` (or `failed`).
		 *
		 *     Needs `snapshot.manage` (or the root token).
		 */
		post: operations["regenerateSnapshot"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * List webhook endpoints
		 * @description List webhook endpoints.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		get: operations["listWebhooks"];
		put?: never;
		/**
		 * Register a webhook endpoint
		 * @description The signing secret appears in this response only. Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). At most 20 endpoints per project.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		post: operations["createWebhook"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks/{id}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Get a webhook endpoint
		 * @description Get a webhook endpoint.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		get: operations["getWebhook"];
		put?: never;
		post?: never;
		/**
		 * Remove a webhook endpoint
		 * @description Removes the endpoint, its secrets and its delivery log. Pending deliveries are dropped.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		delete: operations["deleteWebhook"];
		options?: never;
		head?: never;
		/**
		 * Change a webhook endpoint
		 * @description Change its URL, events, description, or enable / disable it. Fields left out stay as they are.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		patch: operations["updateWebhook"];
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks/{id}/deliveries": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * An endpoint's delivery log
		 * @description Newest first, each delivery with its attempts (time, status code, duration, error, response).
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		get: operations["listDeliveries"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks/{id}/deliveries/{delivery_id}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Get one delivery with its attempts
		 * @description Get one delivery with its attempts.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		get: operations["getDelivery"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Deliver again now
		 * @description Same delivery id, so the same `webhook-id`. A finished delivery gets one more attempt; a pending one has its next attempt brought forward.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		post: operations["redeliver"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks/{id}/rotate-secret": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Rotate an endpoint's signing secret
		 * @description Issues a new secret. For 24 h every attempt carries one `v1,` signature per secret, so receivers can switch at leisure.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		post: operations["rotateWebhookSecret"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/admin/projects/{project}/webhooks/{id}/test": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Send a `webhook.test` event to this endpoint
		 * @description Send a `webhook.test` event to this endpoint.
		 *
		 *     Needs `webhook.manage` (or the root token).
		 */
		post: operations["testWebhook"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/health": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Health
		 * @description No authentication. Reports whether D1 answers and the configuration is valid.
		 */
		get: operations["getHealth"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/projects/{project}/snapshots/{snapshot}/changes": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Changes between two snapshots
		 * @description The entities that differ between `since` and this snapshot, by slug: `added`, `changed` (schema or data differs) or `removed`. Applying them to a copy of `since` gives this snapshot. Either order works. A limited key sees the two snapshots as it reads them: an entity moved into one of its schemas is `added`, one moved out is `removed`. The cost follows the number of revisions written between the two builds, not the project's size.
		 *
		 *     Needs `content.read` (or the root token).
		 */
		get: operations["readSnapshotChanges"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/projects/{project}/snapshots/{snapshot}/entities": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Entities in a snapshot
		 * @description Committed entities as they were when the snapshot was built, by slug. Drafts never appear, nor entities of schemas a limited key may not read.
		 *
		 *     Needs `content.read` (or the root token).
		 */
		get: operations["readSnapshotEntities"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/projects/{project}/snapshots/{snapshot}/entities/{slug}": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * One entity in a snapshot
		 * @description An entity of a schema the key is not limited to answers 404 `entity_not_found`, exactly like a slug the snapshot lacks.
		 *
		 *     Needs `content.read` (or the root token).
		 */
		get: operations["readSnapshotEntity"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v1/projects/{project}/snapshots/latest": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The latest published snapshot
		 * @description The latest published snapshot.
		 *
		 *     Needs `content.read` (or the root token).
		 */
		get: operations["readLatestSnapshot"];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
}
export interface webhooks {
	"entity.committed": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * `entity.committed`
		 * @description Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.
		 */
		post: operations["entityCommittedEvent"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"entity.deleted": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * `entity.deleted`
		 * @description Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.
		 */
		post: operations["entityDeletedEvent"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"export.completed": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * `export.completed`
		 * @description Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.
		 */
		post: operations["exportCompletedEvent"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"snapshot.published": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * `snapshot.published`
		 * @description Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.
		 */
		post: operations["snapshotPublishedEvent"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"webhook.test": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * `webhook.test`
		 * @description Signed per Standard Webhooks. Answer 2xx within 15 s; anything else is retried on the schedule, 410 disables the endpoint, redirects are not followed.
		 */
		post: operations["webhookTestEvent"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
}
export interface components {
	schemas: {
		ApiKey: {
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			expires_at: string | null;
			has_signing_secret: boolean;
			id: string;
			/**
			 * Format: date-time
			 * @description Coarse: updated at most every 15 minutes.
			 * @example 2026-11-27T10:00:00.000Z
			 */
			last_used_at: string | null;
			name: string;
			project: string;
			rate_limit: components["schemas"]["RateLimitOverride"];
			require_signature: boolean;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			revoked_at: string | null;
			schemas: string[] | null;
			scopes: (
				| "content.read"
				| "content.write"
				| "schema.manage"
				| "snapshot.manage"
				| "export.run"
				| "webhook.manage"
				| "events.read"
			)[];
			/**
			 * @description First characters of the newest secret.
			 * @example folio_Ab3x
			 */
			start: string;
		};
		Batch: {
			operations: (
				| {
						/**
						 * @description The entity's JSON, validated against its schema.
						 * @example {
						 *       "title": "Hello"
						 *     }
						 */
						data: unknown;
						/** @enum {string} */
						op: "create";
						/** @example article */
						schema: string;
						/** @example hello-world */
						slug: string;
				  }
				| {
						/**
						 * @description The entity's JSON, validated against its schema.
						 * @example {
						 *       "title": "Hello"
						 *     }
						 */
						data: unknown;
						/** @description The revision the entity must be at. */
						if_match?: number;
						/** @example Fix typo */
						message?: string;
						/**
						 * @default draft
						 * @enum {string}
						 */
						mode?: "draft" | "commit";
						/** @enum {string} */
						op: "update";
						/** @example article */
						schema?: string;
						/** @example hello-world */
						slug: string;
				  }
				| {
						/** @description The revision the entity must be at. */
						if_match?: number;
						/** @example Fix typo */
						message: string;
						/** @enum {string} */
						op: "commit";
						/** @example hello-world */
						slug: string;
				  }
				| {
						/** @description The revision the entity must be at. */
						if_match?: number;
						/** @example Fix typo */
						message?: string;
						/** @enum {string} */
						op: "delete";
						/** @example hello-world */
						slug: string;
				  }
			)[];
		};
		BatchResult: {
			dry_run?: boolean;
			results: {
				entity: components["schemas"]["Entity"];
				index: number;
				op: string;
			}[];
			valid?: boolean;
		};
		/** @description With `Prefer: return=minimal`: no entity data. */
		BatchResultMinimal: {
			dry_run?: boolean;
			results: {
				index: number;
				op: string;
				revision: number;
				schema: string;
				slug: string;
				/** @enum {string} */
				status: "draft" | "committed" | "modified" | "deleted";
			}[];
			valid?: boolean;
		};
		CommitEntity: {
			/** @example Fix typo */
			message: string;
		};
		CreatedApiKey: components["schemas"]["ApiKey"] & {
			/**
			 * @description The secret. Shown only in this response.
			 * @example folio_4QzX8rT2mW9pL3nV7bK1cF5hJ0dG6sYaQ3e7Zk
			 */
			key: string;
			/** @description Shown only in this response. */
			signing_secret?: string;
		};
		CreatedWebhook: components["schemas"]["Webhook"] & {
			/**
			 * @description Signing secret (Standard Webhooks). Shown only in this response.
			 * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
			 */
			secret: string;
		};
		CreateEntity: {
			/**
			 * @description The entity's JSON, validated against its schema.
			 * @example {
			 *       "title": "Hello"
			 *     }
			 */
			data: unknown;
			/** @example article */
			schema: string;
			/**
			 * @description Generated when omitted.
			 * @example hello-world
			 */
			slug?: string;
		};
		CreateExport: {
			/**
			 * @description A published snapshot's id, or `latest` (the default): the project's latest snapshot now.
			 * @default latest
			 * @example latest
			 */
			snapshot?: string;
		};
		CreateKey: {
			/** Format: date-time */
			expires_at?: string;
			/** @example importer */
			name: string;
			rate_limit?: components["schemas"]["RateLimitOverride"];
			/** @description Refuse requests without a valid RFC 9421 signature. Implies `with_signing_secret`. */
			require_signature?: boolean;
			/** @description Limit the key to entities of these schema ids, everywhere: entity sides and revisions, lists, batch, the read API (others are 404), the exports it starts and the webhook endpoints it creates (both record the limit). Omit for all. */
			schemas?: string[];
			/**
			 * @example [
			 *       "content.write"
			 *     ]
			 */
			scopes: (
				| "content.read"
				| "content.write"
				| "schema.manage"
				| "snapshot.manage"
				| "export.run"
				| "webhook.manage"
				| "events.read"
			)[];
			/** @description Issue a signing secret for optional request signing. */
			with_signing_secret?: boolean;
		};
		CreateProject: {
			/** @example acme */
			id: string;
			/** @example Acme Inc. */
			name: string;
		};
		CreateWebhook: {
			description?: string;
			/**
			 * @description Event types to receive, each at most once, or `["*"]` (alone) for all.
			 * @example [
			 *       "entity.committed"
			 *     ]
			 */
			events: ("entity.committed" | "entity.deleted" | "snapshot.published" | "export.completed" | "*")[];
			/**
			 * @description https URL on the public internet. `http://localhost:<port>` and `http://127.0.0.1:<port>` only when `FOLIO_WEBHOOK_ALLOW_LOCALHOST=true`.
			 * @example https://hooks.example.com/folio
			 */
			url: string;
		};
		/** @description Optional body. */
		DeleteEntity: {
			/** @example Fix typo */
			message?: string;
		};
		Delivery: {
			attempts: components["schemas"]["DeliveryAttempt"][];
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			event_id: string;
			event_type: string;
			/** @description The `webhook-id` header of every attempt. */
			id: string;
			last_error: string | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			next_attempt_at: string | null;
			/** @enum {string} */
			state: "pending" | "succeeded" | "failed";
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			updated_at: string;
			webhook: string;
		};
		DeliveryAttempt: {
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			attempted_at: string;
			duration_ms: number | null;
			error: string | null;
			number: number;
			/** @description The first 1 KB of the response body. */
			response: string | null;
			status_code: number | null;
		};
		DryRunEntity: {
			/** @enum {boolean} */
			dry_run: true;
			entity: components["schemas"]["Entity"];
			/** @enum {boolean} */
			valid: true;
		};
		/** @description To a key limited to some schemas, a side (draft or committed) of another schema is not shown: the entity looks as if it had only the other side (`status` `draft` or `committed`, `revision` and `ETag` that side's). Such an entity is read-only to the key (403 `schema_forbidden`). */
		Entity: {
			committed: {
				/**
				 * Format: date-time
				 * @example 2026-11-27T10:00:00.000Z
				 */
				committed_at: string;
				committed_by: string;
				data?: unknown;
				message: string;
				revision: number;
			} | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			draft: {
				data?: unknown;
				revision: number;
				/**
				 * Format: date-time
				 * @example 2026-11-27T10:00:00.000Z
				 */
				updated_at: string;
				updated_by: string;
			} | null;
			revision: number;
			schema: string;
			slug: string;
			/** @enum {string} */
			status: "draft" | "committed" | "modified" | "deleted";
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			updated_at: string;
		};
		Export: {
			bytes: number | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			completed_at: string | null;
			/** @description Where the file is, once completed. */
			download_url: string | null;
			entity_count: number | null;
			error: string | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			failed_at: string | null;
			id: string;
			project: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			requested_at: string;
			/** @description Started by a key limited to these schemas: the file holds only their entities. `null`: every schema. A limited key sees (lists, reads, downloads) only exports whose `schemas` lie within its own; others answer 404. */
			schemas: string[] | null;
			/** @description Hex SHA-256 of the file, once completed. */
			sha256: string | null;
			snapshot_id: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			started_at: string | null;
			/** @enum {string} */
			status: "queued" | "running" | "completed" | "failed";
		};
		/** @description Exactly the body a webhook delivery of this event carries (see `webhooks`). */
		FeedEvent:
			| {
					data: {
						entity: {
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							committed_at: string;
							/** @description Key id, or `root`. */
							committed_by: string;
							/** @description The committed data. */
							data?: unknown;
							message: string | null;
							revision: number;
							schema: string;
							slug: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "entity.committed";
			  }
			| {
					data: {
						entity: {
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							deleted_at: string;
							message: string | null;
							revision: number;
							schema: string;
							slug: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "entity.deleted";
			  }
			| {
					data: {
						/**
						 * @description `build`: a build finished and published it; `promote`: an admin made this already published snapshot `latest` (a rollback, or forward again).
						 * @enum {string}
						 */
						reason: "build" | "promote";
						snapshot: {
							content_hash: string;
							entity_count: number;
							id: string;
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							published_at: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "snapshot.published";
			  }
			| {
					data: {
						export: {
							bytes: number;
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							completed_at: string;
							entity_count: number;
							id: string;
							sha256: string;
							snapshot_id: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "export.completed";
			  };
		FeedPage: {
			data: components["schemas"]["FeedEvent"][];
			/** @description Never null: the position after this page (the cursor sent, when nothing is new). Resume from it. */
			next_cursor: string;
		};
		Health: {
			/**
			 * @description Whether every configuration variable is valid (the detail names those that are not).
			 * @enum {string}
			 */
			config: "ok" | "invalid";
			/**
			 * @description Whether D1 answers.
			 * @enum {string}
			 */
			d1: "ok" | "unreachable";
			/** @enum {string} */
			status: "ok";
			time: string;
		};
		Notification: {
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			detail: {
				[key: string]: unknown;
			};
			id: string;
			/** @description The delivery, endpoint or snapshot it is about. */
			subject: string;
			/** @description `webhook.delivery_failed`, `webhook.endpoint_disabled` or `snapshot.failed`. */
			type: string;
		};
		/** @description RFC 9457 problem details. */
		Problem: {
			/**
			 * @description Stable, snake_case error code (see the error table).
			 * @example validation_failed
			 */
			code: string;
			detail: string;
			errors?: {
				code: string;
				message: string;
				/** @description Query, path or header parameter. */
				parameter?: string;
				/** @description JSON Pointer into the request body. */
				pointer?: string;
			}[];
			/** @description Equals the response's `X-Request-Id`. */
			request_id: string;
			status: number;
			title: string;
			/** @example /docs#error-validation_failed */
			type: string;
		} & {
			[key: string]: unknown;
		};
		Project: {
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			id: string;
			name: string;
		};
		PromoteSnapshotDryRun: {
			/** @description What `latest` is now, and would stop being (null: no snapshot yet). */
			current_latest_id: string | null;
			/** @enum {boolean} */
			dry_run: true;
			snapshot: components["schemas"]["Snapshot"];
			/** @enum {boolean} */
			valid: true;
		};
		PublishedSnapshot: {
			/** @description SHA-256 over the ordered manifest. */
			content_hash: string;
			entity_count: number;
			id: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			published_at: string;
		};
		PutEntity: {
			/**
			 * @description The entity's JSON, validated against its schema.
			 * @example {
			 *       "title": "Hello"
			 *     }
			 */
			data: unknown;
			/**
			 * @description Required with `mode: commit`.
			 * @example Fix typo
			 */
			message?: string;
			/**
			 * @default draft
			 * @enum {string}
			 */
			mode?: "draft" | "commit";
			/**
			 * @description Required when creating; changing it moves the entity.
			 * @example article
			 */
			schema?: string;
		};
		PutSchema: {
			/**
			 * @description A JSON Schema 2020-12 document.
			 * @example {
			 *       "type": "object"
			 *     }
			 */
			json_schema: {
				[key: string]: unknown;
			};
			title?: string;
		};
		/** @description Per-key overrides of the default buckets. */
		RateLimitOverride: {
			read?: {
				burst: number;
				per_second: number;
			};
			write?: {
				burst: number;
				per_second: number;
			};
		} | null;
		RegenerateSnapshot: {
			/** @description Why; kept on the snapshot. A coalesced request keeps the first message. */
			message?: string;
		};
		RegenerateSnapshotDryRun: {
			/** @enum {boolean} */
			dry_run: true;
			/** @description Committed, non-deleted entities it would publish now. */
			entity_count: number;
			/** @enum {boolean} */
			valid: true;
		};
		Revision: {
			author: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			data?: unknown;
			/** @enum {string} */
			kind: "draft" | "commit" | "delete";
			message: string | null;
			revision: number;
			schema: string;
			schema_version: number;
		};
		RolledApiKey: components["schemas"]["ApiKey"] & {
			/** @description The new secret. Shown only in this response. */
			key: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			previous_expires_at: string;
		};
		RollKey: {
			/**
			 * Format: date-time
			 * @description When the previous secret stops working. Default: 24 h from now; a past time ends it at once.
			 */
			expires_at?: string;
		};
		RotatedWebhook: components["schemas"]["Webhook"] & {
			/**
			 * Format: date-time
			 * @description Until then the previous secrets sign too.
			 * @example 2026-11-27T10:00:00.000Z
			 */
			previous_expires_at: string;
			/** @description The new secret. Shown only in this response. */
			secret: string;
		};
		Schema: {
			/**
			 * Format: date-time
			 * @description When the schema was first created.
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			id: string;
			json_schema: {
				[key: string]: unknown;
			};
			project: string;
			title: string | null;
			/**
			 * Format: date-time
			 * @description When this version was written.
			 * @example 2026-11-27T10:00:00.000Z
			 */
			updated_at: string;
			/** @description Starts at 1; each change adds one. */
			version: number;
		};
		Snapshot: {
			/** @description SHA-256 over the ordered manifest (slug, schema, SHA-256 of data). */
			content_hash: string | null;
			/** @description Entities so far while building; final once published. */
			entity_count: number;
			error: string | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			failed_at: string | null;
			id: string;
			message: string | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			published_at: string | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			requested_at: string;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			started_at: string | null;
			/** @enum {string} */
			status: "queued" | "building" | "published" | "failed";
		};
		SnapshotChange: {
			/**
			 * @description `changed`: the schema or the data differs (a new revision with the same content is no change).
			 * @enum {string}
			 */
			change: "added" | "changed" | "removed";
			/** @description With `include=data`, on `added` and `changed` items. */
			data?: unknown;
			/** @description The revision in `since`; null for `added`. */
			previous_revision: number | null;
			/** @description The revision in the target snapshot; null for `removed`. */
			revision: number | null;
			/** @description The schema in the target snapshot; for `removed`, the one it had. */
			schema: string;
			slug: string;
		};
		SnapshotChangePage: {
			data: components["schemas"]["SnapshotChange"][];
			/** @description Cursor of the next page, or null after the last one. A page may hold fewer than `limit` changes, even none, with more to come: follow `next_cursor` until it is null. */
			next_cursor: string | null;
		};
		SnapshotEntity: {
			data?: unknown;
			/** @description The committed revision the snapshot points at. */
			revision: number;
			schema: string;
			slug: string;
		};
		SnapshotEntityPage: {
			data: components["schemas"]["SnapshotEntity"][];
			/** @description Cursor of the next page, or null after the last one. A page ends at `limit` items or at about 4 MiB of entity data, whichever comes first. */
			next_cursor: string | null;
		};
		/** @description A `service_unavailable` problem that says which check failed. */
		Unhealthy: components["schemas"]["Problem"] &
			({
				/**
				 * @description Whether every configuration variable is valid (the detail names those that are not).
				 * @enum {string}
				 */
				config: "ok" | "invalid";
				/**
				 * @description Whether D1 answers.
				 * @enum {string}
				 */
				d1: "ok" | "unreachable";
				time: string;
			} & {
				[key: string]: unknown;
			});
		UpdateWebhook: {
			description?: string | null;
			/** @description `true` re-enables an endpoint that was disabled (by hand, by a 410 or by failing 5 days). */
			enabled?: boolean;
			/**
			 * @description Event types to receive, each at most once, or `["*"]` (alone) for all.
			 * @example [
			 *       "entity.committed"
			 *     ]
			 */
			events?: ("entity.committed" | "entity.deleted" | "snapshot.published" | "export.completed" | "*")[];
			/**
			 * @description https URL on the public internet. `http://localhost:<port>` and `http://127.0.0.1:<port>` only when `FOLIO_WEBHOOK_ALLOW_LOCALHOST=true`.
			 * @example https://hooks.example.com/folio
			 */
			url?: string;
		};
		Webhook: {
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			created_at: string;
			description: string | null;
			disabled_reason: string | null;
			enabled: boolean;
			events: string[];
			/**
			 * Format: date-time
			 * @description Start of the current run of failed attempts; an endpoint failing for 5 days is disabled.
			 * @example 2026-11-27T10:00:00.000Z
			 */
			failing_since: string | null;
			id: string;
			project: string;
			/** @description Created by a key limited to these schemas: only entity events of them are sent (`snapshot.*`, `export.*` and `webhook.test` carry no entity data and always are). Fixed at creation. `null`: every schema. A limited key sees and manages only endpoints whose `schemas` lie within its own; others answer 404. */
			schemas: string[] | null;
			/**
			 * Format: date-time
			 * @example 2026-11-27T10:00:00.000Z
			 */
			updated_at: string;
			url: string;
		};
	};
	responses: never;
	parameters: never;
	requestBodies: never;
	headers: {
		/** @description Present when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
		"Idempotency-Replayed": "true";
		/** @description The bucket's state (IETF RateLimit fields), e.g. `"write";r=119;t=1`: `r` requests remain, `t` seconds until it refills. */
		RateLimit: string;
		/** @description The bucket's policy, e.g. `"write";q=120;w=60`: `q` requests per `w` seconds. */
		"RateLimit-Policy": string;
		/** @description Seconds to wait before trying again. */
		"Retry-After": string;
		/** @description The D1 bookmark of the session that served the request (admin operations: after its queries; reads: when they read D1). Send it back as `X-Folio-Bookmark` to be served data at least this fresh. Absent when no database session ran. */
		"X-Folio-Bookmark": string;
		/** @description Identifies the request in the logs; problems repeat it as `request_id`. */
		"X-Request-Id": string;
	};
	pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
	listProjects: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of projects, by id. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Project"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	createProject: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CreateProject"];
			};
		};
		responses: {
			/** @description The new project. */
			201: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Project"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	batchEntities: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/** @description `return=minimal` (RFC 7240): each result names the entity and its revision without its data. Answers carry `Preference-Applied`. */
				prefer?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["Batch"];
			};
		};
		responses: {
			/** @description Each operation's resulting entity, in order (without data under `Prefer: return=minimal`). With `?dry_run=true`: what would result, as `application/vnd.folio.dry-run+json`. */
			200: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json":
						| components["schemas"]["BatchResult"]
						| components["schemas"]["BatchResultMinimal"];
					"application/vnd.folio.dry-run+json":
						| components["schemas"]["BatchResult"]
						| components["schemas"]["BatchResultMinimal"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description An `If-Match` / `If-None-Match` precondition failed. */
			412: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	redeliverById: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				delivery_id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The delivery, due now. */
			202: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The resource's URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Delivery"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listEntities: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. A page also ends before its entity data would exceed 4 MiB (its first item is always included), so it may hold fewer items than `limit` with more to come: follow `next_cursor`. */
				limit?: number;
				schema?: string;
				status?: "draft" | "committed" | "modified" | "deleted";
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of entities, by slug. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Entity"][];
						/** @description Cursor of the next page, or null after the last one. A page ends at `limit` items or at about 4 MiB of entity data, whichever comes first. */
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	createEntity: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CreateEntity"];
			};
		};
		responses: {
			/** @description Dry run: the entity as it would be. */
			200: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/vnd.folio.dry-run+json": components["schemas"]["DryRunEntity"];
				};
			};
			/** @description The new entity. */
			201: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The entity's URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Entity"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getEntity: {
		parameters: {
			query?: never;
			header?: {
				/** @description An `ETag` from an earlier response: 304 when it still matches. */
				"if-none-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				slug: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The entity, drafts included. */
			200: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Entity"];
				};
			};
			/** @description Unchanged since `If-None-Match`. */
			304: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	putEntity: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/** @description Strong ETag, e.g. `"3"`: write only at that revision. */
				"if-match"?: string;
				/** @description `*`: create only. */
				"if-none-match"?: "*";
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				slug: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["PutEntity"];
			};
		};
		responses: {
			/** @description Updated. With `?dry_run=true`: what would result, as `application/vnd.folio.dry-run+json`. */
			200: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Entity"];
					"application/vnd.folio.dry-run+json": components["schemas"]["DryRunEntity"];
				};
			};
			/** @description Created. */
			201: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Entity"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description An `If-Match` / `If-None-Match` precondition failed. */
			412: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	deleteEntity: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/** @description Strong ETag, e.g. `"3"`: write only at that revision. */
				"if-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				slug: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": components["schemas"]["DeleteEntity"];
			};
		};
		responses: {
			/** @description Deleted. With `?dry_run=true`: what would result, as `application/vnd.folio.dry-run+json`. */
			200: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Entity"];
					"application/vnd.folio.dry-run+json": components["schemas"]["DryRunEntity"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description An `If-Match` / `If-None-Match` precondition failed. */
			412: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	commitEntity: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/** @description Strong ETag, e.g. `"3"`: write only at that revision. */
				"if-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				slug: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CommitEntity"];
			};
		};
		responses: {
			/** @description Committed. With `?dry_run=true`: what would result, as `application/vnd.folio.dry-run+json`. */
			200: {
				headers: {
					/** @description The revision, e.g. `"3"`. */
					ETag?: string;
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Entity"];
					"application/vnd.folio.dry-run+json": components["schemas"]["DryRunEntity"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description An `If-Match` / `If-None-Match` precondition failed. */
			412: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listRevisions: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. A page also ends before its entity data would exceed 4 MiB (its first item is always included), so it may hold fewer items than `limit` with more to come: follow `next_cursor`. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				slug: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description Revisions, newest first. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Revision"][];
						/** @description Cursor of the next page, or null after the last one. A page ends at `limit` items or at about 4 MiB of entity data, whichever comes first. */
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listEvents: {
		parameters: {
			query?: {
				/** @description Where to continue: a `next_cursor` of this feed, or `now` (after the newest event; the answer's `next_cursor` is a real cursor). Absent: from the oldest retained event. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
				/** @description Only these event types, comma-separated (`entity.committed`, `entity.deleted`, `snapshot.published`, `export.completed`). */
				types?: string;
				/** @description Long poll: when nothing is new, hold the request up to this many seconds and answer as soon as an event arrives. */
				wait?: number;
			};
			header?: {
				/** @description The `ETag` of the last feed answer: 304 (which costs no read token) while nothing is new. */
				"if-none-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of events; `next_cursor` is never null. */
			200: {
				headers: {
					/** @description The feed position after this answer (and the filters): send it as `If-None-Match`. */
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description Seconds to wait before the next request: `0` when more events are waiting or after a long poll, else 5. */
					"X-Poll-Interval"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["FeedPage"];
				};
			};
			/** @description Nothing new since the `ETag` sent; costs no read token. */
			304: {
				headers: {
					/** @description The feed position after this answer (and the filters): send it as `If-None-Match`. */
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description Seconds to wait before the next request: `0` when more events are waiting or after a long poll, else 5. */
					"X-Poll-Interval"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `cursor_expired`: the events after this cursor are past retention; re-sync, then follow from `cursor=now`. */
			410: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getEvent: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The event. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["FeedEvent"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listExports: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of exports, newest first. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Export"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	createExport: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": components["schemas"]["CreateExport"];
			};
		};
		responses: {
			/** @description The queued job. */
			202: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The job's URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Export"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getExport: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The job: `queued`, `running`, `completed` or `failed`. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Export"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	downloadExport: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The file: one JSON object per line. */
			200: {
				headers: {
					/** @description A file name for the download. */
					"Content-Disposition"?: string;
					/** @description The file's SHA-256 in hex, quoted. */
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					/** @description RFC 9530: `sha-256=:<base64>:`. */
					"Repr-Digest"?: string;
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/x-ndjson": string;
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listKeys: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of keys, newest first; never their secrets. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["ApiKey"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	createKey: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CreateKey"];
			};
		};
		responses: {
			/** @description The new key, with its secret. */
			201: {
				headers: {
					/** @description The response holds a secret: no cache may keep it. */
					"Cache-Control"?: "no-store";
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["CreatedApiKey"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	revokeKey: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The revoked key. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["ApiKey"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	rollKey: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": components["schemas"]["RollKey"];
			};
		};
		responses: {
			/** @description The key with its new secret. */
			200: {
				headers: {
					/** @description The response holds a secret: no cache may keep it. */
					"Cache-Control"?: "no-store";
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["RolledApiKey"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listNotifications: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of notifications. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Notification"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listSchemas: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of schemas (current versions), by id. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Schema"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getSchema: {
		parameters: {
			query?: {
				/** @description A past version; default current. */
				version?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				schema: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The current (or requested) version. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Schema"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	putSchema: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				schema: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["PutSchema"];
			};
		};
		responses: {
			/** @description Updated (or unchanged). */
			200: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Schema"];
				};
			};
			/** @description Created. */
			201: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Schema"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listSnapshots: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of snapshots, newest first. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Snapshot"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getSnapshot: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				/** @description Snapshot id (also its build job's id). */
				snapshot: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The snapshot: `queued`, `building`, `published` or `failed`. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Snapshot"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	promoteSnapshot: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/** @description The id `latest` must have now, quoted (its `ETag`): promote only if nobody moved it. */
				"if-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				/** @description Snapshot id (also its build job's id). */
				snapshot: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The snapshot, now `latest`; `ETag` is its id (for the next `If-Match`). A dry run moves nothing. With `?dry_run=true`: what would result, as `application/vnd.folio.dry-run+json`. */
			200: {
				headers: {
					/** @description The id `latest` now has, quoted. */
					ETag?: string;
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Snapshot"];
					"application/vnd.folio.dry-run+json": components["schemas"]["PromoteSnapshotDryRun"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description An `If-Match` / `If-None-Match` precondition failed. */
			412: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	regenerateSnapshot: {
		parameters: {
			query?: {
				/** @description `true`: every check, nothing written, no event, no job. */
				dry_run?: "true" | "false";
			};
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": components["schemas"]["RegenerateSnapshot"];
			};
		};
		responses: {
			/** @description Dry run: what a build started now would publish; nothing queued. */
			200: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/vnd.folio.dry-run+json": components["schemas"]["RegenerateSnapshotDryRun"];
				};
			};
			/** @description Queued (or the rebuild already queued), with `Location`. */
			202: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The snapshot (job) URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Snapshot"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listWebhooks: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of endpoints, newest first; never their secrets. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Webhook"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	createWebhook: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["CreateWebhook"];
			};
		};
		responses: {
			/** @description The endpoint, with its secret. */
			201: {
				headers: {
					/** @description The response holds a secret: no cache may keep it. */
					"Cache-Control"?: "no-store";
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The resource's URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["CreatedWebhook"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getWebhook: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The endpoint. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Webhook"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	deleteWebhook: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description Removed. */
			204: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	updateWebhook: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["UpdateWebhook"];
			};
		};
		responses: {
			/** @description The endpoint as changed. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Webhook"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	listDeliveries: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. */
				limit?: number;
				/** @description Only deliveries in this state. */
				state?: "pending" | "succeeded" | "failed";
			};
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of deliveries. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": {
						data: components["schemas"]["Delivery"][];
						next_cursor: string | null;
					};
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getDelivery: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				delivery_id: string;
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The delivery. */
			200: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Delivery"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	redeliver: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				delivery_id: string;
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The delivery, due now. */
			202: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The resource's URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Delivery"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	rotateWebhookSecret: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The endpoint with its new secret (shown only here). */
			200: {
				headers: {
					/** @description The response holds a secret: no cache may keep it. */
					"Cache-Control"?: "no-store";
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["RotatedWebhook"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	testWebhook: {
		parameters: {
			query?: never;
			header?: {
				/**
				 * @description 1-255 printable ASCII characters. A retry with the same key and body gets the first answer (24 h), with `Idempotency-Replayed: true`.
				 * @example 6f1c2a9e-7b7d-4a55-9d0c-1c1f0b3e2a10
				 */
				"Idempotency-Key"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				id: string;
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The queued delivery. */
			202: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					/** @description The resource's URL. */
					Location?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Delivery"];
				};
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request conflicts with the current state, or (`idempotency_in_flight`, `idempotency_not_replayable`) with an earlier request of the same `Idempotency-Key`. */
			409: {
				headers: {
					"Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body exceeds 1 MiB. */
			413: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request body is not application/json. */
			415: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	getHealth: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description Everything answers. */
			200: {
				headers: {
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Health"];
				};
			};
			/** @description D1 does not answer, or the configuration is invalid. */
			503: {
				headers: {
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Unhealthy"];
				};
			};
		};
	};
	readSnapshotChanges: {
		parameters: {
			query: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description `data`: each added or changed item carries the entity's new `data`. */
				include?: "data";
				/** @description Page size, 1-500. A page also ends before its entity data would exceed 4 MiB (its first item is always included), so it may hold fewer items than `limit` with more to come: follow `next_cursor`. */
				limit?: number;
				/** @description The snapshot the client holds: a published snapshot id of this project (not `latest`). Older or newer than the target; newer gives the reverse changes. */
				since: string;
			};
			header?: {
				/** @description An `ETag` from an earlier response: 304 when it still matches. */
				"if-none-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				/** @description A snapshot id, or `latest`. */
				snapshot: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of changes. */
			200: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["SnapshotChangePage"];
				};
			};
			/** @description Unchanged since `If-None-Match`. */
			304: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	readSnapshotEntities: {
		parameters: {
			query?: {
				/** @description Opaque cursor from `next_cursor`. */
				cursor?: string;
				/** @description Page size, 1-500. A page also ends before its entity data would exceed 4 MiB (its first item is always included), so it may hold fewer items than `limit` with more to come: follow `next_cursor`. */
				limit?: number;
				/** @description Only entities of this schema. */
				schema?: string;
			};
			header?: {
				/** @description An `ETag` from an earlier response: 304 when it still matches. */
				"if-none-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				/** @description A snapshot id, or `latest`. */
				snapshot: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of entities. */
			200: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["SnapshotEntityPage"];
				};
			};
			/** @description Unchanged since `If-None-Match`. */
			304: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	readSnapshotEntity: {
		parameters: {
			query?: never;
			header?: {
				/** @description An `ETag` from an earlier response: 304 when it still matches. */
				"if-none-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
				slug: string;
				/** @description A snapshot id, or `latest`. */
				snapshot: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The entity; `ETag` is its revision. */
			200: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["SnapshotEntity"];
				};
			};
			/** @description Unchanged since `If-None-Match`. */
			304: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	readLatestSnapshot: {
		parameters: {
			query?: never;
			header?: {
				/** @description An `ETag` from an earlier response: 304 when it still matches. */
				"if-none-match"?: string;
				/**
				 * @description The `X-Folio-Bookmark` of an earlier response: the request is served from data at least that fresh (read-your-writes across requests and regions). Not one: 400 `invalid_bookmark`.
				 * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
				 */
				"X-Folio-Bookmark"?: string;
			};
			path: {
				/** @description Project id. */
				project: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description Its metadata; `ETag` is its id. */
			200: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["PublishedSnapshot"];
				};
			};
			/** @description Unchanged since `If-None-Match`. */
			304: {
				headers: {
					/** @description `public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`. */
					"Cache-Control"?: string;
					ETag?: string;
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					/** @description `hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`). */
					"X-Folio-Cache"?: "hit" | "miss" | "bypass";
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Malformed JSON, invalid cursor or other malformed request. */
			400: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Missing, malformed, unknown, revoked or expired credentials, or a request signature that does not hold. Checked before the body is read. */
			401: {
				headers: {
					/** @description RFC 6750: `Bearer realm="folio"` when no bearer key was sent or the request signature fails; `Bearer realm="folio", error="invalid_token"` when the key sent is malformed, unknown, revoked or expired. */
					"WWW-Authenticate"?: string;
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The key lacks the scope, or belongs to another project. */
			403: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The resource does not exist. */
			404: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description The request is well-formed but invalid; `errors` points at each problem. */
			422: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Rate limited; see `Retry-After`. */
			429: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"Retry-After": components["headers"]["Retry-After"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description Unexpected failure; the request id identifies it in the logs. */
			500: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
			/** @description `misconfigured`: a configuration variable of the service is invalid; the detail names it and what is wrong. */
			503: {
				headers: {
					RateLimit: components["headers"]["RateLimit"];
					"RateLimit-Policy": components["headers"]["RateLimit-Policy"];
					"X-Folio-Bookmark": components["headers"]["X-Folio-Bookmark"];
					"X-Request-Id": components["headers"]["X-Request-Id"];
					[name: string]: unknown;
				};
				content: {
					"application/problem+json": components["schemas"]["Problem"];
				};
			};
		};
	};
	entityCommittedEvent: {
		parameters: {
			query?: never;
			header: {
				/** @description The delivery id: the same on every attempt; deduplicate on it. */
				"webhook-id": string;
				/** @description Space-separated `v1,<base64 HMAC-SHA256 of {id}.{timestamp}.{body}>`, one per active secret (two during a rotation). */
				"webhook-signature": string;
				/** @description Unix seconds of this attempt. */
				"webhook-timestamp": string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": {
					data: {
						entity: {
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							committed_at: string;
							/** @description Key id, or `root`. */
							committed_by: string;
							/** @description The committed data. */
							data?: unknown;
							message: string | null;
							revision: number;
							schema: string;
							slug: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "entity.committed";
				};
			};
		};
		responses: {
			/** @description Any 2xx acknowledges the delivery. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	entityDeletedEvent: {
		parameters: {
			query?: never;
			header: {
				/** @description The delivery id: the same on every attempt; deduplicate on it. */
				"webhook-id": string;
				/** @description Space-separated `v1,<base64 HMAC-SHA256 of {id}.{timestamp}.{body}>`, one per active secret (two during a rotation). */
				"webhook-signature": string;
				/** @description Unix seconds of this attempt. */
				"webhook-timestamp": string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": {
					data: {
						entity: {
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							deleted_at: string;
							message: string | null;
							revision: number;
							schema: string;
							slug: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "entity.deleted";
				};
			};
		};
		responses: {
			/** @description Any 2xx acknowledges the delivery. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	exportCompletedEvent: {
		parameters: {
			query?: never;
			header: {
				/** @description The delivery id: the same on every attempt; deduplicate on it. */
				"webhook-id": string;
				/** @description Space-separated `v1,<base64 HMAC-SHA256 of {id}.{timestamp}.{body}>`, one per active secret (two during a rotation). */
				"webhook-signature": string;
				/** @description Unix seconds of this attempt. */
				"webhook-timestamp": string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": {
					data: {
						export: {
							bytes: number;
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							completed_at: string;
							entity_count: number;
							id: string;
							sha256: string;
							snapshot_id: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "export.completed";
				};
			};
		};
		responses: {
			/** @description Any 2xx acknowledges the delivery. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	snapshotPublishedEvent: {
		parameters: {
			query?: never;
			header: {
				/** @description The delivery id: the same on every attempt; deduplicate on it. */
				"webhook-id": string;
				/** @description Space-separated `v1,<base64 HMAC-SHA256 of {id}.{timestamp}.{body}>`, one per active secret (two during a rotation). */
				"webhook-signature": string;
				/** @description Unix seconds of this attempt. */
				"webhook-timestamp": string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": {
					data: {
						/**
						 * @description `build`: a build finished and published it; `promote`: an admin made this already published snapshot `latest` (a rollback, or forward again).
						 * @enum {string}
						 */
						reason: "build" | "promote";
						snapshot: {
							content_hash: string;
							entity_count: number;
							id: string;
							/**
							 * Format: date-time
							 * @example 2026-11-27T10:00:00.000Z
							 */
							published_at: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "snapshot.published";
				};
			};
		};
		responses: {
			/** @description Any 2xx acknowledges the delivery. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	webhookTestEvent: {
		parameters: {
			query?: never;
			header: {
				/** @description The delivery id: the same on every attempt; deduplicate on it. */
				"webhook-id": string;
				/** @description Space-separated `v1,<base64 HMAC-SHA256 of {id}.{timestamp}.{body}>`, one per active secret (two during a rotation). */
				"webhook-signature": string;
				/** @description Unix seconds of this attempt. */
				"webhook-timestamp": string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": {
					data: {
						webhook: {
							id: string;
							url: string;
						};
					};
					/**
					 * @description The event id (the same for every endpoint).
					 * @example evt_67a1b2c3Lm4nP8qR2sT6vW9x
					 */
					id: string;
					project: string;
					/**
					 * Format: date-time
					 * @example 2026-11-27T10:00:00.000Z
					 */
					timestamp: string;
					/** @enum {string} */
					type: "webhook.test";
				};
			};
		};
		responses: {
			/** @description Any 2xx acknowledges the delivery. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
}

import type { components, operations, webhooks } from "./api-types.ts";

/** Shapes derived from the generated OpenAPI types, so the SDK follows the API without hand copies. */
type Schemas = components["schemas"];
type OperationId = keyof operations;
type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

export type RequestBody<Op extends OperationId> = Json<NonNullable<operations[Op]["requestBody"]>>;
export type ResponseBody<Op extends OperationId, Status extends keyof operations[Op]["responses"]> = Json<
	operations[Op]["responses"][Status]
>;
export type QueryOf<Op extends OperationId> = NonNullable<operations[Op]["parameters"]["query"]>;
/** List filters without the paging parameters, which the paginator manages. */
export type FiltersOf<Op extends OperationId> = Omit<QueryOf<Op>, "cursor">;

export type Problem = Schemas["Problem"];
export type Health = Schemas["Health"];
export type Project = Schemas["Project"];
export type ApiKey = Schemas["ApiKey"];
export type CreatedApiKey = Schemas["CreatedApiKey"];
export type RolledApiKey = Schemas["RolledApiKey"];
export type Schema = Schemas["Schema"];
export type Entity = Schemas["Entity"];
export type DryRunEntity = Schemas["DryRunEntity"];
export type Revision = Schemas["Revision"];
export type BatchResult = Schemas["BatchResult"];
export type BatchOperation = Schemas["Batch"]["operations"][number];
export type Snapshot = Schemas["Snapshot"];
export type RegenerateSnapshotDryRun = Schemas["RegenerateSnapshotDryRun"];
export type PublishedSnapshot = Schemas["PublishedSnapshot"];
export type SnapshotChange = Schemas["SnapshotChange"];
export type PromoteSnapshotDryRun = Schemas["PromoteSnapshotDryRun"];
export type SnapshotEntity = Schemas["SnapshotEntity"];
export type Webhook = Schemas["Webhook"];
export type CreatedWebhook = Schemas["CreatedWebhook"];
export type RotatedWebhook = Schemas["RotatedWebhook"];
export type Delivery = Schemas["Delivery"];
export type Notification = Schemas["Notification"];

/** Every event a webhook endpoint can receive, discriminated by `type`. */
export type WebhookEvent = {
	[Type in keyof webhooks]: Json<NonNullable<webhooks[Type]["post"]["requestBody"]>>;
}[keyof webhooks];

export type Export = Schemas["Export"];
export type FeedEvent = Schemas["FeedEvent"];
export type FeedPage = Schemas["FeedPage"];

/** Options every call accepts. */
export interface RequestOptions {
	signal?: AbortSignal;
	/** Extra headers for this call. */
	headers?: Record<string, string>;
	/** For POST and PUT; by default one is generated per call and reused by its retries. */
	idempotencyKey?: string;
}

export interface DryRunOption {
	/** Validate and report what would happen, persisting nothing (`?dry_run=true`). */
	dryRun?: boolean;
}

export interface PreconditionOptions {
	/** The revision (or ETag) the entity must be at; a mismatch is a 412 `version_conflict`. */
	ifMatch?: number | string;
}

export interface Page<T> {
	data: T[];
	next_cursor: string | null;
}

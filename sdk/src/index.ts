export { Folio } from "./client.ts";
export { FolioError, FolioNetworkError } from "./errors.ts";
export { Paginator } from "./pagination.ts";
export type { DeleteOptions, PutOptions } from "./resources/entities.ts";
export type { EventsFollowOptions, EventsListOptions } from "./resources/events.ts";
export { ExportWaitTimeout } from "./resources/exports.ts";
export type { SnapshotSelector } from "./resources/read.ts";
export type { ConditionalWriteOptions, WriteOptions } from "./resources/shared.ts";
export {
	type ChangesOptions,
	type PromoteOptions,
	type RegenerateOptions,
	SnapshotWaitTimeout,
	type WaitOptions,
} from "./resources/snapshots.ts";
export type { RetryOptions } from "./retry.ts";
export type { SigningCredentials } from "./signing.ts";
export { signatureHeaders } from "./signing.ts";
export type { CallOptions, FolioOptions } from "./transport.ts";
export type * from "./types.ts";
export {
	type VerifyWebhookOptions,
	verifyWebhook,
	type WebhookVerificationCode,
	WebhookVerificationError,
} from "./webhook-verify.ts";

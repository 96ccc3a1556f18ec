import type { DrizzleD1Database } from "drizzle-orm/d1";
import type * as schema from "../db/schema";

export type Db = DrizzleD1Database<typeof schema> & { $client: D1Database };

export const SCOPES = [
	"content.read",
	"content.write",
	"schema.manage",
	"snapshot.manage",
	"export.run",
	"webhook.manage",
	"events.read",
] as const;
export type Scope = (typeof SCOPES)[number];

export interface BucketLimit {
	burst: number;
	per_second: number;
}

/** What the isolate knows about a verified API key. */
export interface VerifiedKey {
	id: string;
	projectId: string;
	scopes: Scope[];
	schemas: string[] | null;
	rateLimit: { read?: BucketLimit; write?: BucketLimit } | null;
	requireSignature: boolean;
	signingSecret: string | null;
	/** The earlier of the key's own expiry and the presented secret's (after a roll). */
	expiresAt: string | null;
}

export type Principal = { kind: "root" } | { kind: "key"; key: VerifiedKey };

/** The two rate-limit buckets of a key; each route declares the one it spends from. */
export type BucketName = "read" | "write";

export interface BucketPolicy {
	name: BucketName;
	burst: number;
	perSecond: number;
}

/** A bucket's answer to one request (the KeyState Durable Object's, or a leased token's). */
export interface Admission {
	allowed: boolean;
	/** Tokens taken: 1 for this request, plus any leased to the calling isolate. */
	granted: number;
	/** Requests that could pass right now after this one. */
	remaining: number;
	/** Seconds until the bucket is full again. */
	resetSeconds: number;
	/** When refused: seconds after which the same request passes. */
	retryAfterSeconds: number;
}

/** The bucket a request spent from and what is left, for the rate-limit response headers. */
export interface RateLimitState {
	policy: BucketPolicy;
	admission: Admission;
}

/** An idempotency key's in-flight lock, as its Durable Object answers a request for it. */
export type LockResult = { acquired: true } | { acquired: false; fingerprint: string };

/** A POST or PUT with an Idempotency-Key: the key's scope and the request's fingerprint. */
export interface IdempotentRequest {
	keyId: string;
	method: string;
	path: string;
	key: string;
	fingerprint: string;
}

export interface AppEnv {
	Bindings: Env;
	Variables: {
		requestId: string;
		db: Db;
		principal: Principal;
		/** The rate-limit bucket this request spent from, for the response headers. */
		rateLimit?: RateLimitState;
		/** A POST or PUT with an Idempotency-Key, and its lock as the key's object answered. */
		idempotency?: { request: IdempotentRequest; lock: LockResult };
		/** The request body exactly as received (signatures and fingerprints cover it). */
		bodyText?: string;
		/** Set by handlers whose response holds a secret shown once: never replayed. */
		secretResponse?: boolean;
		/** The client's `X-Folio-Bookmark`, validated: serve data at least this fresh. */
		bookmark?: string;
		/** The bookmark of the D1 sessions a read handler opened, for `X-Folio-Bookmark`. */
		readBookmark?: string;
	};
}

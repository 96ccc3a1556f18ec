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

export interface AppEnv {
	Bindings: Env;
	Variables: {
		requestId: string;
		db: Db;
		principal: Principal;
		/** The rate-limit bucket this request spent from, for the response headers. */
		rateLimit?: import("../modules/protection/rate-limit").RateLimitState;
		/** The request body exactly as received (signatures and fingerprints cover it). */
		bodyText?: string;
		/** Set by handlers whose response holds a secret shown once: never replayed. */
		secretResponse?: boolean;
	};
}

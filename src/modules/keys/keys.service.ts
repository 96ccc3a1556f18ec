import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { apiKeySecrets, apiKeys } from "../../db/schema";
import { sha256Hex } from "../../lib/crypto";
import { ApiError, notFound } from "../../lib/errors";
import { newId, nowIso } from "../../lib/ids";
import { newestFirst, toPage } from "../../lib/pagination";
import type { BucketLimit, Db, Scope, VerifiedKey } from "../../lib/types";
import { keyCache } from "./key-cache";
import { generateApiKey, generateSigningSecret, keyStart } from "./key-format";

export interface CreateKeyInput {
	name: string;
	scopes: Scope[];
	schemas?: string[];
	expires_at?: string;
	rate_limit?: { read?: BucketLimit; write?: BucketLimit };
	require_signature?: boolean;
	with_signing_secret?: boolean;
}

type KeyRow = typeof apiKeys.$inferSelect;

export function keyResource(row: KeyRow) {
	return {
		id: row.id,
		project: row.projectId,
		name: row.name,
		start: row.start,
		scopes: row.scopes as Scope[],
		schemas: row.schemas ?? null,
		expires_at: row.expiresAt,
		rate_limit: (row.rateLimit as CreateKeyInput["rate_limit"]) ?? null,
		require_signature: row.requireSignature,
		has_signing_secret: row.signingSecret !== null,
		created_at: row.createdAt,
		revoked_at: row.revokedAt,
		last_used_at: row.lastUsedAt,
	};
}

export async function createKey(db: Db, projectId: string, input: CreateKeyInput) {
	const now = nowIso();
	const token = generateApiKey();
	const withSecret = input.with_signing_secret ?? input.require_signature ?? false;
	const row: KeyRow = {
		id: newId("key"),
		projectId,
		name: input.name,
		start: keyStart(token),
		scopes: [...new Set(input.scopes)],
		schemas: input.schemas ? [...new Set(input.schemas)] : null,
		rateLimit: input.rate_limit ?? null,
		requireSignature: input.require_signature ?? false,
		signingSecret: withSecret ? generateSigningSecret() : null,
		expiresAt: input.expires_at ? new Date(input.expires_at).toISOString() : null,
		revokedAt: null,
		lastUsedAt: null,
		createdAt: now,
	};
	await db.batch([
		db.insert(apiKeys).values(row),
		db.insert(apiKeySecrets).values({ hash: await sha256Hex(token), keyId: row.id, createdAt: now }),
	]);
	return { ...keyResource(row), key: token, signing_secret: row.signingSecret ?? undefined };
}

async function findKey(db: Db, projectId: string, keyId: string): Promise<KeyRow> {
	const row = await db.query.apiKeys.findFirst({
		where: and(eq(apiKeys.id, keyId), eq(apiKeys.projectId, projectId)),
	});
	if (!row) throw notFound(`Key ${keyId}`);
	return row;
}

export async function listKeys(db: Db, projectId: string, limit: number, cursor?: string) {
	const order = newestFirst(apiKeys.createdAt, apiKeys.id, cursor);
	const rows = await db.query.apiKeys.findMany({
		where: and(eq(apiKeys.projectId, projectId), order.where),
		orderBy: order.orderBy,
		limit: limit + 1,
	});
	const result = toPage(rows, limit, order.position);
	return { data: result.data.map(keyResource), next_cursor: result.next_cursor };
}

export async function revokeKey(db: Db, projectId: string, keyId: string) {
	const row = await findKey(db, projectId, keyId);
	if (!row.revokedAt) {
		row.revokedAt = nowIso();
		await db.update(apiKeys).set({ revokedAt: row.revokedAt }).where(eq(apiKeys.id, keyId));
	}
	keyCache.evictKey(keyId);
	return keyResource(row);
}

const DEFAULT_ROLL_OVERLAP_MS = 24 * 3600 * 1000;

/** Issues a new secret; the earlier ones stop working at `oldExpiresAt` (default: in 24 h). */
export async function rollKey(db: Db, projectId: string, keyId: string, oldExpiresAt?: string) {
	const row = await findKey(db, projectId, keyId);
	if (row.revokedAt) throw new ApiError("key_revoked", "A revoked key cannot be rolled.");
	const now = nowIso();
	const end = oldExpiresAt
		? new Date(oldExpiresAt).toISOString()
		: new Date(Date.now() + DEFAULT_ROLL_OVERLAP_MS).toISOString();
	const token = generateApiKey();
	await db.batch([
		// Earlier secrets end at `end` (or sooner, if they already did); the new one is inserted after.
		db
			.update(apiKeySecrets)
			.set({ expiresAt: end })
			.where(
				and(
					eq(apiKeySecrets.keyId, keyId),
					or(isNull(apiKeySecrets.expiresAt), gt(apiKeySecrets.expiresAt, end)),
				),
			),
		db.insert(apiKeySecrets).values({ hash: await sha256Hex(token), keyId, createdAt: now }),
		db
			.update(apiKeys)
			.set({ start: keyStart(token) })
			.where(eq(apiKeys.id, keyId)),
	]);
	keyCache.evictKey(keyId);
	return { ...keyResource({ ...row, start: keyStart(token) }), key: token, previous_expires_at: end };
}

/**
 * Looks a presented key up by hash. `key` is null when unknown, revoked, or past either expiry;
 * `loaded` says the isolate cache missed, so the caller may record the use.
 */
export async function findVerifiedKey(db: Db, token: string) {
	const hash = await sha256Hex(token);
	const cached = keyCache.get(hash);
	const key = cached ? cached.key : await loadKey(db, hash);
	if (!cached) keyCache.set(hash, key);
	const usable = key && !(key.expiresAt && key.expiresAt <= nowIso()) ? key : null;
	return { key: usable, loaded: !cached };
}

async function loadKey(db: Db, hash: string): Promise<VerifiedKey | null> {
	const [found] = await db
		.select({ key: apiKeys, secretExpiresAt: apiKeySecrets.expiresAt })
		.from(apiKeySecrets)
		.innerJoin(apiKeys, eq(apiKeys.id, apiKeySecrets.keyId))
		.where(eq(apiKeySecrets.hash, hash))
		.limit(1);
	if (!found || found.key.revokedAt) return null;
	const ends = [found.key.expiresAt, found.secretExpiresAt].filter((e): e is string => e !== null).sort();
	return {
		id: found.key.id,
		projectId: found.key.projectId,
		scopes: found.key.scopes as Scope[],
		schemas: found.key.schemas ?? null,
		rateLimit: (found.key.rateLimit as VerifiedKey["rateLimit"]) ?? null,
		requireSignature: found.key.requireSignature,
		signingSecret: found.key.signingSecret,
		expiresAt: ends[0] ?? null,
	};
}

const LAST_USED_GRANULARITY_MS = 15 * 60 * 1000;

/** `last_used_at` is coarse on purpose: one conditional write per key per 15 minutes at most. */
export async function touchKey(db: Db, keyId: string) {
	const cutoff = new Date(Date.now() - LAST_USED_GRANULARITY_MS).toISOString();
	await db
		.update(apiKeys)
		.set({ lastUsedAt: nowIso() })
		.where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, cutoff))));
}

/** Secrets that ended more than a day ago can never authenticate again. */
export async function purgeEndedSecrets(db: Db) {
	const cutoff = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
	await db.delete(apiKeySecrets).where(lt(apiKeySecrets.expiresAt, cutoff));
}

import { Lru } from "../../lib/lru";
import type { VerifiedKey } from "../../lib/types";

/**
 * Verified keys are kept in the isolate for KEY_CACHE_TTL_MS so a hot key costs no D1 read.
 * That TTL is the bound on how long a revocation made in another isolate can take to bite
 * (documented as 30 s; the contract allows 60 s). Revocations and rolls made in this isolate
 * evict at once.
 */
export const KEY_CACHE_TTL_MS = 30_000;

/** A miss is cached too (`key: null`), so an unknown key costs one D1 read per TTL. */
interface Entry {
	key: VerifiedKey | null;
}

const entries = new Lru<Entry>({ capacity: 10_000, ttlMs: KEY_CACHE_TTL_MS });

export const keyCache = {
	get: (hash: string): Entry | undefined => entries.get(hash),
	set(hash: string, key: VerifiedKey | null): void {
		entries.set(hash, { key });
	},
	evictKey(keyId: string): void {
		entries.deleteWhere((entry) => entry.key?.id === keyId);
	},
	clear(): void {
		entries.clear();
	},
};

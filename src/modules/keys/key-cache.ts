import type { VerifiedKey } from "../../lib/types";

/**
 * Verified keys are kept in the isolate for KEY_CACHE_TTL_MS so a hot key costs no D1 read.
 * That TTL is the bound on how long a revocation made in another isolate can take to bite
 * (documented as 30 s; the contract allows 60 s). Revocations and rolls made in this isolate
 * evict at once.
 */
export const KEY_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry {
	key: VerifiedKey | null;
	until: number;
}

const entries = new Map<string, Entry>();

export const keyCache = {
	get(hash: string): Entry | undefined {
		const entry = entries.get(hash);
		if (!entry) return undefined;
		if (entry.until <= Date.now()) {
			entries.delete(hash);
			return undefined;
		}
		return entry;
	},
	set(hash: string, key: VerifiedKey | null): void {
		// Map keeps insertion order, so the first entry is the oldest.
		if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
		entries.set(hash, { key, until: Date.now() + KEY_CACHE_TTL_MS });
	},
	evictKey(keyId: string): void {
		for (const [hash, entry] of entries) if (entry.key?.id === keyId) entries.delete(hash);
	},
	clear(): void {
		entries.clear();
	},
};

import { Lru } from "../../lib/lru";
import type { PublishedSnapshot } from "./read.service";

/**
 * How long an isolate trusts what it last learnt `latest` to be. The contract lets `latest` be a
 * few seconds old (§12, and its `Cache-Control: max-age=5`); in return a hot project's `latest`
 * costs one D1 read per isolate per this long instead of one per request.
 */
export const LATEST_POINTER_TTL_MS = 2_000;

const pointers = new Lru<PublishedSnapshot>({ capacity: 10_000, ttlMs: LATEST_POINTER_TTL_MS });

/**
 * The one place `latest` is remembered. Whatever moves it (a build publishing, a promote) calls
 * forget() so this isolate sees the move at once; other isolates see it within the TTL.
 */
export const latestPointer = {
	get: (projectId: string): PublishedSnapshot | undefined => pointers.get(projectId),
	set(projectId: string, snapshot: PublishedSnapshot): void {
		pointers.set(projectId, snapshot);
	},
	forget(projectId: string): void {
		pointers.delete(projectId);
	},
	clear(): void {
		pointers.clear();
	},
};

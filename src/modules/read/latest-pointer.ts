import { Lru } from "../../lib/lru";
import type { PublishedSnapshot } from "./read.service";

/**
 * How long an isolate trusts what it last learnt `latest` to be. The contract lets `latest` be a
 * few seconds old (§12, and its `Cache-Control: max-age=5`); in return a hot project's `latest`
 * costs one D1 read per isolate per this long instead of one per request.
 */
export const LATEST_POINTER_TTL_MS = 2_000;

/** What `latest` was, and the D1 bookmark of the read that said so (null: not known). */
interface Pointer {
	snapshot: PublishedSnapshot;
	bookmark: string | null;
}

const pointers = new Lru<Pointer>({ capacity: 10_000, ttlMs: LATEST_POINTER_TTL_MS });

/**
 * Whether data read at bookmark `held` is at least as fresh as `wanted`. D1 bookmarks are
 * fixed-width hexadecimal fields, most significant first, so their text order is their order.
 */
const freshEnough = (held: string | null, wanted: string | undefined) =>
	wanted === undefined || (held !== null && held >= wanted);

/**
 * The one place `latest` is remembered. Whatever moves it (a build publishing, a promote) calls
 * forget() so this isolate sees the move at once; other isolates see it within the TTL. A
 * request with a bookmark gets the remembered one only when it was read at least that fresh.
 */
export const latestPointer = {
	get(projectId: string, bookmark?: string): PublishedSnapshot | undefined {
		const pointer = pointers.get(projectId);
		return pointer && freshEnough(pointer.bookmark, bookmark) ? pointer.snapshot : undefined;
	},
	set(projectId: string, snapshot: PublishedSnapshot, bookmark: string | null = null): void {
		pointers.set(projectId, { snapshot, bookmark });
	},
	forget(projectId: string): void {
		pointers.delete(projectId);
	},
	clear(): void {
		pointers.clear();
	},
};

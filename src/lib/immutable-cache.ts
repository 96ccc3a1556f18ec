import { Lru } from "./lru";

/**
 * A response body that can never change (a read of a snapshot by id), as the cache holds it:
 * the JSON text, its ETag, and what the reader must still check before serving it (`schema`,
 * for an entity, so one entry serves every key and a schema-limited key is refused after).
 */
export interface ImmutableBody {
	json: string;
	etag: string;
	schema?: string;
}

/** `hit`: no D1 read for the body; `miss`: read from D1 and stored; `bypass`: the cache is off. */
export type CacheOutcome = "hit" | "miss" | "bypass";

interface ImmutableRead {
	body: ImmutableBody;
	outcome: CacheOutcome;
}

/** Where a fill is kept alive after the response (ExecutionContext.waitUntil). */
export type WaitUntil = (promise: Promise<unknown>) => void;

/** Bytes of JSON the isolate keeps: an isolate has 128 MB in all, the key cache and requests share it. */
const MEMORY_BYTES = 8 * 1024 * 1024;
/** A body larger than this goes to the edge cache only, so one big page cannot empty the memory. */
const MEMORY_ENTRY_MAX = MEMORY_BYTES / 8;
/** The cache keeps an entry as long as it likes: the body it holds is the same forever. */
const EDGE_CACHE_CONTROL = "public, max-age=31536000, immutable";
const SCHEMA_HEADER = "X-Folio-Schema";

const memory = new Lru<ImmutableBody>({ capacity: MEMORY_BYTES });

// JavaScript strings are UTF-16: two bytes a character, and some overhead for the entry.
const weightOf = (key: string, body: ImmutableBody) => 2 * (key.length + body.json.length) + 256;

/**
 * Read-through cache of immutable bodies: the isolate's memory first (no I/O at all), then the
 * data center's edge cache (`caches.default`, one local round trip), then `load`, whose answer
 * both then keep. A load that throws (404, a replica that lags) stores nothing. The key must say
 * everything the body depends on; the caller authorises the request before asking.
 */
export async function readImmutable(
	key: string,
	load: () => Promise<ImmutableBody>,
	waitUntil: WaitUntil,
): Promise<ImmutableRead> {
	const held = memory.get(key);
	if (held) return { body: held, outcome: "hit" };
	const edge = await edgeCache()?.match(key);
	if (edge) {
		const body = {
			json: await edge.text(),
			etag: edge.headers.get("ETag") ?? "",
			schema: edge.headers.get(SCHEMA_HEADER) ?? undefined,
		};
		remember(key, body);
		return { body, outcome: "hit" };
	}
	const body = await load();
	remember(key, body);
	const cache = edgeCache();
	if (cache) waitUntil(cache.put(key, edgeResponse(body)).catch(() => undefined));
	return { body, outcome: "miss" };
}

function remember(key: string, body: ImmutableBody) {
	const weight = weightOf(key, body);
	if (weight <= MEMORY_ENTRY_MAX) memory.set(key, body, { weight });
}

function edgeResponse(body: ImmutableBody) {
	const headers = new Headers({
		"Content-Type": "application/json",
		"Cache-Control": EDGE_CACHE_CONTROL,
		ETag: body.etag,
	});
	if (body.schema !== undefined) headers.set(SCHEMA_HEADER, body.schema);
	return new Response(body.json, { headers });
}

// Outside a Workers runtime (Node tests of pure code) there is no Cache API: memory only.
const edgeCache = (): Cache | undefined =>
	typeof caches === "undefined" ? undefined : (caches as unknown as { default: Cache }).default;

/** Empties the isolate's memory (tests; the edge cache keeps its entries, which stay true). */
export function clearImmutableMemory() {
	memory.clear();
}

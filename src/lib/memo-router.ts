import type { Result, Router } from "hono/router";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { SmartRouter } from "hono/router/smart-router";
import { TrieRouter } from "hono/router/trie-router";

/** Paths whose match is kept; past that the memo starts over (a Map lookup per request either way). */
const PATHS_KEPT = 1024;
/** Longer paths are matched every time, so the memo holds at most about a megabyte. */
const PATH_KEPT_MAX = 500;

/**
 * Hono's default router, with the match of each recent method and path kept. Folio's routes mix
 * fixed and template segments at one level (`…/snapshots/latest` and `…/snapshots/{snapshot}`),
 * which the RegExpRouter refuses, so Hono falls back to its TrieRouter: a walk of the trie that
 * builds a parameter object for each of the dozen handlers a route has, a twentieth of a cached
 * read's CPU. A match depends on nothing but the method and the path, and Hono only reads it, so
 * a repeated path (a hot entity, a polled feed) reuses it. Adding a route forgets every match.
 */
export class MemoRouter<T> implements Router<T> {
	readonly name = "MemoRouter";
	private readonly inner: Router<T> = new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] });
	private readonly matches = new Map<string, Result<T>>();

	add(method: string, path: string, handler: T): void {
		this.matches.clear();
		this.inner.add(method, path, handler);
	}

	match(method: string, path: string): Result<T> {
		if (path.length > PATH_KEPT_MAX) return this.inner.match(method, path);
		const key = `${method} ${path}`;
		const held = this.matches.get(key);
		if (held) return held;
		const result = this.inner.match(method, path);
		if (this.matches.size >= PATHS_KEPT) this.matches.clear();
		this.matches.set(key, result);
		return result;
	}
}

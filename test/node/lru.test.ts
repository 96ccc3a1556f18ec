import { afterEach, describe, expect, it, vi } from "vitest";
import { Lru } from "../../src/lib/lru";

afterEach(() => vi.useRealTimers());

describe("the isolate cache", () => {
	it("forgets the least recently used entry first, not the oldest inserted", () => {
		const cache = new Lru<number>({ capacity: 3 });
		cache.set("a", 1);
		cache.set("b", 2);
		cache.set("c", 3);
		expect(cache.get("a")).toBe(1);
		cache.set("d", 4);
		expect(cache.get("b")).toBeUndefined();
		expect([cache.get("a"), cache.get("c"), cache.get("d")]).toEqual([1, 3, 4]);
	});

	it("bounds the total weight, evicting a tenth at once, and refuses an entry heavier than all", () => {
		const cache = new Lru<string>({ capacity: 100 });
		for (let i = 0; i < 10; i++) cache.set(`k${i}`, "x", { weight: 10 });
		cache.set("k10", "x", { weight: 10 });
		// 110 > 100: evicted down to 90, so the two oldest go.
		expect([cache.get("k0"), cache.get("k1"), cache.get("k2")]).toEqual([undefined, undefined, "x"]);
		cache.set("huge", "x", { weight: 101 });
		expect(cache.get("huge")).toBeUndefined();
		expect(cache.get("k10")).toBe("x");
	});

	it("drops an entry once its time is up, per entry or by default; zero keeps nothing", () => {
		vi.useFakeTimers();
		const cache = new Lru<string>({ capacity: 10, ttlMs: 1000 });
		cache.set("default", "x");
		cache.set("short", "x", { ttlMs: 10 });
		cache.set("none", "x", { ttlMs: 0 });
		expect(cache.get("none")).toBeUndefined();
		vi.advanceTimersByTime(11);
		expect([cache.get("short"), cache.get("default")]).toEqual([undefined, "x"]);
		vi.advanceTimersByTime(990);
		expect(cache.get("default")).toBeUndefined();
	});

	it("deletes by value for invalidations not keyed like the cache", () => {
		const cache = new Lru<{ owner: string }>({ capacity: 10 });
		cache.set("h1", { owner: "k1" });
		cache.set("h2", { owner: "k2" });
		cache.set("h3", { owner: "k1" });
		cache.deleteWhere((v) => v.owner === "k1");
		expect([cache.get("h1"), cache.get("h2")?.owner, cache.get("h3")]).toEqual([undefined, "k2", undefined]);
	});
});

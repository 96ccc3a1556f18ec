import { crc32 as zlibCrc32 } from "node:zlib";
import { Hono } from "hono";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { SmartRouter } from "hono/router/smart-router";
import { TrieRouter } from "hono/router/trie-router";
import { describe, expect, it } from "vitest";
import { allowedMethods } from "../../src/lib/allowed-methods";
import { crc32 } from "../../src/lib/crypto";
import { randomBase62 } from "../../src/lib/ids";
import { MemoRouter } from "../../src/lib/memo-router";
import { setResponseHeaders } from "../../src/lib/response-headers";

const ROUTES = [
	{ method: "GET", path: "/api/v1/projects/:project/snapshots/latest" },
	{ method: "GET", path: "/api/v1/projects/:project/snapshots/:snapshot/entities/:slug" },
	{ method: "GET", path: "/api/v1/projects/:project/snapshots/:snapshot/changes" },
	{ method: "POST", path: "/api/v1/admin/projects/:project/snapshots/regenerate" },
	{ method: "GET", path: "/api/v1/admin/projects/:project/snapshots/:snapshot" },
	{ method: "ALL", path: "/*" },
];

const PATHS = [
	"/api/v1/projects/acme/snapshots/latest",
	// A project and a snapshot named like fixed segments match as their templates say.
	"/api/v1/projects/latest/snapshots/latest",
	"/api/v1/projects/snapshots/snapshots/changes/entities/changes",
	"/api/v1/projects/acme/snapshots/snap_1/entities/a",
	"/api/v1/projects/acme/snapshots/snap_2/entities/b",
	"/api/v1/projects/acme/snapshots/snap_1/entities/",
	"/api/v1/projects/acme/snapshots/snap_1/changes",
	"/api/v1/admin/projects/acme/snapshots/regenerate",
	"/api/v1/admin/projects/acme/snapshots/snap_1",
	"/api/v1/admin/projects/acme/snapshots/",
	"/api/v1/nothing",
	"/",
];

describe("the 405 check's per-shape memory", () => {
	it("answers every path as a check that never saw another path", () => {
		const warm = allowedMethods(ROUTES);
		for (const path of [...PATHS, ...PATHS]) expect(warm(path), path).toEqual(allowedMethods(ROUTES)(path));
	});

	it("keeps a fixed segment over a template and tells a template's values apart from fixed words", () => {
		const allowed = allowedMethods(ROUTES);
		expect(allowed("/api/v1/admin/projects/acme/snapshots/regenerate")).toEqual(["POST"]);
		expect(allowed("/api/v1/admin/projects/acme/snapshots/snap_1")).toEqual(["GET", "HEAD"]);
		expect(allowed("/api/v1/projects/acme/snapshots/snap_1/entities/")).toEqual([]);
	});
});

describe("the router's memory of matches", () => {
	const handlersOf = (router: MemoRouter<string> | SmartRouter<string>, path: string) =>
		router.match("GET", path)[0].map(([handler]) => handler);

	it("matches as Hono's default router does, the second time too", () => {
		const memo = new MemoRouter<string>();
		const plain = new SmartRouter<string>({ routers: [new RegExpRouter(), new TrieRouter()] });
		for (const [i, route] of ROUTES.entries()) {
			memo.add(route.method, route.path.replace("/*", "*"), `h${i}`);
			plain.add(route.method, route.path.replace("/*", "*"), `h${i}`);
		}
		for (const path of [...PATHS, ...PATHS])
			expect(handlersOf(memo, path), path).toEqual(handlersOf(plain, path));
	});

	it("hands each path its own parameters", async () => {
		const app = new Hono({ router: new MemoRouter() });
		app.get("/p/:project/s/:slug", (c) => c.json(c.req.param()));
		for (const [project, slug] of [
			["a", "x"],
			["b", "y"],
			["a", "x"],
		]) {
			const res = await app.request(`/p/${project}/s/${slug}`);
			expect(await res.json()).toEqual({ project, slug });
		}
		const long = `/p/a/s/${"z".repeat(600)}`;
		expect(await (await app.request(long)).json()).toEqual({ project: "a", slug: "z".repeat(600) });
	});
});

describe("headers set on an answer", () => {
	it("are set in place on a Response the request built, and on a copy of one whose headers are immutable", async () => {
		const app = new Hono();
		app.use(async (c, next) => {
			await next();
			setResponseHeaders(c, { "X-Request-Id": "req_1", RateLimit: '"read";r=1;t=1' });
		});
		app.get("/built", (c) => c.json({ ok: true }, 201, { ETag: '"e"' }));
		// Response.redirect's headers are immutable, as fetch() and the Cache API hand them out.
		app.get("/immutable", () => Response.redirect("https://example.com/", 302));
		const built = await app.request("/built");
		expect(built.status).toBe(201);
		expect([built.headers.get("X-Request-Id"), built.headers.get("ETag"), await built.text()]).toEqual([
			"req_1",
			'"e"',
			'{"ok":true}',
		]);
		const immutable = await app.request("/immutable");
		expect(immutable.status).toBe(302);
		expect([immutable.headers.get("Location"), immutable.headers.get("RateLimit")]).toEqual([
			"https://example.com/",
			'"read";r=1;t=1',
		]);
	});
});

describe("key checksums and request ids", () => {
	it("crc32 is zlib's CRC-32 of the UTF-8 bytes, ASCII or not", () => {
		for (const input of ["", "123456789", "folio_abcDEF0123456789abcdefghijABCDEFGHIJ", "é", "ü-日本-🙂"]) {
			expect(crc32(input), input).toBe(zlibCrc32(Buffer.from(input, "utf8")));
		}
	});

	it("random base62 strings have the length asked, in the alphabet, and differ", () => {
		for (const length of [1, 6, 16, 20, 32, 40]) {
			const value = randomBase62(length);
			expect(value).toMatch(new RegExp(`^[0-9A-Za-z]{${length}}$`));
		}
		expect(new Set(Array.from({ length: 100 }, () => randomBase62(20))).size).toBe(100);
	});
});

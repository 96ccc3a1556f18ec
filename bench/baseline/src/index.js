// Baseline worker for `npm run bench`: the least work a Folio write could do on the same platform
// (one D1 insert, one Durable Object RPC call, one queue send), so Folio can be compared with it.
import { DurableObject } from "cloudflare:workers";
import { Hono } from "hono";

/** A tiny SQLite-backed Durable Object with one RPC method. */
export class Counter extends DurableObject {
	/** @param {DurableObjectState} ctx @param {unknown} env */
	constructor(ctx, env) {
		super(ctx, env);
		ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
	}

	/** Adds one and returns the new count. */
	increment() {
		const row = this.ctx.storage.sql
			.exec("INSERT INTO counter (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = n + 1 RETURNING n")
			.one();
		return Number(row.n);
	}
}

/** @type {Promise<unknown> | undefined} Table creation, once per isolate. */
let tableReady;

/** @param {D1Database} db */
function ensureTable(db) {
	tableReady ??= db
		.prepare(
			"CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)",
		)
		.run()
		.catch((error) => {
			tableReady = undefined;
			throw error;
		});
	return tableReady;
}

const app = new Hono();

app.post("/write", async (c) => {
	const body = await c.req.json();
	await ensureTable(c.env.DB);
	const id = crypto.randomUUID();
	const createdAt = new Date().toISOString();
	await c.env.DB.prepare("INSERT INTO items (id, body, created_at) VALUES (?, ?, ?)")
		.bind(id, JSON.stringify(body), createdAt)
		.run();
	const count = await c.env.COUNTER.get(c.env.COUNTER.idFromName("bench")).increment();
	await c.env.EVENTS.send({ type: "item.created", id });
	return c.json({ id, count, created_at: createdAt, data: body }, 201);
});

app.get("/read/:id", async (c) => {
	await ensureTable(c.env.DB);
	const row = await c.env.DB.prepare("SELECT id, body, created_at FROM items WHERE id = ?")
		.bind(c.req.param("id"))
		.first();
	if (!row) return c.json({ error: "not_found" }, 404);
	return c.json({ id: row.id, created_at: row.created_at, data: JSON.parse(String(row.body)) });
});

app.get("/", (c) => c.json({ ok: true }));

export default {
	fetch: app.fetch,

	/** @param {MessageBatch} batch */
	async queue(batch) {
		batch.ackAll();
	},
};

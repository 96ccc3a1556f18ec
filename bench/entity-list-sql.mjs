// `node bench/entity-list-sql.mjs`: times one page (50) of the admin entity list's SQL, as
// src/modules/entities builds it, on 20,000 entities in Node's SQLite (no D1 round trip: this is
// the query's own cost). Every 7th entity is a `b` draft over a commit of another schema, so a
// schema-limited key's view differs from the head. Prints ms per page for each case.
import { readdirSync, readFileSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";

const ENTITIES = 20_000;
const RUNS = 200;
const db = new DatabaseSync(":memory:");
for (const file of readdirSync("migrations")
	.filter((f) => f.endsWith(".sql"))
	.sort()) {
	for (const statement of readFileSync(`migrations/${file}`, "utf8").split("--> statement-breakpoint")) {
		if (statement.trim()) db.exec(statement);
	}
}
db.exec("BEGIN");
const revision = db.prepare(
	"INSERT INTO entity_revisions (project_id, slug, revision, kind, schema_id, schema_version, data, author, created_at) VALUES ('p', ?, ?, ?, ?, 1, ?, 'root', 'now')",
);
const head = db.prepare(
	"INSERT INTO entities (project_id, slug, schema_id, status, revision, committed_revision, draft_revision, created_at, updated_at) VALUES ('p', ?, ?, ?, ?, ?, ?, 'now', 'now')",
);
for (let i = 0; i < ENTITIES; i++) {
	const slug = `e${String(i).padStart(6, "0")}`;
	const schema = ["a", "b", "c", "d", "e"][i % 5];
	revision.run(slug, 1, "commit", schema, JSON.stringify({ i, pad: "x".repeat(200) }));
	if (i % 7 === 0) {
		revision.run(slug, 2, "draft", "b", "{}");
		head.run(slug, "b", "modified", 2, 1, 2);
	} else head.run(slug, schema, "committed", 1, 1, null);
}
db.exec("COMMIT; ANALYZE;");

const constant = (file, name) =>
	readFileSync(file, "utf8").match(new RegExp(`const ${name} = \`([^\`]*)\``))[1];
const store = "src/modules/entities/entity-store.ts";
const view = "src/modules/entities/entity-view.ts";
const sql = `SELECT ${constant(store, "HEAD_COLUMNS")}, ${constant(view, "VIEW_COLUMNS")} ${constant(store, "HEAD_FROM")}
	WHERE e.project_id = ?1 AND (?5 IS NULL OR e.slug > ?5) AND ${constant(view, "VIEW_PREFILTER")}
	AND v_schema IS NOT NULL AND (?2 IS NULL OR v_schema = ?2) AND (?3 IS NULL OR v_status = ?3)
	ORDER BY e.slug LIMIT ?6`;
const page = db.prepare(sql);
const cases = [
	["every schema, no filter", null, null, null],
	["every schema, schema=e", "e", null, null],
	["limited to [a], no filter", null, null, '["a"]'],
	["limited to [b], status=draft", null, "draft", '["b"]'],
	["limited to [a], status=draft (no match)", null, "draft", '["a"]'],
];
for (const [name, schema, status, allowed] of cases) {
	let rows = 0;
	const start = performance.now();
	for (let r = 0; r < RUNS; r++) rows = page.all("p", schema, status, allowed, "e010000", 51).length;
	const ms = (performance.now() - start) / RUNS;
	console.log(`${name.padEnd(42)} ${ms.toFixed(3)} ms/page  (${rows} rows)`);
}

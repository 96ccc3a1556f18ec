import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { projects } from "./projects";

/** The head of a schema: which version is current. */
export const schemas = sqliteTable(
	"schemas",
	{
		projectId: text("project_id")
			.notNull()
			.references(() => projects.id),
		id: text("id").notNull(),
		version: integer("version").notNull(),
		createdAt: text("created_at").notNull(),
		updatedAt: text("updated_at").notNull(),
	},
	(t) => [primaryKey({ columns: [t.projectId, t.id] })],
);

/** Every version ever written; rows are never updated. */
export const schemaVersions = sqliteTable(
	"schema_versions",
	{
		projectId: text("project_id").notNull(),
		schemaId: text("schema_id").notNull(),
		version: integer("version").notNull(),
		title: text("title"),
		jsonSchema: text("json_schema", { mode: "json" }).$type<unknown>().notNull(),
		createdAt: text("created_at").notNull(),
	},
	(t) => [primaryKey({ columns: [t.projectId, t.schemaId, t.version] })],
);

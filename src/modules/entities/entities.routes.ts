import { z } from "@hono/zod-openapi";
import { dataPage, dataPaginationQuery } from "../../lib/page-bytes";
import { DryRunQuery, ProjectParams } from "../../lib/params";
import {
	defineRoute,
	dryRunContent,
	jsonBodyOf,
	jsonContent,
	jsonOrDryRunContent,
} from "../../openapi/define-route";
import { ConditionalHeaders } from "../read/read.schemas";
import {
	Batch,
	BatchResult,
	BatchResultMinimal,
	CommitEntity,
	CreateEntity,
	DeleteEntity,
	DryRunEntity,
	Entity,
	EntityParams,
	ListEntitiesQuery,
	PreconditionHeaders,
	PreferHeader,
	PutEntity,
	PutPreconditionHeaders,
	Revision,
} from "./entities.schemas";

const WRITE = { scope: "content.write" } as const;
const base = "/api/v1/admin/projects/{project}/entities";
const tags = ["Entities"];
const etagHeader = {
	ETag: { schema: { type: "string" as const }, description: 'The revision, e.g. `"3"`.' },
};
const withETag = (description: string) => ({ ...jsonContent(Entity, description), headers: etagHeader });
/** A 200 that is the entity, or with `?dry_run=true` what the entity would be. */
const entityOrDryRun = (description: string) => ({
	...jsonOrDryRunContent(Entity, DryRunEntity, description),
	headers: etagHeader,
});

export const createEntityRoute = defineRoute(
	WRITE,
	{
		method: "post",
		path: base,
		operationId: "createEntity",
		tags,
		summary: "Create a draft",
		request: { params: ProjectParams, query: DryRunQuery, body: jsonBodyOf(CreateEntity) },
		responses: {
			201: {
				...withETag("The new entity."),
				headers: {
					...etagHeader,
					Location: { schema: { type: "string" as const }, description: "The entity's URL." },
				},
			},
			200: dryRunContent(DryRunEntity, "Dry run: the entity as it would be."),
		},
	},
	[409],
);

export const putEntityRoute = defineRoute(
	WRITE,
	{
		method: "put",
		path: `${base}/{slug}`,
		operationId: "putEntity",
		tags,
		summary: "Create or update an entity",
		description: "`mode: draft` (default) saves a draft; `mode: commit` commits at once and needs `message`.",
		request: {
			params: EntityParams,
			query: DryRunQuery,
			headers: PutPreconditionHeaders,
			body: jsonBodyOf(PutEntity),
		},
		responses: { 200: entityOrDryRun("Updated."), 201: withETag("Created.") },
	},
	[409, 412],
);

export const commitEntityRoute = defineRoute(
	WRITE,
	{
		method: "post",
		path: `${base}/{slug}/commit`,
		operationId: "commitEntity",
		tags,
		summary: "Commit the draft",
		request: {
			params: EntityParams,
			query: DryRunQuery,
			headers: PreconditionHeaders,
			body: jsonBodyOf(CommitEntity),
		},
		responses: { 200: entityOrDryRun("Committed.") },
	},
	[409, 412],
);

export const deleteEntityRoute = defineRoute(
	WRITE,
	{
		method: "delete",
		path: `${base}/{slug}`,
		operationId: "deleteEntity",
		tags,
		summary: "Delete an entity",
		description: "Commits a tombstone: the entity leaves the next snapshot; its history stays.",
		request: {
			params: EntityParams,
			query: DryRunQuery,
			headers: PreconditionHeaders,
			body: jsonBodyOf(DeleteEntity, false),
		},
		responses: { 200: entityOrDryRun("Deleted.") },
	},
	[409, 412],
);

export const getEntityRoute = defineRoute(WRITE, {
	method: "get",
	path: `${base}/{slug}`,
	operationId: "getEntity",
	tags,
	summary: "Get an entity",
	description:
		"A key limited to some schemas sees only the sides of its schemas (see the `Entity` schema); an entity it sees nothing of is 403 `schema_forbidden`.",
	request: { params: EntityParams, headers: ConditionalHeaders },
	responses: {
		200: withETag("The entity, drafts included."),
		// RFC 9110 §15.4.5: a 304 repeats the ETag the 200 would have carried.
		304: { description: "Unchanged since `If-None-Match`.", headers: etagHeader },
	},
});

export const listEntitiesRoute = defineRoute(WRITE, {
	method: "get",
	path: base,
	operationId: "listEntities",
	tags,
	summary: "List entities",
	description:
		"For a schema-limited key, only entities it sees something of, as it sees them; `schema` and `status` filter that view.",
	request: { params: ProjectParams, query: dataPaginationQuery.merge(ListEntitiesQuery) },
	responses: { 200: jsonContent(dataPage(Entity), "A page of entities, by slug.") },
});

export const listRevisionsRoute = defineRoute(WRITE, {
	method: "get",
	path: `${base}/{slug}/revisions`,
	operationId: "listRevisions",
	tags,
	summary: "List an entity's revisions",
	description: "For a schema-limited key, revisions of other schemas are left out.",
	request: { params: EntityParams, query: dataPaginationQuery },
	responses: { 200: jsonContent(dataPage(Revision), "Revisions, newest first.") },
});

export const batchRoute = defineRoute(
	WRITE,
	{
		method: "post",
		path: "/api/v1/admin/projects/{project}/batch",
		operationId: "batchEntities",
		tags,
		summary: "Apply up to 100 operations atomically",
		description:
			"All or nothing, in one D1 batch. A refusal names the operation (`operation_index`) and points into it (`/operations/2/data/title`).",
		request: { params: ProjectParams, query: DryRunQuery, headers: PreferHeader, body: jsonBodyOf(Batch) },
		responses: {
			200: jsonOrDryRunContent(
				z.union([BatchResult, BatchResultMinimal]),
				z.union([BatchResult, BatchResultMinimal]),
				"Each operation's resulting entity, in order (without data under `Prefer: return=minimal`).",
			),
		},
	},
	[409, 412],
);

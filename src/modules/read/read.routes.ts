import { ProjectParams } from "../../lib/params";
import { defineRoute, jsonContent } from "../../openapi/define-route";
import {
	ChangesQuery,
	ConditionalHeaders,
	PublishedSnapshot,
	ReadEntitiesQuery,
	ReadEntityParams,
	SnapshotChangePage,
	SnapshotEntity,
	SnapshotEntityPage,
	SnapshotRefParams,
} from "./read.schemas";

const READ = { scope: "content.read", bucket: "read" } as const;
const base = "/api/v1/projects/{project}/snapshots";

const cacheHeaders = {
	ETag: { schema: { type: "string" as const } },
	"Cache-Control": {
		schema: { type: "string" as const },
		description:
			"`public, max-age=31536000, immutable` for a snapshot by id; `public, max-age=5` through `latest`.",
	},
	"X-Folio-Cache": {
		schema: { type: "string" as const, enum: ["hit", "miss", "bypass"] },
		description:
			"`hit`: the body came from the worker's memory or the edge cache, without a D1 read (through `latest`, its id may be up to 2 s old); `miss`: read from D1 and now cached; `bypass`: the read cache is off (`FOLIO_READ_CACHE=off`).",
	},
};
const cached = (schema: Parameters<typeof jsonContent>[0], description: string) => ({
	...jsonContent(schema, description),
	headers: cacheHeaders,
});
// RFC 9110 §15.4.5: a 304 repeats the ETag and Cache-Control the 200 would have carried.
const notModified = { 304: { description: "Unchanged since `If-None-Match`.", headers: cacheHeaders } };

export const readLatestSnapshotRoute = defineRoute(READ, {
	operationId: "readLatestSnapshot",
	method: "get",
	path: `${base}/latest`,
	tags: ["Read"],
	summary: "The latest published snapshot",
	request: { params: ProjectParams, headers: ConditionalHeaders },
	responses: { 200: cached(PublishedSnapshot, "Its metadata; `ETag` is its id."), ...notModified },
});

export const readSnapshotEntitiesRoute = defineRoute(READ, {
	operationId: "readSnapshotEntities",
	method: "get",
	path: `${base}/{snapshot}/entities`,
	tags: ["Read"],
	summary: "Entities in a snapshot",
	description:
		"Committed entities as they were when the snapshot was built, by slug. Drafts never appear, nor entities of schemas a limited key may not read.",
	request: { params: SnapshotRefParams, query: ReadEntitiesQuery, headers: ConditionalHeaders },
	responses: { 200: cached(SnapshotEntityPage, "A page of entities."), ...notModified },
});

export const readSnapshotEntityRoute = defineRoute(READ, {
	operationId: "readSnapshotEntity",
	method: "get",
	path: `${base}/{snapshot}/entities/{slug}`,
	tags: ["Read"],
	summary: "One entity in a snapshot",
	description:
		"An entity of a schema the key is not limited to answers 404 `entity_not_found`, exactly like a slug the snapshot lacks.",
	request: { params: ReadEntityParams, headers: ConditionalHeaders },
	responses: { 200: cached(SnapshotEntity, "The entity; `ETag` is its revision."), ...notModified },
});

export const readSnapshotChangesRoute = defineRoute(READ, {
	operationId: "readSnapshotChanges",
	method: "get",
	path: `${base}/{snapshot}/changes`,
	tags: ["Read"],
	summary: "Changes between two snapshots",
	description:
		"The entities that differ between `since` and this snapshot, by slug: `added`, `changed` (schema or data differs) or `removed`. Applying them to a copy of `since` gives this snapshot. Either order works. A limited key sees the two snapshots as it reads them: an entity moved into one of its schemas is `added`, one moved out is `removed`. The cost follows the number of revisions written between the two builds, not the project's size.",
	request: { params: SnapshotRefParams, query: ChangesQuery, headers: ConditionalHeaders },
	responses: { 200: cached(SnapshotChangePage, "A page of changes."), ...notModified },
});

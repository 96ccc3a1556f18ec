import { page, paginationQuery } from "../../lib/pagination";
import { ProjectParams } from "../../lib/params";
import { defineRoute, jsonBodyOf, jsonContent, secretContent } from "../../openapi/define-route";
import { ApiKey, CreatedKey, CreateKey, KeyParams, RolledKey, RollKey } from "./keys.schemas";

const ROOT = { root: true } as const;
const base = "/api/v1/admin/projects/{project}/keys";

export const createKeyRoute = defineRoute(ROOT, {
	operationId: "createKey",
	method: "post",
	path: base,
	tags: ["Keys"],
	summary: "Create an API key",
	description: "The key (and signing secret, if any) appear in this response only; D1 keeps a SHA-256.",
	request: { params: ProjectParams, body: jsonBodyOf(CreateKey) },
	responses: { 201: secretContent(CreatedKey, "The new key, with its secret.") },
});

export const listKeysRoute = defineRoute(ROOT, {
	operationId: "listKeys",
	method: "get",
	path: base,
	tags: ["Keys"],
	summary: "List API keys",
	request: { params: ProjectParams, query: paginationQuery },
	responses: { 200: jsonContent(page(ApiKey), "A page of keys, newest first; never their secrets.") },
});

export const revokeKeyRoute = defineRoute(ROOT, {
	operationId: "revokeKey",
	method: "delete",
	path: `${base}/{id}`,
	tags: ["Keys"],
	summary: "Revoke an API key",
	description: "Effective at once in the isolate that serves it and within 30 s everywhere else.",
	request: { params: KeyParams },
	responses: { 200: jsonContent(ApiKey, "The revoked key.") },
});

export const rollKeyRoute = defineRoute(
	ROOT,
	{
		operationId: "rollKey",
		method: "post",
		path: `${base}/{id}/roll`,
		tags: ["Keys"],
		summary: "Roll an API key's secret",
		description: "Issues a new secret. The previous secret keeps working until `expires_at` (default 24 h).",
		request: { params: KeyParams, body: jsonBodyOf(RollKey, false) },
		responses: { 200: secretContent(RolledKey, "The key with its new secret.") },
	},
	[409],
);

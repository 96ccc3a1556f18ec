import { page, paginationQuery } from "../../lib/pagination";
import { defineRoute, jsonBodyOf, jsonContent } from "../../openapi/define-route";
import { CreateProject, Project } from "./projects.schemas";

const ROOT = { root: true } as const;

export const createProjectRoute = defineRoute(
	ROOT,
	{
		operationId: "createProject",
		method: "post",
		path: "/api/v1/admin/projects",
		tags: ["Projects"],
		summary: "Create a project",
		request: { body: jsonBodyOf(CreateProject) },
		responses: { 201: jsonContent(Project, "The new project.") },
	},
	[409],
);

export const listProjectsRoute = defineRoute(ROOT, {
	operationId: "listProjects",
	method: "get",
	path: "/api/v1/admin/projects",
	tags: ["Projects"],
	summary: "List projects",
	request: { query: paginationQuery },
	responses: { 200: jsonContent(page(Project), "A page of projects, by id.") },
});

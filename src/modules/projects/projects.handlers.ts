import { createRouter } from "../../lib/create-router";
import { createProjectRoute, listProjectsRoute } from "./projects.routes";
import { createProject, listProjects } from "./projects.service";

export const projectsRouter = createRouter()
	.openapi(createProjectRoute, async (c) => {
		const project = await createProject(c.get("db"), c.req.valid("json"));
		return c.json(project, 201);
	})
	.openapi(listProjectsRoute, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		return c.json(await listProjects(c.get("db"), limit, cursor), 200);
	});

import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { allowedMethods } from "./lib/allowed-methods";
import { ApiError, problemResponse } from "./lib/errors";
import { log } from "./lib/log";
import { MemoRouter } from "./lib/memo-router";
import type { AppEnv } from "./lib/types";
import { defaultHook } from "./lib/validation";
import { requestContext } from "./middleware/request-context";
import { securityHeaders } from "./middleware/security-headers";
import { entitiesRouter } from "./modules/entities/entities.handlers";
import { eventsRouter } from "./modules/events/events.handlers";
import { exportsRouter } from "./modules/exports/exports.handlers";
import { healthRouter } from "./modules/health/health.handlers";
import { keysRouter } from "./modules/keys/keys.handlers";
import { projectsRouter } from "./modules/projects/projects.handlers";
import { readRouter } from "./modules/read/read.handlers";
import { schemasRouter } from "./modules/schemas/schemas.handlers";
import { snapshotsRouter } from "./modules/snapshots/snapshots.handlers";
import { webhooksRouter } from "./modules/webhooks/webhooks.handlers";
import { mountOpenApi } from "./openapi/openapi";

function notAllowed(method: string, methods: string[], c: Context<AppEnv>) {
	const error = new ApiError("method_not_allowed", `${method} is not allowed here.`, {
		headers: { Allow: methods.join(", ") },
	});
	return problemResponse(error, c.get("requestId"));
}

export function createApp() {
	const app = new OpenAPIHono<AppEnv>({ defaultHook, router: new MemoRouter() });
	app.use(requestContext());
	app.use(securityHeaders());
	// Before the routes: a method the path does not answer must not reach a template route that
	// happens to match (GET …/snapshots/regenerate is not a snapshot id). Compiled on first use,
	// once every route below is registered.
	const allowed = allowedMethods(app.routes);
	app.use(async (c, next) => {
		const methods = allowed(c.req.path);
		if (methods.length > 0 && !methods.includes(c.req.method)) return notAllowed(c.req.method, methods, c);
		await next();
	});

	app.route("/", healthRouter);
	app.route("/", projectsRouter);
	app.route("/", keysRouter);
	app.route("/", schemasRouter);
	app.route("/", entitiesRouter);
	app.route("/", snapshotsRouter);
	app.route("/", readRouter);
	app.route("/", webhooksRouter);
	app.route("/", exportsRouter);
	app.route("/", eventsRouter);
	mountOpenApi(app);

	app.notFound((c) => {
		const { method, path } = c.req;
		const methods = allowed(path);
		const unslashed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : undefined;
		const hint = unslashed && allowed(unslashed).length > 0 ? ` Did you mean ${unslashed}?` : "";
		if (methods.length > 0) return notAllowed(method, methods, c);
		const error = new ApiError("not_found", `No route matches ${method} ${path}.${hint}`);
		return problemResponse(error, c.get("requestId"));
	});

	app.onError((error, c) => {
		const requestId = c.get("requestId") ?? "unknown";
		if (error instanceof ApiError) return problemResponse(error, requestId);
		if (error instanceof HTTPException && error.status < 500) {
			// The router's own refusals: its media-type gate (an empty body labelled as, say,
			// text/plain gets past jsonBody) and its validators' unreadable bodies.
			const code = error.status === 415 ? "unsupported_media_type" : "bad_request";
			return problemResponse(new ApiError(code, error.message), requestId);
		}
		// The stack goes to the log only; the client gets the request id to quote.
		log("error", "unhandled error", {
			request_id: requestId,
			error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
			stack: error instanceof Error ? error.stack : undefined,
		});
		return problemResponse(new ApiError("internal_error", "Something went wrong on our side."), requestId);
	});
	return app;
}

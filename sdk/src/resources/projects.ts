import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type {
	ApiKey,
	CreatedApiKey,
	FiltersOf,
	Project,
	RequestBody,
	RequestOptions,
	RolledApiKey,
} from "../types.ts";
import { adminPath, paginate, path } from "./shared.ts";

/** Projects (root token). */
export class Projects {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	create(body: RequestBody<"createProject">, options?: RequestOptions): Promise<Project> {
		return this.#transport.json("POST", "/api/v1/admin/projects", { ...options, body });
	}

	list(filters?: FiltersOf<"listProjects">, options?: RequestOptions): Paginator<Project> {
		return paginate(this.#transport, "/api/v1/admin/projects", filters, options);
	}
}

/** API keys of a project (root token). Secrets are returned once, by `create` and `roll`. */
export class Keys {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	create(project: string, body: RequestBody<"createKey">, options?: RequestOptions): Promise<CreatedApiKey> {
		return this.#transport.json("POST", `${adminPath(project)}/keys`, { ...options, body });
	}

	list(project: string, filters?: FiltersOf<"listKeys">, options?: RequestOptions): Paginator<ApiKey> {
		return paginate(this.#transport, `${adminPath(project)}/keys`, filters, options);
	}

	revoke(project: string, id: string, options?: RequestOptions): Promise<ApiKey> {
		return this.#transport.json("DELETE", `${adminPath(project)}${path`/keys/${id}`}`, options);
	}

	/** A new secret; the old one keeps working until `expires_at` (default 24 h). */
	roll(
		project: string,
		id: string,
		body: RequestBody<"rollKey"> = {},
		options?: RequestOptions,
	): Promise<RolledApiKey> {
		return this.#transport.json("POST", `${adminPath(project)}${path`/keys/${id}/roll`}`, {
			...options,
			body,
		});
	}
}

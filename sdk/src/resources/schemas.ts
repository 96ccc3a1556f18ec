import type { Paginator } from "../pagination.ts";
import type { Transport } from "../transport.ts";
import type { FiltersOf, QueryOf, RequestBody, RequestOptions, Schema } from "../types.ts";
import { adminPath, paginate, path } from "./shared.ts";

/** JSON Schemas of a project (`schema.manage`). */
export class Schemas {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/** Creates the schema or adds a version of it. */
	put(
		project: string,
		schema: string,
		body: RequestBody<"putSchema">,
		options?: RequestOptions,
	): Promise<Schema> {
		return this.#transport.json("PUT", `${adminPath(project)}${path`/schemas/${schema}`}`, {
			...options,
			body,
		});
	}

	get(
		project: string,
		schema: string,
		query?: QueryOf<"getSchema">,
		options?: RequestOptions,
	): Promise<Schema> {
		return this.#transport.json("GET", `${adminPath(project)}${path`/schemas/${schema}`}`, {
			...options,
			query,
		});
	}

	list(project: string, filters?: FiltersOf<"listSchemas">, options?: RequestOptions): Paginator<Schema> {
		return paginate(this.#transport, `${adminPath(project)}/schemas`, filters, options);
	}
}

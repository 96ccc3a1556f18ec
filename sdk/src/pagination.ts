import type { Page } from "./types.ts";

export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

/**
 * A cursor-paginated list. Iterate it for every item across pages
 * (`for await (const entity of folio.entities.list("demo"))`), or call `page()` for one page.
 * Pages are fetched lazily, one at a time, as the iteration reaches them.
 */
export class Paginator<T> implements AsyncIterable<T> {
	readonly #fetchPage: PageFetcher<T>;

	constructor(fetchPage: PageFetcher<T>) {
		this.#fetchPage = fetchPage;
	}

	/** One page: the first, or the one at `cursor` (a previous page's `next_cursor`). */
	page(cursor?: string | null): Promise<Page<T>> {
		return this.#fetchPage(cursor ?? undefined);
	}

	async *pages(): AsyncGenerator<Page<T>, void, undefined> {
		let cursor: string | null = null;
		do {
			const page: Page<T> = await this.page(cursor);
			yield page;
			cursor = page.next_cursor;
		} while (cursor);
	}

	async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
		for await (const page of this.pages()) yield* page.data;
	}

	/** Every item of every page; for lists known to be small. */
	async toArray(): Promise<T[]> {
		const items: T[] = [];
		for await (const item of this) items.push(item);
		return items;
	}
}

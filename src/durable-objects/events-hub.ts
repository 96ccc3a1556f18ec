import { DurableObject } from "cloudflare:workers";

interface Waiter {
	after: number;
	resolve: (woken: boolean) => void;
	timer: ReturnType<typeof setTimeout>;
}

/**
 * Where the long-polling feed requests of one project wait (one object per project, named by its
 * id). A waiting request costs an open RPC here and nothing else: no D1 query while it waits.
 *
 * The object knows the project's newest feed position (`seq`) only as of its last D1 read. A write
 * notifies it after the write's response (effects.ts; the jobs consumer notifies again when it
 * claims the event, which also covers an event the cron sweep re-sent). A notification only marks
 * that knowledge stale: with requests waiting, the object reads the newest seq once (one query for
 * all of them, however many notifications arrived meanwhile) and wakes those behind it. A woken
 * request reads the feed itself, so a late, duplicated or lost notification costs latency at worst,
 * never an event: the request answers from D1 when its wait ends in any case.
 *
 * Nothing is stored: an evicted object has no waiters, and its first waiter reads D1 again.
 */
export class EventsHub extends DurableObject<Env> {
	#project: string | null = null;
	#newest: number | null = null;
	#waiters = new Set<Waiter>();
	/** Bumped by each notification, so a read that raced one is not taken as current. */
	#generation = 0;
	#reading: Promise<number> | null = null;

	/** An event of the project committed: wake the requests waiting behind it. */
	notify(project: string): void {
		this.#project = project;
		this.#newest = null;
		this.#generation++;
		if (this.#waiters.size > 0) this.#refresh().catch(() => undefined);
	}

	/**
	 * Resolves true as soon as the project has an event after `after` (at once if it has one now),
	 * false when `ms` pass first.
	 */
	async wait(project: string, after: number, ms: number): Promise<boolean> {
		this.#project = project;
		const newest = this.#newest ?? (await this.#refresh());
		if (newest > after) return true;
		return new Promise<boolean>((resolve) => {
			const waiter: Waiter = {
				after,
				resolve,
				timer: setTimeout(() => {
					this.#waiters.delete(waiter);
					resolve(false);
				}, ms),
			};
			this.#waiters.add(waiter);
		});
	}

	/** Reads the newest seq (one read at a time; again if a notification came during it) and wakes. */
	#refresh(): Promise<number> {
		if (this.#reading) return this.#reading;
		this.#reading = (async () => {
			try {
				for (;;) {
					const generation = this.#generation;
					const newest = await this.#readNewest();
					this.#wake(newest);
					if (generation === this.#generation) {
						this.#newest = newest;
						return newest;
					}
				}
			} finally {
				this.#reading = null;
			}
		})();
		return this.#reading;
	}

	async #readNewest(): Promise<number> {
		const row = await this.env.DB.prepare(
			"SELECT coalesce(max(seq), 0) AS seq FROM outbox_events WHERE project_id = ?",
		)
			.bind(this.#project)
			.first<{ seq: number }>();
		return row?.seq ?? 0;
	}

	#wake(newest: number) {
		for (const waiter of this.#waiters) {
			if (waiter.after >= newest) continue;
			clearTimeout(waiter.timer);
			this.#waiters.delete(waiter);
			waiter.resolve(true);
		}
	}
}

import { DurableObject } from "cloudflare:workers";
import { checkConfig } from "../config";
import { createDb } from "../db/client";
import { log } from "../lib/log";
import {
	ATTEMPT_TIMEOUT_MS,
	type AttemptSettings,
	attemptClaimed,
	attemptOutcome,
	attemptSettings,
} from "../modules/webhooks/delivery-attempt";
import {
	type ClaimedDelivery,
	type Outcome,
	RECORD_FAILED_DELAY_S,
	type Release,
	recordOutcomes,
} from "../modules/webhooks/delivery-store";
import { deliveryMessages, enqueue } from "../queues/producer";

/** Slow-lane attempts claimed by one consumer batch, handed to one sender. */
export interface SendJob {
	claim: string;
	/** When the claim was made (ms): an attempt not started soon after is handed back. */
	claimedAt: number;
	rows: ClaimedDelivery[];
	/** Tests shorten the attempt timeout; production always uses 15 s. */
	timeoutMs?: number;
}

/** Workers allow six simultaneous outgoing connections per invocation (the alarm is one). */
const CONNECTIONS = 6;
/**
 * A claimed attempt not started this long after its claim goes back to the queue (and so, most
 * likely, to another sender). With the 15 s timeout and the record after it, every attempt a
 * live sender owns ends well within STALE_ATTEMPT_MS, so the sweep only takes over lost ones.
 */
const START_WITHIN_MS = 20_000;
/** An alarm stops starting attempts after this long and leaves the rest to the next alarm (15 min limit). */
const ALARM_RUN_MS = 5 * 60_000;
/** Least time between two writes of one sender's outcomes. */
const FLUSH_GAP_MS = 1_000;

interface Item {
	row: ClaimedDelivery;
	claim: string;
	claimedAt: number;
	timeoutMs: number;
}

/** A finished item: an attempt's outcome (and the delay before the next one) or a hand-back. */
type Done = { claim: string } & ({ outcome: Outcome; delay: number | null } | { release: Release });

/**
 * Sends slow-lane webhook attempts (see docs/webhooks.md, "Senders"). One object per endpoint
 * and shard: the consumer hands it claimed attempts and moves on, so a batch never waits for a
 * receiver, and a receiver that hangs holds only the connections of its own senders. Attempts
 * run in the object's alarm, six at a time; outcomes are recorded in D1 as they come (one write
 * at a time, whatever finished meanwhile in it), then the next attempts are queued on the slow
 * lane with their delay, as the consumer did. Nothing is kept in storage: D1 holds every claim,
 * and if the object is lost mid-attempt, the claim goes stale and the cron sweep re-sends it.
 */
export class DeliverySender extends DurableObject<Env> {
	private waiting: Item[] = [];
	private running = 0;
	private done: Done[] = [];
	/** An alarm is set or running: new work joins it. */
	private active = false;
	/** Starts waiting attempts while the alarm runs. */
	private wake: (() => void) | null = null;
	private flushing: Promise<void> | null = null;
	private lastFlush = 0;

	/** Accepts attempts; they start within the object's alarm. */
	async accept(job: SendJob): Promise<number> {
		const items = job.rows.map((row) => ({
			row,
			claim: job.claim,
			claimedAt: job.claimedAt,
			timeoutMs: job.timeoutMs ?? ATTEMPT_TIMEOUT_MS,
		}));
		if (!this.active) {
			this.active = true;
			try {
				await this.ctx.storage.setAlarm(Date.now());
			} catch (error) {
				// The caller gives these claims back; any another call added meanwhile is swept.
				this.active = false;
				throw error;
			}
		}
		this.waiting.push(...items);
		this.wake?.();
		return items.length;
	}

	override async alarm(): Promise<void> {
		const check = checkConfig(this.env);
		const settings = check.ok ? attemptSettings(check.config) : null;
		const schedule = check.ok ? check.config.retrySchedule : [];
		const until = Date.now() + ALARM_RUN_MS;
		try {
			while (this.waiting.length > 0 || this.done.length > 0 || this.flushing) {
				if (Date.now() >= until) break;
				await this.run(until, settings, schedule);
				while (this.flushing) await this.flushing;
			}
		} catch (error) {
			log("error", "delivery sender stopped", { error: String(error) });
		}
		if (this.waiting.length > 0) await this.ctx.storage.setAlarm(Date.now());
		else this.active = false;
	}

	/** Starts attempts as connections free up, until none is waiting or running. */
	private run(until: number, settings: AttemptSettings | null, schedule: number[]): Promise<void> {
		return new Promise((resolve) => {
			const pump = () => {
				while (this.running < CONNECTIONS && this.waiting.length > 0 && Date.now() < until) {
					const item = this.waiting.shift() as Item;
					if (!settings || Date.now() - item.claimedAt > START_WITHIN_MS) {
						this.finish({ claim: item.claim, release: { id: item.row.id, n: item.row.attempts } });
						continue;
					}
					this.running++;
					this.attempt(item, settings, schedule)
						.then((done) => this.finish(done))
						.finally(() => {
							this.running--;
							pump();
						});
				}
				if (this.running === 0 && (this.waiting.length === 0 || Date.now() >= until)) {
					this.wake = null;
					resolve();
				}
			};
			this.wake = pump;
			pump();
		});
	}

	private async attempt(item: Item, settings: AttemptSettings, schedule: number[]): Promise<Done> {
		const { row } = item;
		const result = await attemptClaimed(row, { ...settings, timeoutMs: item.timeoutMs });
		return { claim: item.claim, ...attemptOutcome(row, result, false, schedule) };
	}

	private finish(done: Done) {
		this.done.push(done);
		this.flushSoon();
	}

	/**
	 * One write at a time, at most one a second: what finishes meanwhile goes into the next one.
	 * D1 is one database for every sender, the write path and the main lane; a write per attempt
	 * would spend its capacity on slow endpoints.
	 */
	private flushSoon() {
		if (this.flushing || this.done.length === 0) return;
		const wait = this.lastFlush + FLUSH_GAP_MS - Date.now();
		this.flushing = (wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve())
			.then(() => this.flush())
			.finally(() => {
				this.lastFlush = Date.now();
				this.flushing = null;
				this.flushSoon();
			});
	}

	/**
	 * Records what finished since the last write (one D1 transaction per claim among them), then
	 * queues each next attempt with its delay and each hand-back at once. A failed send is left
	 * to the sweep, which re-sends a pending delivery a minute overdue.
	 */
	private async flush() {
		const done = this.done.splice(0);
		const claims = new Map<string, Done[]>();
		for (const d of done) claims.set(d.claim, [...(claims.get(d.claim) ?? []), d]);
		const ids: string[] = [];
		const delays: number[] = [];
		await Promise.all(
			[...claims].map(async ([claim, list]) => {
				const outcomes = list.flatMap((d) => ("outcome" in d ? [d] : []));
				const released = list.flatMap((d) => ("release" in d ? [d.release] : []));
				try {
					await recordOutcomes(
						createDb(this.env.DB),
						outcomes.map((d) => d.outcome),
						claim,
						released,
					);
				} catch (error) {
					log("error", "delivery outcomes not recorded", { error: String(error), deliveries: list.length });
					for (const d of list) {
						ids.push("outcome" in d ? d.outcome.id : d.release.id);
						delays.push(RECORD_FAILED_DELAY_S);
					}
					return;
				}
				for (const d of outcomes) {
					if (d.delay === null) continue;
					ids.push(d.outcome.id);
					delays.push(d.delay);
				}
				for (const r of released) {
					ids.push(r.id);
					delays.push(0);
				}
			}),
		);
		if (ids.length === 0) return;
		await enqueue(this.env, "DELIVERIES_SLOW", deliveryMessages(ids), delays).catch((error) =>
			log("error", "delivery retries not queued", { error: String(error), deliveries: ids.length }),
		);
	}
}

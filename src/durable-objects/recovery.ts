import { DurableObject } from "cloudflare:workers";
import { createDb } from "../db/client";
import { log } from "../lib/log";
import { recoverLostMessages } from "../modules/recovery/recover-lost";

const INTERVAL_KEY = "interval-ms";

/**
 * Runs the lost-message sweeps (recover-lost.ts) every few seconds between cron runs: a cron
 * fires once a minute at best, and after a crash each minute of waiting is a minute added to
 * every interrupted delivery. One object (named "recovery") for the whole worker; the cron arms
 * it on every run, so a lost alarm costs at most a minute, and the cron still sweeps itself.
 * The interval is stored, so an alarm re-arms with the last one the cron asked for.
 */
export class Recovery extends DurableObject<Env> {
	/** Sets the interval (0 stops the alarm) and makes sure an alarm is due within it. */
	async arm(intervalMs: number): Promise<void> {
		this.ctx.storage.kv.put(INTERVAL_KEY, intervalMs);
		if (intervalMs <= 0) {
			await this.ctx.storage.deleteAlarm();
			return;
		}
		const due = await this.ctx.storage.getAlarm();
		if (due === null || due > Date.now() + intervalMs)
			await this.ctx.storage.setAlarm(Date.now() + intervalMs);
	}

	override async alarm(): Promise<void> {
		const interval = this.ctx.storage.kv.get<number>(INTERVAL_KEY) ?? 0;
		// The next run is set before this one sweeps: a sweep that throws must not end the loop.
		if (interval > 0) await this.ctx.storage.setAlarm(Date.now() + interval);
		try {
			const resent = await recoverLostMessages(createDb(this.env.DB), this.env);
			if (resent.events + resent.builds + resent.deliveries > 0) log("info", "lost messages re-sent", resent);
		} catch (error) {
			log("error", "recovery sweep failed", { error: String(error) });
		}
	}
}

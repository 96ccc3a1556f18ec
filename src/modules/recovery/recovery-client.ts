/** The one Recovery object; the cron (re)arms it with the configured interval on every run. */
export async function armRecovery(env: Pick<Env, "RECOVERY">, intervalSeconds: number) {
	await env.RECOVERY.get(env.RECOVERY.idFromName("recovery")).arm(intervalSeconds * 1000);
}

type Hubs = Env["EVENTS_HUB"];

/** One EventsHub object per project (durable-objects/events-hub.ts). */
const hubOf = (hubs: Hubs, project: string) => hubs.get(hubs.idFromName(project));

/** Tells a project's hub that events committed; it wakes the long polls waiting for them. */
export async function notifyEventsHub(hubs: Hubs, project: string): Promise<void> {
	await hubOf(hubs, project).notify(project);
}

/**
 * Waits, at the project's hub, for an event after `after`: true once there is one (at once if there
 * already is), false when `ms` pass first. A failing hub answers false after a short pause, so the
 * request degrades to answering what D1 holds instead of failing.
 */
export async function waitForEvents(hubs: Hubs, project: string, after: number, ms: number) {
	try {
		return await hubOf(hubs, project).wait(project, after, ms);
	} catch {
		await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1000)));
		return false;
	}
}

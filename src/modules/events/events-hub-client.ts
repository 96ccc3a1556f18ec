type Hubs = Env["EVENTS_HUB"];

/** One EventsHub object per project (durable-objects/events-hub.ts). */
const hubOf = (hubs: Hubs, project: string) => hubs.get(hubs.idFromName(project));

/** Per project, a notice of this isolate in flight, and whether another is owed after it. */
const sending = new Map<string, { again: boolean }>();

/**
 * Tells a project's hub that events committed; it wakes the long polls waiting for them. Under a
 * burst of writes an isolate keeps one notice in flight per project and sends one more after it
 * for all that committed meanwhile: the hub only needs to hear "something new" after the newest
 * commit, and a call per write would cost the write path for nothing.
 */
export async function notifyEventsHub(hubs: Hubs, project: string): Promise<void> {
	const pending = sending.get(project);
	if (pending) {
		pending.again = true;
		return;
	}
	const state = { again: false };
	sending.set(project, state);
	try {
		do {
			state.again = false;
			await hubOf(hubs, project).notify(project);
		} while (state.again);
	} finally {
		sending.delete(project);
	}
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

import { log } from "../lib/log";
import { notifyEventsHub } from "../modules/events/events-hub-client";
import {
	deliveryMessages,
	enqueue,
	eventMessages,
	exportMessages,
	type Queues,
	snapshotMessages,
} from "./producer";

/**
 * What a committed write asks to happen next. Services return these beside their result and
 * never touch a queue; `dispatch` runs them. Each is only a head start: the state it acts on is
 * already in D1, and a cron sweep finds it there if the effect is lost (unhandled events after a
 * minute, queued snapshots and exports, due deliveries), so a failed effect is logged, not thrown.
 */
export type Effect =
	/** Outbox events to fan out (jobs queue). */
	| { kind: "relay-events"; ids: string[] }
	/** A snapshot requested: its build (builds queue). */
	| { kind: "build-snapshot"; id: string }
	/** An export requested: its job (builds queue). */
	| { kind: "run-export"; id: string }
	/** Webhook deliveries due now (main deliveries lane). */
	| { kind: "attempt-deliveries"; ids: string[] }
	/** A project's feed has new events: wake its long polls (its EventsHub object). */
	| { kind: "notify-events"; project: string };

/** The queue each effect goes to, so a caller needs only the bindings its effects use. */
interface QueueOf {
	"relay-events": "JOBS";
	"build-snapshot": "BUILDS";
	"run-export": "BUILDS";
	"attempt-deliveries": "DELIVERIES";
	"notify-events": "EVENTS_HUB";
}
type Bindings = Queues & Pick<Env, "EVENTS_HUB">;
export type QueuesFor<E extends Effect> = Pick<Bindings, QueueOf[E["kind"]]>;

const FAILED: Record<Effect["kind"], string> = {
	"relay-events": "outbox relay failed",
	"build-snapshot": "snapshot job send failed",
	"run-export": "export job send failed",
	"attempt-deliveries": "delivery send failed",
	"notify-events": "events hub notification failed",
};

function run(queues: Bindings, effect: Effect) {
	switch (effect.kind) {
		case "relay-events":
			return enqueue(queues, "JOBS", eventMessages(effect.ids));
		case "build-snapshot":
			return enqueue(queues, "BUILDS", snapshotMessages([effect.id]));
		case "run-export":
			return enqueue(queues, "BUILDS", exportMessages([effect.id]));
		case "attempt-deliveries":
			return enqueue(queues, "DELIVERIES", deliveryMessages(effect.ids));
		case "notify-events":
			return notifyEventsHub(queues.EVENTS_HUB, effect.project);
	}
}

const size = (effect: Effect) => ("ids" in effect ? effect.ids.length : 1);

/** Runs a write's effects inline: queue consumers await it; requests use afterCommit. */
export async function dispatch<E extends Effect>(queues: QueuesFor<E>, effects: E[]) {
	await Promise.all(
		effects
			.filter((effect) => size(effect) > 0)
			.map((effect) =>
				run(queues as Bindings, effect).catch((error) =>
					log("error", FAILED[effect.kind], { count: size(effect), error: String(error) }),
				),
			),
	);
}

/**
 * A request's effects run after its response (waitUntil): the client does not wait for a queue,
 * and what it was answered about is already committed.
 */
export function afterCommit<E extends Effect>(
	ctx: Pick<ExecutionContext, "waitUntil">,
	queues: QueuesFor<E>,
	effects: E[],
) {
	if (effects.some((effect) => size(effect) > 0)) ctx.waitUntil(dispatch(queues, effects));
}

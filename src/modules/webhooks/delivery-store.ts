import { nowIso, sqlId } from "../../lib/ids";
import type { Db } from "../../lib/types";

/** A due message may arrive this much before `next_attempt_at` (clocks differ a little between machines). */
const EARLY_MS = 1_000;
/**
 * An attempt still without an outcome this long after it was claimed was lost with its consumer
 * or sender. Longer than the slowest live attempt: the main lane starts attempts for 30 s at
 * most and cuts each off after 5 s; a sender starts one within 20 s of its claim or hands it
 * back, and it ends within 15 s; the outcomes are recorded right after.
 */
export const STALE_ATTEMPT_MS = 60_000;
/** After a failure to record outcomes: long enough for the claims to go stale and be taken over. */
export const RECORD_FAILED_DELAY_S = STALE_ATTEMPT_MS / 1000 + 30;
/** An attempt this slow (or a batch of only failures) moves its endpoint to the slow lane... */
export const SLOW_ATTEMPT_MS = 5_000;
/** ...for this long after the last such attempt. */
export const SLOW_LANE_MS = 10 * 60_000;

/** main: endpoints answering promptly; slow: the others (see docs/webhooks.md, "Lanes"). */
export type Lane = "main" | "slow";
/** An endpoint failing without a single success for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;

const IN_BATCH = "d.id IN (SELECT value FROM json_each(?1))";
/** Whether the delivery's endpoint is in the slow lane at ?2 (the claim's time). */
const SLOW = "EXISTS (SELECT 1 FROM webhook_endpoints w WHERE w.id = d.endpoint_id AND w.slow_until > ?2)";

export interface ClaimedDelivery {
	id: string;
	/** The number of the attempt this invocation now owns. */
	attempts: number;
	final_attempt: number;
	endpoint_id: string;
	url: string;
	/** JSON array of the secrets that sign (not yet ended). */
	secrets: string;
	/** The event exactly as stored in the outbox: the request body. */
	payload: string;
}

/**
 * One transaction for a whole queue batch: pending deliveries of disabled endpoints are failed,
 * attempts lost with a crashed consumer are closed, and each delivery of this lane that is due
 * and not in flight gets its next attempt number under this invocation's claim token. The
 * conditional update is what makes a duplicated message harmless: only one claim can win an
 * attempt. Due deliveries of the other lane's endpoints are returned as `elsewhere`.
 */
export async function claimDeliveries(
	db: Db,
	deliveryIds: string[],
	claim: string,
	lane: Lane = "main",
	at = Date.now(),
) {
	const d1 = db.$client;
	const inLane = lane === "slow" ? SLOW : `NOT ${SLOW}`;
	const ids = JSON.stringify(deliveryIds);
	const now = new Date(at).toISOString();
	const dueBy = new Date(at + EARLY_MS).toISOString();
	const staleBefore = new Date(at - STALE_ATTEMPT_MS).toISOString();
	const free = "(d.in_flight_since IS NULL OR d.in_flight_since < ?3)";
	const results = await d1.batch<ClaimedDelivery>([
		d1
			.prepare(
				`UPDATE webhook_attempts SET error = 'Interrupted: the consumer stopped before recording an outcome.'
				WHERE status_code IS NULL AND error IS NULL AND (delivery_id, number) IN
					(SELECT d.id, d.attempts FROM webhook_deliveries d
					WHERE ${IN_BATCH} AND d.state = 'pending' AND d.in_flight_since < ?2)`,
			)
			.bind(ids, staleBefore),
		d1
			.prepare(
				`UPDATE webhook_deliveries AS d SET state = 'failed', next_attempt_at = NULL, updated_at = ?2, claim = NULL, in_flight_since = NULL,
					last_error = 'The webhook was disabled before this attempt.'
				WHERE ${IN_BATCH} AND d.state = 'pending' AND ${free}
					AND EXISTS (SELECT 1 FROM webhook_endpoints w WHERE w.id = d.endpoint_id AND w.enabled = 0)`,
			)
			.bind(ids, now, staleBefore),
		d1
			.prepare(
				`UPDATE webhook_deliveries AS d SET attempts = d.attempts + 1, in_flight_since = ?2, claim = ?4, updated_at = ?2
				WHERE ${IN_BATCH} AND d.state = 'pending' AND ${free} AND ${inLane}
					AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?5)`,
			)
			.bind(ids, now, staleBefore, claim, dueBy),
		d1
			.prepare(
				`INSERT OR IGNORE INTO webhook_attempts (delivery_id, number, attempted_at)
				SELECT d.id, d.attempts, ?2 FROM webhook_deliveries d WHERE ${IN_BATCH} AND d.claim = ?3`,
			)
			.bind(ids, now, claim),
		d1
			.prepare(
				`SELECT d.id, d.attempts, d.final_attempt, d.endpoint_id, w.url, e.payload,
					(SELECT json_group_array(s.secret) FROM webhook_secrets s
						WHERE s.endpoint_id = w.id AND (s.expires_at IS NULL OR s.expires_at > ?2)) AS secrets
				FROM webhook_deliveries d
				JOIN webhook_endpoints w ON w.id = d.endpoint_id
				JOIN outbox_events e ON e.id = d.event_id
				WHERE ${IN_BATCH} AND d.claim = ?3`,
			)
			.bind(ids, now, claim),
		d1
			.prepare(
				`SELECT d.id FROM webhook_deliveries d
				WHERE ${IN_BATCH} AND d.state = 'pending' AND ${free} AND NOT (${inLane})
					AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?4)`,
			)
			.bind(ids, now, staleBefore, dueBy),
	]);
	return {
		claimed: (results.at(-2)?.results ?? []) as ClaimedDelivery[],
		elsewhere: ((results.at(-1)?.results ?? []) as unknown as { id: string }[]).map((r) => r.id),
	};
}

export interface Outcome {
	id: string;
	endpoint: string;
	/** The attempt's number. */
	n: number;
	at: string;
	status: number | null;
	ms: number;
	error: string | null;
	response: string | null;
	/** Where the delivery stands after this attempt. */
	state: "pending" | "succeeded" | "failed";
	next: string | null;
	ok: 0 | 1;
	/** The receiver answered 410 Gone: the endpoint is disabled. */
	gone: 0 | 1;
	/** The attempt took SLOW_ATTEMPT_MS or more (or timed out). */
	slow: 0 | 1;
	/** Cut off in the main lane: the delivery gets one more attempt, in the slow lane. */
	extra: 0 | 1;
}

/** A claimed attempt that was never started (its endpoint turned slow, or time ran out). */
export interface Release {
	id: string;
	n: number;
}

const OUTCOMES = "json_each(?1) o";
const field = (name: keyof Outcome) => `o.value ->> '${name}'`;

/** Per endpoint in this batch: whether any attempt succeeded, when the first failed, whether any got 410. */
const BY_ENDPOINT = `(SELECT ${field("endpoint")} AS endpoint, max(${field("ok")}) AS ok, max(${field("gone")}) AS gone,
	max(${field("slow")}) AS slow, count(*) AS n, min(CASE WHEN ${field("ok")} = 0 THEN ${field("at")} END) AS first_failed FROM ${OUTCOMES} GROUP BY 1) x`;
const DISABLE_NOW = "w.enabled = 1 AND (x.gone = 1 OR (x.ok = 0 AND w.failing_since <= ?4))";
const DISABLE_REASON = `CASE WHEN x.gone = 1 THEN 'The receiver answered 410 Gone.'
	ELSE 'Every attempt has failed since ' || w.failing_since || ' (5 days).' END`;

/**
 * Records a batch's attempts in one transaction, set-based over a JSON array so its cost does not
 * grow with the batch: claims never started are given back, then attempt rows, delivery states
 * (only where this claim still holds), each endpoint's failing streak and lane (slow when an
 * attempt was slow or a batch of 3 or more only failed), endpoints to disable (410, or failing 5
 * days) and the notifications for those and for deliveries that failed for good.
 */
export async function recordOutcomes(
	db: Db,
	outcomes: Outcome[],
	claim: string,
	released: Release[] = [],
	at = Date.now(),
) {
	const d1 = db.$client;
	const json = JSON.stringify(outcomes);
	const now = nowIso();
	const disableBefore = new Date(at - DISABLE_AFTER_MS).toISOString();
	const slowUntil = new Date(at + SLOW_LANE_MS).toISOString();
	const releases = JSON.stringify(released);
	await d1.batch([
		d1
			.prepare(
				`DELETE FROM webhook_attempts AS a WHERE a.status_code IS NULL AND a.error IS NULL
				AND EXISTS (SELECT 1 FROM json_each(?1) r JOIN webhook_deliveries d ON d.id = r.value ->> 'id'
					WHERE d.id = a.delivery_id AND a.number = r.value ->> 'n' AND d.claim = ?2)`,
			)
			.bind(releases, claim),
		d1
			.prepare(
				`UPDATE webhook_deliveries SET attempts = attempts - 1, in_flight_since = NULL, claim = NULL
				WHERE id IN (SELECT value ->> 'id' FROM json_each(?1)) AND claim = ?2`,
			)
			.bind(releases, claim),
		d1
			.prepare(
				`UPDATE webhook_attempts AS a SET status_code = ${field("status")}, duration_ms = ${field("ms")},
					error = ${field("error")}, response = ${field("response")}
				FROM ${OUTCOMES} WHERE a.delivery_id = ${field("id")} AND a.number = ${field("n")}`,
			)
			.bind(json),
		d1
			.prepare(
				`INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
				SELECT ${sqlId("ntf")}, d.project_id, 'webhook.delivery_failed', d.id,
					json_object('webhook', d.endpoint_id, 'event_id', d.event_id, 'event_type', d.event_type,
						'attempts', d.attempts, 'last_status_code', ${field("status")}, 'last_error', ${field("error")}), ?2
				FROM ${OUTCOMES} JOIN webhook_deliveries d ON d.id = ${field("id")}
				WHERE ${field("state")} = 'failed' AND ${field("gone")} = 0 AND d.claim = ?3`,
			)
			.bind(json, now, claim),
		d1
			.prepare(
				`UPDATE webhook_deliveries AS d SET state = ${field("state")}, next_attempt_at = ${field("next")},
					final_attempt = d.final_attempt + ${field("extra")},
					in_flight_since = NULL, claim = NULL, last_status_code = ${field("status")},
					last_error = ${field("error")}, updated_at = ?2
				FROM ${OUTCOMES} WHERE d.id = ${field("id")} AND d.claim = ?3`,
			)
			.bind(json, now, claim),
		d1
			.prepare(
				`UPDATE webhook_endpoints AS w
				SET failing_since = CASE WHEN x.ok = 1 THEN NULL ELSE coalesce(w.failing_since, x.first_failed) END,
					slow_until = CASE WHEN x.slow = 1 OR (x.ok = 0 AND x.n >= 3) THEN ?2 ELSE w.slow_until END
				FROM ${BY_ENDPOINT} WHERE w.id = x.endpoint`,
			)
			.bind(json, slowUntil),
		d1
			.prepare(
				`INSERT INTO notifications (id, project_id, type, subject, detail, created_at)
				SELECT ${sqlId("ntf")}, w.project_id, 'webhook.endpoint_disabled', w.id,
					json_object('url', w.url, 'reason', ${DISABLE_REASON}), ?2
				FROM webhook_endpoints w JOIN ${BY_ENDPOINT} ON w.id = x.endpoint WHERE ${DISABLE_NOW}`,
			)
			.bind(json, now, null, disableBefore),
		d1
			.prepare(
				`UPDATE webhook_endpoints AS w SET enabled = 0, disabled_reason = ${DISABLE_REASON}, updated_at = ?2
				FROM ${BY_ENDPOINT} WHERE w.id = x.endpoint AND ${DISABLE_NOW}`,
			)
			.bind(json, now, null, disableBefore),
	]);
}

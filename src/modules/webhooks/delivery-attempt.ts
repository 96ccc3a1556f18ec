import type { Config } from "../../config";
import { type ClaimedDelivery, type Outcome, SLOW_ATTEMPT_MS } from "./delivery-store";
import { checkDeliveryTarget } from "./delivery-target";
import { type DnsResolver, sharedResolver } from "./dns-resolver";
import { parseRetryAfter, withJitter } from "./schedule";
import { signatureHeader } from "./signing";
import { checkWebhookUrl } from "./url-guard";

export const ATTEMPT_TIMEOUT_MS = 15_000;
const RESPONSE_BYTES = 1024;

export interface AttemptSettings {
	fetch: typeof fetch;
	timeoutMs: number;
	allowLocalhost: boolean;
	resolver: DnsResolver;
}

/** A real attempt's settings, from the worker's configuration (tests pass their own). */
export function attemptSettings(config: Pick<Config, "allowLocalhost" | "dnsUrl">): AttemptSettings {
	return {
		fetch: (input, init) => fetch(input, init),
		timeoutMs: ATTEMPT_TIMEOUT_MS,
		allowLocalhost: config.allowLocalhost,
		resolver: sharedResolver(config.dnsUrl),
	};
}

export interface AttemptResult {
	status: number | null;
	ms: number;
	error: string | null;
	response: string | null;
	ok: boolean;
	gone: boolean;
	/** Seconds the receiver asked for with Retry-After on a 429 or 503. */
	retryAfter: number | null;
	/** No answer before the timeout. */
	timedOut: boolean;
}

/** Reads at most the first KB of a body and drops the rest unread. */
async function head(body: ReadableStream<Uint8Array> | null): Promise<string | null> {
	if (!body) return null;
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		while (size < RESPONSE_BYTES) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			size += value.byteLength;
		}
	} finally {
		reader.cancel().catch(() => undefined);
	}
	const bytes = new Uint8Array(Math.min(size, RESPONSE_BYTES));
	let offset = 0;
	for (const chunk of chunks) {
		const part = chunk.subarray(0, bytes.length - offset);
		bytes.set(part, offset);
		offset += part.length;
	}
	return new TextDecoder().decode(bytes);
}

/**
 * One POST to a receiver. Never throws: every way it can go wrong becomes the attempt's error.
 * The URL is checked again (settings may have changed since registration) and its host name
 * resolved (its answers may have changed); redirects are not followed, because following one
 * would let a receiver point us at a forbidden address.
 */
/** Attempts a delivery as claimDeliveries returned it. */
export const attemptClaimed = (row: ClaimedDelivery, settings: AttemptSettings) =>
	attemptDelivery(
		{ id: row.id, url: row.url, secrets: JSON.parse(row.secrets) as string[], body: row.payload },
		settings,
	);

export async function attemptDelivery(
	target: { id: string; url: string; secrets: string[]; body: string },
	settings: AttemptSettings,
): Promise<AttemptResult> {
	const started = Date.now();
	const result = (partial: Partial<AttemptResult>): AttemptResult => ({
		status: null,
		error: null,
		response: null,
		ok: false,
		gone: false,
		retryAfter: null,
		timedOut: false,
		...partial,
		ms: Date.now() - started,
	});
	const verdict = checkWebhookUrl(target.url, settings.allowLocalhost);
	if (!verdict.ok) return result({ error: `URL refused: ${verdict.reason}` });
	const refusal = await checkDeliveryTarget(verdict.url, settings.resolver, settings.allowLocalhost);
	if (refusal) return result({ error: refusal });
	const timestamp = Math.floor(started / 1000);
	const signal = AbortSignal.timeout(settings.timeoutMs);
	try {
		const response = await settings.fetch(verdict.url.href, {
			method: "POST",
			redirect: "manual",
			signal,
			headers: {
				"Content-Type": "application/json",
				"User-Agent": "Folio-Webhooks/1",
				"webhook-id": target.id,
				"webhook-timestamp": String(timestamp),
				"webhook-signature": await signatureHeader(target.secrets, target.id, timestamp, target.body),
			},
			body: target.body,
		});
		const status = response.status;
		const text = await head(response.body);
		if (status >= 200 && status < 300) return result({ status, response: text, ok: true });
		if (status >= 300 && status < 400) {
			const location = response.headers.get("Location") ?? "(no Location)";
			return result({ status, response: text, error: `Redirect to ${location} not followed.` });
		}
		const retryAfter =
			status === 429 || status === 503 ? parseRetryAfter(response.headers.get("Retry-After")) : null;
		return result({
			status,
			response: text,
			gone: status === 410,
			retryAfter,
			error: `The receiver answered ${status}.`,
		});
	} catch (error) {
		const timedOut = signal.aborted;
		const message = timedOut
			? `Timed out after ${settings.timeoutMs / 1000} s.`
			: `Request failed: ${error instanceof Error ? error.message : String(error)}`;
		return result({ error: message.slice(0, 500), timedOut });
	}
}

/** Seconds until the next attempt: what the receiver asked for, else the schedule's step with jitter. */
export function retryDelay(attempt: number, schedule: number[], result: AttemptResult): number {
	if (result.retryAfter !== null) return result.retryAfter;
	return withJitter(schedule[Math.min(attempt, schedule.length) - 1] ?? 0);
}

/**
 * What an attempt leaves in D1 (the outcome recordOutcomes writes) and the delay before the next
 * one (null when the delivery is finished). A cut-off attempt (main lane) is logged but costs no
 * step of the schedule: the delivery goes to the slow lane at once with one more attempt allowed.
 */
export function attemptOutcome(
	row: ClaimedDelivery,
	result: AttemptResult,
	cutOff: boolean,
	schedule: number[],
): { outcome: Outcome; delay: number | null } {
	const at = new Date(Date.now() - result.ms).toISOString();
	const last = !cutOff && (result.gone || row.attempts >= row.final_attempt);
	const delay = result.ok || last ? null : cutOff ? 0 : retryDelay(row.attempts, schedule, result);
	const outcome: Outcome = {
		id: row.id,
		endpoint: row.endpoint_id,
		n: row.attempts,
		at,
		status: result.status,
		ms: result.ms,
		error: cutOff ? `No answer within ${result.ms / 1000} s: moved to the slow lane.` : result.error,
		response: result.response,
		state: result.ok ? "succeeded" : delay === null ? "failed" : "pending",
		next: delay === null ? null : new Date(Date.now() + delay * 1000).toISOString(),
		ok: result.ok ? 1 : 0,
		gone: result.gone ? 1 : 0,
		slow: result.timedOut || result.ms >= SLOW_ATTEMPT_MS ? 1 : 0,
		extra: cutOff ? 1 : 0,
	};
	return { outcome, delay };
}

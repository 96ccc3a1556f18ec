import { z } from "zod";
import { ApiError } from "./lib/errors";
import { log } from "./lib/log";
import type { BucketLimit } from "./lib/types";
import { DEFAULT_DOH_URL } from "./modules/webhooks/dns-resolver";

/** Everything the worker reads from its environment, typed, with the defaults applied. */
export interface Config {
	/** `FOLIO_ADMIN_TOKEN` (a secret: never logged, never named by value); unset disables the root token. */
	adminToken: string | undefined;
	/** `FOLIO_RATE_READ` / `FOLIO_RATE_WRITE`: the bucket of a key with no limit of its own. */
	rate: { read: BucketLimit; write: BucketLimit };
	/** `FOLIO_RATE_LIMITS`: `false` ("off") spends no bucket. */
	rateLimits: boolean;
	/** `FOLIO_ACCESS_LOG`: `true` logs every request; `false` (the default) only 5xx and slow ones. */
	accessLog: boolean;
	/** `FOLIO_READ_CACHE`: `false` ("off") reads snapshots from D1 on every request. */
	readCache: boolean;
	/** `FOLIO_SIGNATURE_TOLERANCE`: seconds of clock skew accepted on a signature's `created`. */
	signatureTolerance: number;
	/** `FOLIO_WEBHOOK_RETRY_SCHEDULE`: seconds before each retry of a delivery. */
	retrySchedule: number[];
	/** `FOLIO_WEBHOOK_ALLOW_LOCALHOST`: webhook URLs may be `http://localhost:<port>`. */
	allowLocalhost: boolean;
	/** `FOLIO_WEBHOOK_DNS_URL`: the DNS-over-HTTPS JSON endpoint that resolves webhook hosts. */
	dnsUrl: string;
	/** `FOLIO_SNAPSHOT_CHUNK_SIZE`: entities per snapshot build chunk. */
	snapshotChunkSize: number;
	/** `FOLIO_IDEMPOTENCY_WAIT_MS`: how long a retry waits for the first request holding its key. */
	idempotencyWaitMs: number;
	/** `FOLIO_EVENT_RETENTION_DAYS`: days the events feed keeps an event before the cron purges it. */
	eventRetentionDays: number;
	/** `FOLIO_RECOVERY_INTERVAL`: seconds between lost-message sweeps between crons; 0 leaves them to the cron. */
	recoveryIntervalSeconds: number;
}

// Wrangler leaves a var that is set to "" as "": that means "use the default", as before.
const blankAsAbsent = (value: unknown) =>
	typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * One variable: its default (as the string it would be set to) and how to read it. `read`
 * answers undefined for a value it refuses; `expected` says in the operator's terms what it wants.
 */
function variable<T>(fallback: string, expected: string, read: (value: string) => T | undefined) {
	return z.preprocess(blankAsAbsent, z.string().prefault(fallback)).transform((value, ctx) => {
		const parsed = read(value.trim());
		if (parsed !== undefined) return parsed;
		ctx.addIssue({ code: "custom", message: expected });
		return z.NEVER;
	});
}

const RATE = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/;
function rate(fallback: string) {
	return variable(
		fallback,
		'must be "<burst>/<per_second>", burst at least 1 and per_second above 0',
		(value) => {
			const match = RATE.exec(value);
			const burst = Number(match?.[1]);
			const perSecond = Number(match?.[2]);
			return match && burst >= 1 && perSecond > 0 ? { burst, per_second: perSecond } : undefined;
		},
	);
}

function switchOf(fallback: string, on: string, off: string) {
	return variable(fallback, `must be "${on}" or "${off}"`, (value) =>
		value === on ? true : value === off ? false : undefined,
	);
}

const steps = (value: string) => {
	const parts = value.split(",").map((s) => s.trim());
	return parts.every((s) => /^\d+$/.test(s)) ? parts.map(Number) : undefined;
};

const httpUrl = (value: string) => {
	try {
		const url = new URL(value);
		return url.protocol === "https:" || url.protocol === "http:" ? value : undefined;
	} catch {
		return undefined;
	}
};

const ConfigSchema = z
	.object({
		FOLIO_ADMIN_TOKEN: z.preprocess(blankAsAbsent, z.string().optional()),
		FOLIO_RATE_READ: rate("200/50"),
		FOLIO_RATE_WRITE: rate("50/10"),
		FOLIO_RATE_LIMITS: switchOf("on", "on", "off"),
		FOLIO_ACCESS_LOG: switchOf("false", "true", "false"),
		FOLIO_READ_CACHE: switchOf("on", "on", "off"),
		FOLIO_SIGNATURE_TOLERANCE: variable("300", "must be a number of seconds above 0", (value) => {
			const n = Number(value);
			return Number.isFinite(n) && n > 0 ? n : undefined;
		}),
		FOLIO_WEBHOOK_RETRY_SCHEDULE: variable(
			"5,300,1800,7200,18000,36000,36000",
			"must be whole numbers of seconds separated by commas",
			steps,
		),
		FOLIO_WEBHOOK_ALLOW_LOCALHOST: switchOf("false", "true", "false"),
		FOLIO_WEBHOOK_DNS_URL: variable(DEFAULT_DOH_URL, "must be an http(s) URL", httpUrl),
		FOLIO_SNAPSHOT_CHUNK_SIZE: variable("1000", "must be a whole number from 1 to 10000", (value) => {
			const n = Number(value);
			return /^\d+$/.test(value) && n >= 1 && n <= 10_000 ? n : undefined;
		}),
		FOLIO_IDEMPOTENCY_WAIT_MS: variable("5000", "must be a whole number of milliseconds", (value) =>
			/^\d+$/.test(value) ? Number(value) : undefined,
		),
		FOLIO_EVENT_RETENTION_DAYS: variable("30", "must be a number of days above 0", (value) => {
			const n = Number(value);
			return value !== "" && Number.isFinite(n) && n > 0 ? n : undefined;
		}),
		FOLIO_RECOVERY_INTERVAL: variable("15", "must be a whole number of seconds from 0 to 60", (value) => {
			const n = Number(value);
			return /^\d+$/.test(value) && n <= 60 ? n : undefined;
		}),
	})
	.transform(
		(v): Config => ({
			adminToken: v.FOLIO_ADMIN_TOKEN,
			rate: { read: v.FOLIO_RATE_READ, write: v.FOLIO_RATE_WRITE },
			rateLimits: v.FOLIO_RATE_LIMITS,
			accessLog: v.FOLIO_ACCESS_LOG,
			readCache: v.FOLIO_READ_CACHE,
			signatureTolerance: v.FOLIO_SIGNATURE_TOLERANCE,
			retrySchedule: v.FOLIO_WEBHOOK_RETRY_SCHEDULE,
			allowLocalhost: v.FOLIO_WEBHOOK_ALLOW_LOCALHOST,
			dnsUrl: v.FOLIO_WEBHOOK_DNS_URL,
			snapshotChunkSize: v.FOLIO_SNAPSHOT_CHUNK_SIZE,
			idempotencyWaitMs: v.FOLIO_IDEMPOTENCY_WAIT_MS,
			eventRetentionDays: v.FOLIO_EVENT_RETENTION_DAYS,
			recoveryIntervalSeconds: v.FOLIO_RECOVERY_INTERVAL,
		}),
	);

export type ConfigCheck = { ok: true; config: Config } | { ok: false; problems: string[] };

// Keyed by the env object: a Worker's env lives as long as its isolate, and a test that passes
// its own env gets its own parse.
const checked = new WeakMap<object, ConfigCheck>();

/**
 * The environment's configuration, parsed once per env. A bad value is never replaced by a
 * default: the answer says which variable is wrong and how (never a value, which may be a
 * secret), and it is logged once.
 */
export function checkConfig(env: Env): ConfigCheck {
	const cached = checked.get(env);
	if (cached) return cached;
	const parsed = ConfigSchema.safeParse(env);
	const check: ConfigCheck = parsed.success
		? { ok: true, config: parsed.data }
		: {
				ok: false,
				problems: parsed.error.issues.map(
					(issue) =>
						`${String(issue.path[0])} ${issue.code === "custom" ? issue.message : "must be a string"}`,
				),
			};
	if (!check.ok) log("error", "invalid configuration", { problems: check.problems });
	checked.set(env, check);
	return check;
}

/** Detail of the 503 a misconfigured worker answers: every variable that is wrong, and how. */
export const misconfiguredDetail = (problems: string[]) =>
	`The service is misconfigured: ${problems.join("; ")}.`;

/** The configuration, or a 503 `misconfigured` problem for the request (or a failed batch) that needs it. */
export function configOf(env: Env): Config {
	const check = checkConfig(env);
	if (check.ok) return check.config;
	throw new ApiError("misconfigured", misconfiguredDetail(check.problems));
}

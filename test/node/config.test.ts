import { describe, expect, it, vi } from "vitest";
import { checkConfig, configOf } from "../../src/config";

const envOf = (vars: Record<string, string>) => vars as unknown as Env;

describe("configOf", () => {
	it("reads good values as the code before it did", () => {
		const config = configOf(
			envOf({
				FOLIO_ADMIN_TOKEN: "root",
				FOLIO_RATE_READ: " 10 / 0.5 ",
				FOLIO_RATE_WRITE: "3/1",
				FOLIO_RATE_LIMITS: "off",
				FOLIO_ACCESS_LOG: "true",
				FOLIO_READ_CACHE: "off",
				FOLIO_SIGNATURE_TOLERANCE: "30.5",
				FOLIO_WEBHOOK_RETRY_SCHEDULE: "5, 10,0",
				FOLIO_WEBHOOK_ALLOW_LOCALHOST: "true",
				FOLIO_WEBHOOK_DNS_URL: "http://127.0.0.1:8053/dns-query",
				FOLIO_SNAPSHOT_CHUNK_SIZE: "10000",
				FOLIO_IDEMPOTENCY_WAIT_MS: "0",
				FOLIO_EVENT_RETENTION_DAYS: "0.5",
				FOLIO_RECOVERY_INTERVAL: "0",
			}),
		);
		expect(config).toEqual({
			adminToken: "root",
			rate: { read: { burst: 10, per_second: 0.5 }, write: { burst: 3, per_second: 1 } },
			rateLimits: false,
			accessLog: true,
			readCache: false,
			signatureTolerance: 30.5,
			retrySchedule: [5, 10, 0],
			allowLocalhost: true,
			dnsUrl: "http://127.0.0.1:8053/dns-query",
			snapshotChunkSize: 10_000,
			idempotencyWaitMs: 0,
			eventRetentionDays: 0.5,
			recoveryIntervalSeconds: 0,
		});
	});

	it("gives unset and empty variables their defaults", () => {
		expect(configOf(envOf({ FOLIO_RATE_READ: "", FOLIO_ADMIN_TOKEN: "" }))).toEqual({
			adminToken: undefined,
			rate: { read: { burst: 200, per_second: 50 }, write: { burst: 50, per_second: 10 } },
			rateLimits: true,
			accessLog: false,
			readCache: true,
			signatureTolerance: 300,
			retrySchedule: [5, 300, 1800, 7200, 18000, 36000, 36000],
			allowLocalhost: false,
			dnsUrl: "https://cloudflare-dns.com/dns-query",
			snapshotChunkSize: 1000,
			idempotencyWaitMs: 5000,
			eventRetentionDays: 30,
			recoveryIntervalSeconds: 15,
		});
	});

	it("refuses a retention that is not a positive number of days", () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		for (const value of ["0", "-1", "thirty"]) {
			expect(() => configOf(envOf({ FOLIO_EVENT_RETENTION_DAYS: value }))).toThrow(
				"FOLIO_EVENT_RETENTION_DAYS must be a number of days above 0",
			);
		}
		vi.restoreAllMocks();
	});

	it("parses each env once and keeps the answer", () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const env = envOf({ FOLIO_RATE_READ: "1/1" });
		expect(configOf(env)).toBe(configOf(env));
		const bad = envOf({ FOLIO_SNAPSHOT_CHUNK_SIZE: "1e3" });
		expect(checkConfig(bad)).toBe(checkConfig(bad));
		expect(() => configOf(bad)).toThrow(
			"The service is misconfigured: FOLIO_SNAPSHOT_CHUNK_SIZE must be a whole number from 1 to 10000.",
		);
		expect(errors).toHaveBeenCalledTimes(1);
		errors.mockRestore();
	});
});

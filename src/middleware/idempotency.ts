import type { MiddlewareHandler } from "hono";
import { configOf } from "../config";
import { log } from "../lib/log";
import type { AppEnv } from "../lib/types";
import {
	awaitTurn,
	lockName,
	replay,
	snapshotOf,
	storeResponse,
	unreplayable,
} from "../modules/protection/idempotency";
import { releaseLock } from "../modules/protection/key-state-client";

/**
 * Runs a request holding its Idempotency-Key's lock (taken by keyStateGate) once: a retry gets
 * the first request's stored response, waits for it while that one runs, or runs itself when
 * that one was refused or failed. Requests without a key pass straight through.
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
	return async function idempotency(c, next) {
		const held = c.get("idempotency");
		if (!held) return next();
		const { request } = held;
		const db = c.get("db");
		const requestId = c.get("requestId");
		const release = () => releaseLock(c.env.KEY_STATE, request.keyId, lockName(request));
		const stored = await awaitTurn(
			db,
			c.env.KEY_STATE,
			request,
			held.lock,
			configOf(c.env).idempotencyWaitMs,
		);
		if (stored) return replay(request, stored, requestId);
		try {
			await next();
		} catch (error) {
			await release();
			throw error;
		}
		// Only successes are kept. A refusal (4xx, such as an access check after this one) changed
		// nothing, so there is nothing a retry could double, and a 5xx may succeed when retried:
		// either way the key is freed at once and the retry runs as a new request (as Stripe does
		// for validation failures). This also keeps refused requests from writing any row.
		if (c.res.status >= 400) return release();
		try {
			const kept = c.get("secretResponse") ? unreplayable(c.res.status, requestId) : await snapshotOf(c.res);
			await storeResponse(db, request, kept);
		} catch (error) {
			// The request itself succeeded; only its replay is lost (a retry after the lock lapses runs again).
			log("error", "idempotency record not stored", { error: String(error) });
		}
	};
}

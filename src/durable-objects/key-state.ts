import { DurableObject } from "cloudflare:workers";

/**
 * Per-API-key state (one object per key, SQLite-backed): rate-limit cells, request-signature
 * nonces and idempotency locks. Declared with the foundation so its binding and migration exist
 * from the first deploy; the protection work (issue 5) gives it its methods.
 */
export class KeyState extends DurableObject<Env> {}

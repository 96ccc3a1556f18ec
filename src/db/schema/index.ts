export * from "./entities";
export * from "./idempotency";
export * from "./keys";
export * from "./notifications";
export * from "./outbox";
export * from "./projects";
export * from "./schemas";
export * from "./snapshots";

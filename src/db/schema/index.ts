export * from "./entities";
export * from "./keys";
export * from "./outbox";
export * from "./projects";
export * from "./schemas";

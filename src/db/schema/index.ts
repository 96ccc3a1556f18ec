export * from "./keys";
export * from "./projects";
export * from "./schemas";

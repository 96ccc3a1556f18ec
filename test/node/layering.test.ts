/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";

const sources = import.meta.glob<string>("../../src/**/*.ts", {
	query: "?raw",
	import: "default",
	eager: true,
});

/** Each source file (path from src/) with the modules it imports, resolved to paths from src/. */
const files = Object.entries(sources).map(([path, text]) => {
	const file = path.replace("../../src/", "");
	const dir = file.split("/").slice(0, -1);
	const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) => {
		const parts = [...dir];
		for (const part of (m[1] as string).split("/")) {
			if (part === "..") parts.pop();
			else if (part !== ".") parts.push(part);
		}
		return parts.join("/");
	});
	return { file, text, imports };
});

describe("layering", () => {
	it("lib/ depends on nothing above it", () => {
		const above = /^(middleware|modules|openapi|durable-objects|queues|app|index)\b/;
		const crossings = files
			.filter((f) => f.file.startsWith("lib/"))
			.flatMap((f) => f.imports.filter((i) => above.test(i)).map((i) => `${f.file} imports ${i}`));
		expect(files.filter((f) => f.file.startsWith("lib/")).length).toBeGreaterThan(5);
		expect(crossings).toEqual([]);
	});

	it("services and the protection functions take data, never a Hono Context", () => {
		const withContext = files
			.filter((f) => f.file.startsWith("modules/") && !f.file.endsWith(".handlers.ts"))
			.filter((f) => /import[^;]*\bContext\b[^;]*from "hono"/.test(f.text))
			.map((f) => f.file);
		expect(withContext).toEqual([]);
	});

	it("no queue consumer imports another", () => {
		const consumer = /^queues\/(.+-consumer|dead-letters)$/;
		const crossings = files
			.filter((f) => consumer.test(f.file.replace(/\.ts$/, "")))
			.flatMap((f) => f.imports.filter((i) => consumer.test(i)).map((i) => `${f.file} imports ${i}`));
		expect(crossings).toEqual([]);
	});

	it("only the producer sends to a queue, and no handler builds a message", () => {
		const senders = files.filter((f) => /\.send(Batch)?\(/.test(f.text)).map((f) => f.file);
		expect(senders).toEqual(["queues/producer.ts"]);
		const builders = files
			.filter((f) => f.file.endsWith(".handlers.ts"))
			.filter((f) => f.imports.some((i) => /^queues\/(producer|messages)$/.test(i)))
			.map((f) => f.file);
		expect(builders).toEqual([]);
	});
});

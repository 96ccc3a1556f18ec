// Code blocks of the README and docs/*.md, as a reader would paste them.
import { readFileSync } from "node:fs";

export interface Block {
	file: string;
	line: number;
	lang: string;
	code: string;
	/** Why it is not run (`<!-- not run: … -->` just before it), or undefined. */
	skip?: string;
}

export function blocksOf(file: string): Block[] {
	const lines = readFileSync(file, "utf8").split("\n");
	const blocks: Block[] = [];
	let previous = "";
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const open = /^```(\w+)\s*$/.exec(line);
		if (!open) {
			if (line.trim() !== "") previous = line.trim();
			continue;
		}
		const start = i;
		const body: string[] = [];
		for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ""); i++) body.push(lines[i] ?? "");
		const skip = /^<!-- not run: (.+) -->$/.exec(previous)?.[1];
		blocks.push({ file, line: start + 1, lang: open[1] ?? "", code: body.join("\n"), skip });
		previous = "";
	}
	return blocks;
}

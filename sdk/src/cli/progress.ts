import type { Io } from "./common.ts";

const WIDTH = 24;

/**
 * Count, rate and ETA on stderr: redrawn in place on a terminal, one line every two seconds
 * otherwise (so logs of CI runs stay readable).
 */
export class Progress {
	private done = 0;
	private readonly started = Date.now();
	private lastLine = 0;
	private readonly io: Io;
	private readonly label: string;
	private readonly total: number;

	constructor(io: Io, label: string, total: number) {
		this.io = io;
		this.label = label;
		this.total = total;
	}

	add(n: number) {
		this.done += n;
		const now = Date.now();
		if (this.io.tty) this.io.stderr(`\r${this.line(now)}`);
		else if (now - this.lastLine >= 2000) {
			this.lastLine = now;
			this.io.stderr(`${this.line(now)}\n`);
		}
	}

	finish() {
		this.io.stderr(`${this.io.tty ? "\r" : ""}${this.line(Date.now())}\n`);
	}

	private line(now: number): string {
		const seconds = Math.max((now - this.started) / 1000, 0.001);
		const rate = this.done / seconds;
		const share = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
		const filled = Math.round(share * WIDTH);
		const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : 0;
		return `${this.label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${this.done}/${this.total} ${Math.round(share * 100)}%  ${Math.round(rate)}/s  ETA ${eta.toFixed(0)}s `;
	}
}

import { LIMITS, toPointer, ValidationAborted } from "./limits.ts";

export interface RawError {
	pointer: string;
	/** How many subschemas deep the failing keyword is; the deepest one per place names the real problem. */
	rank: number;
	message: string;
}

/** The state of one validation: where in the data it is, what it found, and the work done so far. */
/** Steps spent so far; one budget can be shared by every document of a request (a batch). */
export interface Budget {
	used: number;
}

export class Context {
	readonly path: (string | number)[] = [];
	readonly errors: RawError[] = [];
	depth = 0;
	/** Above 0 inside branches whose errors are dropped: only valid or not matters there. */
	quiet = 0;

	readonly tracksEvaluated: boolean;
	readonly budget: Budget;

	constructor(tracksEvaluated: boolean, budget: Budget) {
		this.tracksEvaluated = tracksEvaluated;
		this.budget = budget;
	}

	/** Counts work; past the budget the validation stops with an answer instead of running on. */
	charge(units = 1) {
		this.budget.used += units;
		if (this.budget.used > LIMITS.steps) {
			throw new ValidationAborted(
				[...this.path],
				`Checking the data of this request against its schema takes more than ${LIMITS.steps.toLocaleString("en")} steps; the schema combines too many subschemas for data this large.`,
			);
		}
	}

	enter() {
		if (++this.depth > LIMITS.evaluationDepth) this.tooDeep();
	}

	tooDeep(): never {
		throw new ValidationAborted(
			[...this.path],
			`The data is nested too deeply for its schema to check (more than ${LIMITS.evaluationDepth} levels of subschemas and data).`,
		);
	}

	fail(rank: number, message: string) {
		if (this.quiet > 0) return;
		// A few hundred are plenty to find the problems; a million would only cost memory.
		if (this.errors.length < LIMITS.reportedErrors * 10)
			this.errors.push({ pointer: toPointer(this.path), rank, message });
	}

	/** Runs `body` one level down at `key`. */
	at<T>(key: string | number, body: () => T): T {
		this.path.push(key);
		try {
			return body();
		} finally {
			this.path.pop();
		}
	}
}

/** Text work (formats, lengths) costs about one step per 32 characters. */
export const textCost = (text: string) => 1 + (text.length >> 5);

/**
 * RE2 matches in time linear in the text, but per character it may step through every instruction
 * of the pattern (measured: about 15 ns per character and instruction at worst; a step is ~125 ns).
 * Charged before matching, so a match too costly for the budget never starts.
 */
export const patternCost = (text: string, pattern: { size: number }) =>
	1 + Math.floor((text.length * pattern.size) / 8);

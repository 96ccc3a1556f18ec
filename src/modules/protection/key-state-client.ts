import type { CheckResult, LockRequest, NonceRequest } from "../../durable-objects/key-state";
import type { BucketPolicy, LockResult } from "../../lib/types";
import { deposit, leaseSize, takeLeased } from "./lease";

type KeyStates = Env["KEY_STATE"];

/** One object per API key (the root token's is named "root"). */
const stubOf = (keyStates: KeyStates, keyId: string) => keyStates.get(keyStates.idFromName(keyId));

/** What a request needs of its key's state: each part only when it applies. */
export interface KeyStateQuestion {
	nonce?: NonceRequest;
	policy?: BucketPolicy;
	lock?: LockRequest;
}

/**
 * Asks the key's Durable Object everything at once, so a request makes at most one call to it;
 * none when there is nothing to ask, or when a plain request (no nonce, no lock) spends a token
 * this isolate leased (lease.ts).
 */
export async function checkKeyState(
	keyStates: KeyStates,
	keyId: string,
	{ nonce, policy, lock }: KeyStateQuestion,
): Promise<CheckResult> {
	if (!nonce && !policy && !lock) return {};
	const plain = !nonce && !lock;
	const cell = `${keyId}:${policy?.name}`;
	const leased = policy && plain ? takeLeased(cell) : null;
	if (leased) return { admission: leased };
	const result = await stubOf(keyStates, keyId).check({
		nonce,
		policy,
		want: policy && plain ? leaseSize(policy) : 1,
		lock,
	});
	const granted = result.admission;
	// Refused, but another request of this isolate may have leased tokens meanwhile.
	const admission = granted?.allowed
		? deposit(cell, granted)
		: plain
			? (takeLeased(cell) ?? granted)
			: granted;
	return { ...result, admission };
}

/**
 * Returns a request's token to its key's bucket. Always to the object, also when the token came
 * from this isolate's lease: the object had charged the whole lease, so crediting it there keeps
 * "tokens charged = requests admitted + tokens still leased" true.
 */
export async function refundToken(keyStates: KeyStates, keyId: string, policy: BucketPolicy) {
	await stubOf(keyStates, keyId)
		.refund(policy)
		.catch(() => undefined);
}

/** Asks again for a lock another request held. */
export function retakeLock(keyStates: KeyStates, keyId: string, lock: LockRequest): Promise<LockResult> {
	return stubOf(keyStates, keyId).lock(lock);
}

/** Frees a lock at once (its request was refused or failed); a failure leaves it to lapse. */
export async function releaseLock(keyStates: KeyStates, keyId: string, name: string): Promise<void> {
	await stubOf(keyStates, keyId)
		.unlock(name)
		.catch(() => undefined);
}

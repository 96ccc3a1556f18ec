<?php

declare(strict_types=1);

namespace Folio;

/**
 * When and how long to wait before repeating a request that was not processed: 429, 503, a
 * `concurrent_update` or our own write still in flight, or no answer at all.
 */
final class RetryPolicy
{
    /**
     * @param int $maxRetries retries after the first attempt
     * @param int $baseDelayMs backoff base: retry n waits a random time up to base * 2^n
     * @param int $maxDelayMs longest wait; a longer `Retry-After` ends the retries with the error
     *                        rather than block the caller longer than they allowed
     */
    public function __construct(
        public readonly int $maxRetries = 4,
        public readonly int $baseDelayMs = 500,
        public readonly int $maxDelayMs = 30_000,
    ) {
    }

    /** Never retry: every error reaches the caller at once. */
    public static function none(): self
    {
        return new self(0);
    }

    /**
     * Milliseconds to wait before retry number `$retry` (0-based): the server's `Retry-After` when it
     * gave one, else exponential backoff with full jitter, so many clients limited at once do not
     * come back in lockstep. Null means do not retry.
     */
    public function delayMs(int $retry, ?int $retryAfterSeconds = null): ?int
    {
        if ($retry >= $this->maxRetries) {
            return null;
        }
        if ($retryAfterSeconds !== null) {
            $ms = $retryAfterSeconds * 1000;
            return $ms <= $this->maxDelayMs ? $ms : null;
        }
        $ceiling = (int) min($this->maxDelayMs, $this->baseDelayMs * 2 ** $retry);
        return $ceiling > 0 ? random_int(0, $ceiling) : 0;
    }

    /** `Retry-After` as seconds (delta-seconds or an HTTP date), or null when absent or unreadable. */
    public static function parseRetryAfter(?string $header, ?int $now = null): ?int
    {
        if ($header === null) {
            return null;
        }
        $value = trim($header);
        if ($value !== '' && ctype_digit($value)) {
            return (int) $value;
        }
        $date = strtotime($value);
        return $date === false ? null : max(0, $date - ($now ?? time()));
    }
}

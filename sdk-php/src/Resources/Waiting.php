<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\WaitTimeoutException;

/** Polling a queued job (a snapshot build, an export) until it settles. */
trait Waiting
{
    /**
     * @param \Closure(): array $read
     * @param list<string> $settled the statuses that end the wait
     */
    private static function pollUntil(\Closure $read, array $settled, float $intervalSeconds, float $timeoutSeconds): array
    {
        $deadline = microtime(true) + $timeoutSeconds;
        for (;;) {
            $job = $read();
            if (in_array($job['status'] ?? null, $settled, true)) {
                return $job;
            }
            if (microtime(true) + $intervalSeconds > $deadline) {
                throw new WaitTimeoutException($job, $timeoutSeconds);
            }
            usleep((int) ($intervalSeconds * 1_000_000));
        }
    }
}

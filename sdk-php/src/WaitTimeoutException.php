<?php

declare(strict_types=1);

namespace Folio;

/** A snapshot build or an export still running when `wait` gave up; `job` is its last state. */
final class WaitTimeoutException extends FolioException
{
    public function __construct(public readonly array $job, float $timeoutSeconds)
    {
        parent::__construct(sprintf(
            '%s is still %s after %s s.',
            (string) ($job['id'] ?? 'The job'),
            (string) ($job['status'] ?? 'running'),
            rtrim(rtrim(number_format($timeoutSeconds, 3, '.', ''), '0'), '.'),
        ));
    }
}

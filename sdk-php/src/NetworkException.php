<?php

declare(strict_types=1);

namespace Folio;

/** No response after every retry: DNS, connection refused or reset, TLS, a timeout. */
final class NetworkException extends ApiException
{
    public function __construct(string $reason, int $attempts)
    {
        parent::__construct([
            'type' => 'about:blank',
            'title' => 'Network error',
            'status' => 0,
            'code' => 'network_error',
            'detail' => sprintf('No response after %d attempt%s: %s', $attempts, $attempts === 1 ? '' : 's', $reason),
        ]);
    }
}

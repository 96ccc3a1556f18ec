<?php

declare(strict_types=1);

namespace Folio;

/**
 * A webhook request that must not be trusted. `errorCode` says why: `missing_headers`,
 * `invalid_timestamp`, `timestamp_too_old`, `timestamp_too_new`, `invalid_secret`,
 * `invalid_signature` or `invalid_body`.
 */
final class WebhookVerificationException extends FolioException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}

<?php

declare(strict_types=1);

namespace Folio;

/** A response as received: status, headers (names lower-cased) and the body, unless it went to a stream. */
final class Response
{
    /** @param array<string, list<string>> $headers */
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
        /** Bytes written to the caller's stream instead of `body` (downloads). */
        public readonly int $streamedBytes = 0,
    ) {
    }

    /** The first value of a header, or null; names are case-insensitive. */
    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)][0] ?? null;
    }

    /** The decoded JSON body (objects as arrays); null for 204 and 304, which have none. */
    public function json(): mixed
    {
        if ($this->status === 204 || $this->status === 304 || $this->body === '') {
            return null;
        }
        return json_decode($this->body, true, 512, JSON_THROW_ON_ERROR);
    }

    public function ok(): bool
    {
        return ($this->status >= 200 && $this->status < 300) || $this->status === 304;
    }
}

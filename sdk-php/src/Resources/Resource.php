<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;
use Folio\Transport;

/** What every resource shares: the transport, paths, list pagination and write options. */
abstract class Resource
{
    public function __construct(protected readonly Transport $transport)
    {
    }

    /** Joins path segments, percent-encoding each one. */
    protected static function path(string ...$segments): string
    {
        return implode('', array_map(static fn (string $s): string => '/' . rawurlencode($s), $segments));
    }

    protected static function admin(string $project, string ...$segments): string
    {
        return '/api/v1/admin' . self::path('projects', $project, ...$segments);
    }

    /** @param array<string, scalar|null> $filters query parameters sent with every page */
    protected function paginate(string $path, array $filters = []): Paginator
    {
        return new Paginator(fn (?string $cursor): array => $this->transport->json(
            'GET',
            $path,
            $cursor === null ? $filters : ['cursor' => $cursor] + $filters,
        ));
    }

    /**
     * Headers for the preconditions and idempotency key a caller gave; the API's ETags are quoted
     * revisions, so a bare number is taken as a revision.
     *
     * @return array<string, string>
     */
    protected static function writeHeaders(
        string|int|null $ifMatch = null,
        ?string $idempotencyKey = null,
        array $headers = [],
    ): array {
        if ($ifMatch !== null) {
            $headers['If-Match'] = is_int($ifMatch) ? '"' . $ifMatch . '"' : $ifMatch;
        }
        if ($idempotencyKey !== null) {
            $headers['Idempotency-Key'] = $idempotencyKey;
        }
        return $headers;
    }

    /** @return array<string, string> */
    protected static function dryRun(bool $dryRun): array
    {
        return $dryRun ? ['dry_run' => 'true'] : [];
    }
}

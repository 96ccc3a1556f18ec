<?php

declare(strict_types=1);

namespace Folio;

use Folio\Resources\Entities;
use Folio\Resources\Events;
use Folio\Resources\Exports;
use Folio\Resources\Keys;
use Folio\Resources\Notifications;
use Folio\Resources\Projects;
use Folio\Resources\Read;
use Folio\Resources\Schemas;
use Folio\Resources\Snapshots;
use Folio\Resources\Webhooks;

/**
 * The Folio API client. One instance per key; bodies go in and come out as arrays.
 *
 *     $folio = new Folio\Client(baseUrl: 'http://localhost:8787', apiKey: getenv('FOLIO_KEY'));
 *     foreach ($folio->entities->list('demo') as $entity) { echo $entity['slug'], "\n"; }
 *
 * Refusals throw ApiException; 429, 503 and network errors are retried (honouring `Retry-After`)
 * under one `Idempotency-Key` per POST/PUT, so a retry never applies a write twice.
 */
final class Client
{
    public readonly Projects $projects;
    public readonly Keys $keys;
    public readonly Schemas $schemas;
    public readonly Entities $entities;
    public readonly Snapshots $snapshots;
    public readonly Read $read;
    public readonly Webhooks $webhooks;
    public readonly Notifications $notifications;
    public readonly Exports $exports;
    public readonly Events $events;
    private readonly Transport $transport;

    /**
     * @param string $baseUrl the API's origin, e.g. `http://localhost:8787` (a path prefix is kept)
     * @param string $apiKey an API key (`folio_...`) or the root token
     * @param RequestSigner|null $signer signs every request (RFC 9421): needed by keys with `require_signature`
     * @param RetryPolicy|null $retry default: 4 retries, backoff from 0.5 s, at most 30 s a wait
     * @param float $timeout seconds per attempt (long polls wait up to 25 s)
     * @param string|null $bookmark a stored `X-Folio-Bookmark`, so reads see writes of an earlier PHP request
     * @param (callable(int $retry, int $delayMs, ApiException $error): void)|null $onRetry called before each wait, e.g. to log it
     */
    public function __construct(
        string $baseUrl,
        #[\SensitiveParameter] string $apiKey,
        ?RequestSigner $signer = null,
        ?RetryPolicy $retry = null,
        float $timeout = 60.0,
        float $connectTimeout = 10.0,
        ?string $userAgent = null,
        ?string $bookmark = null,
        ?callable $onRetry = null,
    ) {
        $transport = new Transport($baseUrl, $apiKey, $signer, $retry ?? new RetryPolicy(), $timeout, $connectTimeout, $userAgent, $bookmark, $onRetry);
        $this->transport = $transport;
        $this->projects = new Projects($transport);
        $this->keys = new Keys($transport);
        $this->schemas = new Schemas($transport);
        $this->entities = new Entities($transport);
        $this->snapshots = new Snapshots($transport);
        $this->read = new Read($transport);
        $this->webhooks = new Webhooks($transport);
        $this->notifications = new Notifications($transport);
        $this->exports = new Exports($transport);
        $this->events = new Events($transport);
    }

    /** Applies up to 100 entity operations atomically (see Entities::batch). */
    public function batch(string $project, array $operations, bool $dryRun = false, bool $minimal = false, ?string $idempotencyKey = null): array
    {
        return $this->entities->batch($project, $operations, $dryRun, $minimal, $idempotencyKey);
    }

    /** Liveness and D1 reachability (no authentication needed). */
    public function health(): array
    {
        return $this->transport->json('GET', '/api/v1/health');
    }

    /**
     * Any route, with the client's authentication, signing, bookmark and retries; answers the
     * successful (2xx or 304) response, so headers and conditional reads are at hand.
     *
     * @param array<string, scalar|null> $query
     * @param array<string, string> $headers
     */
    public function request(string $method, string $path, array $query = [], mixed $body = null, array $headers = []): Response
    {
        return $this->transport->send($method, $path, $query, $body, $headers);
    }

    /** The newest `X-Folio-Bookmark` seen: keep it (session, cookie) and pass it as `bookmark:` next time. */
    public function bookmark(): ?string
    {
        return $this->transport->bookmark();
    }

    /** The last response received (its ETag, X-Request-Id, rate-limit headers), errors included. */
    public function lastResponse(): ?Response
    {
        return $this->transport->lastResponse();
    }
}

<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;
use Folio\Transport;

/** Webhook endpoints (`webhook.manage`); their delivery logs are in `->deliveries`. */
final class Webhooks extends Resource
{
    public readonly Deliveries $deliveries;

    public function __construct(Transport $transport)
    {
        parent::__construct($transport);
        $this->deliveries = new Deliveries($transport);
    }

    /**
     * `['url' => ..., 'events' => ['entity.committed', ...] or ['*'], 'description' => ...]`; the
     * answer holds the endpoint's `secret` (`whsec_...`), shown this once.
     */
    public function create(string $project, array $body, ?string $idempotencyKey = null): array
    {
        return $this->transport->json('POST', self::admin($project, 'webhooks'), body: $body, headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }

    public function list(string $project, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'webhooks'), ['limit' => $limit]);
    }

    public function get(string $project, string $id): array
    {
        return $this->transport->json('GET', self::admin($project, 'webhooks', $id));
    }

    /** Changes `url`, `events`, `description` or `enabled` (true re-enables a disabled endpoint). */
    public function update(string $project, string $id, array $body): array
    {
        return $this->transport->json('PATCH', self::admin($project, 'webhooks', $id), body: $body);
    }

    public function delete(string $project, string $id): void
    {
        $this->transport->send('DELETE', self::admin($project, 'webhooks', $id));
    }

    /** A new secret; for 24 h deliveries are signed with the old and the new one. */
    public function rotateSecret(string $project, string $id, ?string $idempotencyKey = null): array
    {
        return $this->transport->json('POST', self::admin($project, 'webhooks', $id, 'rotate-secret'), headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }

    /** Queues a `webhook.test` event to this endpoint only; answers the delivery (202). */
    public function test(string $project, string $id, ?string $idempotencyKey = null): array
    {
        return $this->transport->json('POST', self::admin($project, 'webhooks', $id, 'test'), headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }
}

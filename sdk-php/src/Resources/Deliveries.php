<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/** The delivery log of one endpoint: event, state, attempts (time, status code, duration, error). */
final class Deliveries extends Resource
{
    /** Newest first; `state` is `pending`, `succeeded` or `failed`. */
    public function list(string $project, string $webhook, ?string $state = null, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'webhooks', $webhook, 'deliveries'), ['state' => $state, 'limit' => $limit]);
    }

    public function get(string $project, string $webhook, string $delivery): array
    {
        return $this->transport->json('GET', self::admin($project, 'webhooks', $webhook, 'deliveries', $delivery));
    }

    /** Delivers again now, with the same `webhook-id`. */
    public function redeliver(string $project, string $webhook, string $delivery, ?string $idempotencyKey = null): array
    {
        return $this->transport->json(
            'POST',
            self::admin($project, 'webhooks', $webhook, 'deliveries', $delivery, 'redeliver'),
            headers: self::writeHeaders(idempotencyKey: $idempotencyKey),
        );
    }
}

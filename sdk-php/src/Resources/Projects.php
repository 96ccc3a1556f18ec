<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/** Projects (root token). */
final class Projects extends Resource
{
    /** @param array{id: string, name: string} $body */
    public function create(array $body, ?string $idempotencyKey = null): array
    {
        return $this->transport->json('POST', '/api/v1/admin/projects', body: $body, headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }

    public function list(?int $limit = null): Paginator
    {
        return $this->paginate('/api/v1/admin/projects', ['limit' => $limit]);
    }
}

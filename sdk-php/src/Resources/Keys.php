<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/** API keys of a project (root token). Secrets are returned once, by `create` and `roll`. */
final class Keys extends Resource
{
    /**
     * `['name' => ..., 'scopes' => [...], 'schemas' => [...], 'expires_at' => ..., 'rate_limit' => [...],
     * 'require_signature' => true]`; the answer holds `key` (and `signing_secret`), shown this once.
     */
    public function create(string $project, array $body, ?string $idempotencyKey = null): array
    {
        return $this->transport->json('POST', self::admin($project, 'keys'), body: $body, headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }

    public function list(string $project, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'keys'), ['limit' => $limit]);
    }

    /** Revokes the key: refused everywhere within seconds. */
    public function revoke(string $project, string $id): array
    {
        return $this->transport->json('DELETE', self::admin($project, 'keys', $id));
    }

    /** A new secret; the old one keeps working until `expires_at` (default 24 h). */
    public function roll(string $project, string $id, array $body = [], ?string $idempotencyKey = null): array
    {
        return $this->transport->json('POST', self::admin($project, 'keys', $id, 'roll'), body: (object) $body, headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }
}

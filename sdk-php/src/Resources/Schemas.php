<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/** JSON Schemas of a project (`schema.manage`). */
final class Schemas extends Resource
{
    /** Creates the schema or adds a version of it: `['title' => ..., 'json_schema' => [...]]`. */
    public function put(string $project, string $schema, array $body, ?string $idempotencyKey = null): array
    {
        return $this->transport->json('PUT', self::admin($project, 'schemas', $schema), body: $body, headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }

    /** The newest version, or the one given. */
    public function get(string $project, string $schema, ?int $version = null): array
    {
        return $this->transport->json('GET', self::admin($project, 'schemas', $schema), ['version' => $version]);
    }

    public function list(string $project, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'schemas'), ['limit' => $limit]);
    }
}

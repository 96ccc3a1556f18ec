<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/**
 * The read API over published snapshots (`content.read`). `snapshot` is an id (immutable, cached
 * for ever) or `latest`, the default. With `ifNoneMatch` (an ETag you hold) a read answers null when
 * nothing changed (304).
 */
final class Read extends Resource
{
    /** The latest published snapshot: `id`, `entity_count`, `content_hash`, `published_at`. */
    public function latest(string $project, ?string $ifNoneMatch = null): ?array
    {
        return $this->transport->json('GET', $this->snapshot($project, 'latest'), headers: self::conditional($ifNoneMatch));
    }

    /** The entities of a snapshot, page after page: `slug`, `schema`, `revision`, `data`. */
    public function entities(string $project, string $snapshot = 'latest', ?string $schema = null, ?int $limit = null): Paginator
    {
        return $this->paginate($this->snapshot($project, $snapshot) . '/entities', ['schema' => $schema, 'limit' => $limit]);
    }

    public function entity(string $project, string $slug, string $snapshot = 'latest', ?string $ifNoneMatch = null): ?array
    {
        return $this->transport->json(
            'GET',
            $this->snapshot($project, $snapshot) . self::path('entities', $slug),
            headers: self::conditional($ifNoneMatch),
        );
    }

    private function snapshot(string $project, string $snapshot): string
    {
        return '/api/v1' . self::path('projects', $project, 'snapshots', $snapshot);
    }

    /** @return array<string, string> */
    private static function conditional(?string $ifNoneMatch): array
    {
        return $ifNoneMatch === null ? [] : ['If-None-Match' => $ifNoneMatch];
    }
}

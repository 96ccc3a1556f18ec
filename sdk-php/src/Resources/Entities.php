<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/**
 * Entities: drafts, commits and history (`content.write`). Every write takes `dryRun: true` (checked
 * in full, nothing persisted: the answer is `['dry_run' => true, 'valid' => true, ...]`) and the
 * preconditions the route knows (`ifMatch: '"3"'` or `ifMatch: 3`).
 */
final class Entities extends Resource
{
    /** A new draft (201): `['schema' => ..., 'data' => [...], 'slug' => ...]`. A taken slug is a 409 `slug_taken`. */
    public function create(string $project, array $body, bool $dryRun = false, ?string $idempotencyKey = null): array
    {
        return $this->transport->json(
            'POST',
            self::admin($project, 'entities'),
            self::dryRun($dryRun),
            $body,
            self::writeHeaders(idempotencyKey: $idempotencyKey),
        );
    }

    /**
     * Creates or updates: `['data' => [...], 'schema' => ..., 'mode' => 'commit', 'message' => ...]`
     * (`mode: commit` commits at once and needs `message`). `ifNoneMatch: '*'` creates only.
     */
    public function put(
        string $project,
        string $slug,
        array $body,
        string|int|null $ifMatch = null,
        ?string $ifNoneMatch = null,
        bool $dryRun = false,
        ?string $idempotencyKey = null,
    ): array {
        $headers = self::writeHeaders($ifMatch, $idempotencyKey);
        if ($ifNoneMatch !== null) {
            $headers['If-None-Match'] = $ifNoneMatch;
        }
        return $this->transport->json('PUT', $this->entity($project, $slug), self::dryRun($dryRun), $body, $headers);
    }

    /** Promotes the draft to a committed revision. No draft is a 409 `nothing_to_commit`. */
    public function commit(
        string $project,
        string $slug,
        string $message,
        string|int|null $ifMatch = null,
        bool $dryRun = false,
        ?string $idempotencyKey = null,
    ): array {
        return $this->transport->json(
            'POST',
            $this->entity($project, $slug) . '/commit',
            self::dryRun($dryRun),
            ['message' => $message],
            self::writeHeaders($ifMatch, $idempotencyKey),
        );
    }

    /** Commits a deletion: the entity leaves the next snapshot. */
    public function delete(
        string $project,
        string $slug,
        ?string $message = null,
        string|int|null $ifMatch = null,
        bool $dryRun = false,
    ): array {
        return $this->transport->json(
            'DELETE',
            $this->entity($project, $slug),
            self::dryRun($dryRun),
            $message === null ? null : ['message' => $message],
            self::writeHeaders($ifMatch),
        );
    }

    /** One entity; with `ifNoneMatch` (an ETag you hold) null when it has not changed (304). */
    public function get(string $project, string $slug, ?string $ifNoneMatch = null): ?array
    {
        $headers = $ifNoneMatch === null ? [] : ['If-None-Match' => $ifNoneMatch];
        return $this->transport->json('GET', $this->entity($project, $slug), headers: $headers);
    }

    /** Every entity, page after page; filters `schema` and `status` (`draft`, `committed`, `modified`, `deleted`). */
    public function list(string $project, ?string $schema = null, ?string $status = null, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'entities'), ['schema' => $schema, 'status' => $status, 'limit' => $limit]);
    }

    /** Committed revisions, newest first. */
    public function revisions(string $project, string $slug, ?int $limit = null): Paginator
    {
        return $this->paginate($this->entity($project, $slug) . '/revisions', ['limit' => $limit]);
    }

    /**
     * Up to 100 operations applied atomically, all or nothing: `[['op' => 'create' | 'update' |
     * 'commit' | 'delete', 'slug' => ..., ...], ...]`. A refusal names the failing operation by
     * index and pointer (`/operations/2/data/title`). `minimal: true` answers revisions without data.
     */
    public function batch(
        string $project,
        array $operations,
        bool $dryRun = false,
        bool $minimal = false,
        ?string $idempotencyKey = null,
    ): array {
        $headers = self::writeHeaders(idempotencyKey: $idempotencyKey);
        if ($minimal) {
            $headers['Prefer'] = 'return=minimal';
        }
        return $this->transport->json(
            'POST',
            self::admin($project, 'batch'),
            self::dryRun($dryRun),
            ['operations' => $operations],
            $headers,
        );
    }

    private function entity(string $project, string $slug): string
    {
        return self::admin($project, 'entities', $slug);
    }
}

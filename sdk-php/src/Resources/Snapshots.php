<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/** Building snapshots (`snapshot.manage`). */
final class Snapshots extends Resource
{
    use Waiting;

    /**
     * Queues a rebuild (202; a rebuild queued and not started yet is reused). With `wait: true`,
     * returns once the build settled: check `status`, a build can end `failed`. A wait longer
     * than `timeout` seconds throws a WaitTimeoutException.
     */
    public function regenerate(
        string $project,
        ?string $message = null,
        bool $wait = false,
        bool $dryRun = false,
        float $interval = 1.0,
        float $timeout = 300.0,
        ?string $idempotencyKey = null,
    ): array {
        $body = $message === null ? (object) [] : ['message' => $message];
        $result = $this->transport->json(
            'POST',
            self::admin($project, 'snapshots', 'regenerate'),
            self::dryRun($dryRun),
            $body,
            self::writeHeaders(idempotencyKey: $idempotencyKey),
        );
        if (!$wait || isset($result['dry_run'])) {
            return $result;
        }
        return $this->wait($project, $result['id'], $interval, $timeout);
    }

    /** Polls a snapshot until it is `published` or `failed`. */
    public function wait(string $project, string $id, float $interval = 1.0, float $timeout = 300.0): array
    {
        return self::pollUntil(fn (): array => $this->get($project, $id), ['published', 'failed'], $interval, $timeout);
    }

    public function get(string $project, string $id): array
    {
        return $this->transport->json('GET', self::admin($project, 'snapshots', $id));
    }

    public function list(string $project, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'snapshots'), ['limit' => $limit]);
    }
}

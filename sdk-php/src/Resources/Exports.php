<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\FolioException;
use Folio\Paginator;

/** NDJSON exports of a snapshot (`export.run`): one entity a line, `{ slug, schema, data }`. */
final class Exports extends Resource
{
    use Waiting;

    private const ACCEPT = ['Accept' => 'application/x-ndjson, application/json;q=0.5'];

    /** Starts an export of `snapshot` (an id, or `latest` when null) and returns the queued job (202). */
    public function create(string $project, ?string $snapshot = null, ?string $idempotencyKey = null): array
    {
        $body = $snapshot === null ? (object) [] : ['snapshot' => $snapshot];
        return $this->transport->json('POST', self::admin($project, 'exports'), body: $body, headers: self::writeHeaders(idempotencyKey: $idempotencyKey));
    }

    /** The job's state, and once completed its `entity_count`, `bytes` and `sha256`. */
    public function get(string $project, string $id): array
    {
        return $this->transport->json('GET', self::admin($project, 'exports', $id));
    }

    public function list(string $project, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'exports'), ['limit' => $limit]);
    }

    /** Polls an export until it is `completed` or `failed`. */
    public function wait(string $project, string $id, float $interval = 1.0, float $timeout = 300.0): array
    {
        return self::pollUntil(fn (): array => $this->get($project, $id), ['completed', 'failed'], $interval, $timeout);
    }

    /**
     * Streams the completed export into `$target` (a writable stream, or a file path) as it arrives,
     * never holding it in memory; returns the number of bytes written.
     *
     * @param resource|string $target
     */
    public function downloadTo(string $project, string $id, $target): int
    {
        $stream = is_string($target) ? fopen($target, 'wb') : $target;
        if (!is_resource($stream)) {
            throw new FolioException('Cannot open ' . (is_string($target) ? $target : 'the target') . ' for writing.');
        }
        try {
            return $this->transport->send('GET', $this->download($project, $id), headers: self::ACCEPT, sink: $stream)->streamedBytes;
        } finally {
            if (is_string($target)) {
                fclose($stream);
            }
        }
    }

    /**
     * The export's lines, decoded one at a time. The file is spooled to a temporary stream
     * (memory up to 2 MB, then disk), so a large export never sits in memory whole.
     *
     * @return \Generator<int, array>
     */
    public function lines(string $project, string $id): \Generator
    {
        $spool = fopen('php://temp/maxmemory:' . (2 * 1024 * 1024), 'w+b');
        try {
            $this->downloadTo($project, $id, $spool);
            rewind($spool);
            while (($line = fgets($spool)) !== false) {
                if (trim($line) !== '') {
                    yield json_decode($line, true, 512, JSON_THROW_ON_ERROR);
                }
            }
        } finally {
            fclose($spool);
        }
    }

    private function download(string $project, string $id): string
    {
        return self::admin($project, 'exports', $id, 'download');
    }
}

<?php

declare(strict_types=1);

namespace Folio\Resources;

/**
 * The project's events feed (`events.read`), oldest first: the same bodies webhook deliveries carry
 * (`id`, `type`, `timestamp`, `project`, `data`), so one handler serves both. Resume from the
 * `next_cursor` of the last page you processed and no event is skipped or seen twice.
 */
final class Events extends Resource
{
    /**
     * One page after `cursor` (none: the oldest retained event; `'now'`: only what comes next).
     * `wait` (1-25 s) holds the request until an event arrives. `next_cursor` is never null. With
     * `ifNoneMatch` (the page's ETag) null means nothing new (304). A cursor past retention is a
     * 410 `cursor_expired`: re-sync from a snapshot, then follow from `'now'`.
     *
     * @param list<string>|string|null $types event types, e.g. `['entity.committed']`
     * @return array{data: list<array>, next_cursor: string}|null
     */
    public function list(
        string $project,
        ?string $cursor = null,
        array|string|null $types = null,
        ?int $limit = null,
        ?int $wait = null,
        ?string $ifNoneMatch = null,
    ): ?array {
        $headers = $ifNoneMatch === null ? [] : ['If-None-Match' => $ifNoneMatch];
        return $this->transport->json('GET', self::admin($project, 'events'), self::query($cursor, $types, $limit, $wait), headers: $headers);
    }

    /** One event by id; an unknown id is a 404 `event_not_found`. */
    public function get(string $project, string $id): array
    {
        return $this->transport->json('GET', self::admin($project, 'events', $id));
    }

    /**
     * Every event after `cursor`, as it happens: long-polls (`wait` seconds a request), sends the
     * last ETag so an idle poll is a 304 that costs no read-bucket token, and calls `onCursor` with
     * the resume point after each page has been consumed: store it, and a restarted process resumes
     * there. A loop that stops in the middle of a page resumes at that page's start, so a handler
     * may see a few events again (as with webhooks: at least once; dedupe on `id`).
     * `stopWhenIdle: true` returns once the feed is caught up (a cron job's drain).
     *
     * @param list<string>|string|null $types
     * @param (callable(string $cursor): void)|null $onCursor
     * @return \Generator<int, array>
     */
    public function follow(
        string $project,
        ?string $cursor = null,
        array|string|null $types = null,
        int $wait = 25,
        ?callable $onCursor = null,
        bool $stopWhenIdle = false,
        ?int $limit = null,
    ): \Generator {
        $etag = null;
        for (;;) {
            $started = microtime(true);
            $response = $this->transport->send(
                'GET',
                self::admin($project, 'events'),
                self::query($cursor, $types, $limit, $stopWhenIdle ? null : $wait),
                headers: $etag === null ? [] : ['If-None-Match' => $etag],
            );
            $etag = $response->header('etag') ?? $etag;
            $page = $response->json();
            $events = is_array($page) ? $page['data'] : [];
            foreach ($events as $event) {
                yield $event;
            }
            $next = is_array($page) ? $page['next_cursor'] : $cursor;
            if ($next !== $cursor && $next !== null) {
                $cursor = $next;
                if ($onCursor !== null) {
                    $onCursor($cursor);
                }
            }
            if ($events === []) {
                if ($stopWhenIdle) {
                    return;
                }
                // A server that answered at once despite `wait` gets the pause it asks for.
                $interval = (float) ($response->header('x-poll-interval') ?? 1);
                $remaining = $interval - (microtime(true) - $started);
                if ($remaining > 0) {
                    usleep((int) ($remaining * 1_000_000));
                }
            }
        }
    }

    /**
     * @param list<string>|string|null $types
     * @return array<string, scalar|null>
     */
    private static function query(?string $cursor, array|string|null $types, ?int $limit, ?int $wait): array
    {
        return [
            'cursor' => $cursor,
            'types' => is_array($types) ? implode(',', $types) : $types,
            'limit' => $limit,
            'wait' => $wait,
        ];
    }
}

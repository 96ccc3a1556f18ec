<?php

declare(strict_types=1);

// The events feed (run.php includes this file only when the server's document has the feed).

test('events: list after a cursor, get one, 304 when nothing is new, 404', function (): void {
    $folio = client();
    $start = $folio->events->list(project(), cursor: 'now');
    check(is_string($start['next_cursor']) && $start['next_cursor'] !== 'now', 'cursor=now answers a real cursor');
    $folio->entities->put(project(), 'ev-1', ['schema' => 'article', 'data' => ['title' => 'E1'], 'mode' => 'commit', 'message' => 'e']);
    $folio->entities->put(project(), 'ev-2', ['schema' => 'article', 'data' => ['title' => 'E2'], 'mode' => 'commit', 'message' => 'e']);

    $page = $folio->events->list(project(), cursor: $start['next_cursor'], types: ['entity.committed']);
    same(['ev-1', 'ev-2'], array_map(fn (array $e): string => $e['data']['entity']['slug'], $page['data']), 'commit order');
    check($page['next_cursor'] !== null, 'next_cursor is never null');
    same($page['data'][0], $folio->events->get(project(), $page['data'][0]['id']), 'one event by id');

    $idle = $folio->events->list(project(), cursor: $page['next_cursor']);
    same([], $idle['data'], 'nothing after the last event');
    same($page['next_cursor'], $idle['next_cursor'], 'the cursor sent, when nothing is new');
    $tag = $folio->lastResponse()->header('etag');
    check($tag !== null, 'the feed has an ETag');
    same(null, $folio->events->list(project(), cursor: $page['next_cursor'], ifNoneMatch: $tag), '304 as null');
    refused(404, 'event_not_found', fn () => $folio->events->get(project(), 'evt_missing'));
});

test('events: follow drains, stores its cursor, and resumes there', function (): void {
    $folio = client();
    $cursor = $folio->events->list(project(), cursor: 'now')['next_cursor'];
    $folio->entities->put(project(), 'fo-1', ['schema' => 'article', 'data' => ['title' => 'F1'], 'mode' => 'commit', 'message' => 'f']);
    $stored = null;
    $seen = [];
    foreach ($folio->events->follow(project(), cursor: $cursor, types: 'entity.committed', onCursor: function (string $c) use (&$stored): void {
        $stored = $c;
    }, stopWhenIdle: true) as $event) {
        $seen[] = $event['data']['entity']['slug'];
    }
    same(['fo-1'], $seen, 'the one new event');
    check($stored !== null && $stored !== $cursor, 'onCursor got the resume point');

    $folio->entities->put(project(), 'fo-2', ['schema' => 'article', 'data' => ['title' => 'F2'], 'mode' => 'commit', 'message' => 'f']);
    $next = [];
    foreach ($folio->events->follow(project(), cursor: $stored, types: ['entity.committed'], wait: 5) as $event) {
        $next[] = $event['data']['entity']['slug'];
        break; // a long-polling follow runs until its consumer stops
    }
    same(['fo-2'], $next, 'resumed after the stored cursor: nothing seen twice, nothing skipped');
});

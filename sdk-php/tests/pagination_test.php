<?php

declare(strict_types=1);

// Lists follow next_cursor across pages, lazily, with the filters on every page.

test('entities over several pages', function (): void {
    $folio = client();
    $schema = 'paged-' . bin2hex(random_bytes(2));
    $folio->schemas->put(project(), $schema, ['json_schema' => ['type' => 'object']]);
    $slugs = [];
    for ($i = 0; $i < 7; $i++) {
        $slugs[] = $slug = sprintf('%s-%02d', $schema, $i);
        $folio->entities->put(project(), $slug, ['schema' => $schema, 'data' => ['n' => $i], 'mode' => 'commit', 'message' => 'p']);
    }
    $list = $folio->entities->list(project(), schema: $schema, limit: 3);
    $pages = collect($list->pages());
    same([3, 3, 1], array_map(fn (array $p): int => count($p['data']), $pages), 'page sizes');
    same(null, $pages[2]['next_cursor'], 'the last page has no next cursor');
    $seen = [];
    foreach ($folio->entities->list(project(), schema: $schema, limit: 3) as $entity) {
        $seen[] = $entity['slug'];
    }
    sort($seen);
    same($slugs, $seen, 'every entity once, across pages');
    same(3, count($list->page($pages[0]['next_cursor'])['data']), 'a page by cursor');
    $folio->snapshots->regenerate(project(), wait: true, interval: 0.2);
    same(7, count($folio->read->entities(project(), schema: $schema, limit: 2)->toArray()), 'read API pages too');
});

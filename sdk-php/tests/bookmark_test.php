<?php

declare(strict_types=1);

// Read-your-writes (run.php includes this file only when the server's document names the header).

test('bookmark: kept from answers, newest wins, carried to a new client', function (): void {
    $writer = client();
    check($writer->bookmark() === null, 'no bookmark before the first answer');
    $written = $writer->entities->put(project(), 'bm-1', ['schema' => 'article', 'data' => ['title' => 'B'], 'mode' => 'commit', 'message' => 'b']);
    $bookmark = $writer->bookmark();
    check(is_string($bookmark) && $bookmark !== '', 'an admin answer carries X-Folio-Bookmark');
    same($writer->lastResponse()->header('x-folio-bookmark'), $bookmark, 'the newest one seen');

    // A later PHP request: a new client seeded with the stored bookmark reads at least that fresh.
    $reader = client(options: ['bookmark' => $bookmark]);
    same($written['revision'], $reader->entities->get(project(), 'bm-1')['revision'], 'sees the write');
    check(strcmp((string) $reader->bookmark(), $bookmark) >= 0, 'never moves back');
});

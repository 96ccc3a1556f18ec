<?php

declare(strict_types=1);

// Runs the PHP SDK's tests against a Folio server: FOLIO_URL, FOLIO_ROOT (the root token), and for
// the webhook tests WEBHOOK_RECEIVER_URL, WEBHOOK_RECEIVER_LOG, WEBHOOK_CASES and WEBHOOK_PHP_SIGNED
// (see test/e2e/php-sdk.e2e.test.ts, which runs it). Optional arguments name test files to run.

require __DIR__ . '/../autoload.php';
require __DIR__ . '/lib.php';

$files = ['tour_test.php', 'errors_test.php', 'pagination_test.php', 'signing_test.php', 'webhook_test.php'];
// The events feed and the read-your-writes bookmark are served only by servers that have them:
// their tests run once the server's OpenAPI document shows them.
$document = client()->request('GET', '/api/v1/openapi.json')->body;
if (str_contains($document, '"/api/v1/admin/projects/{project}/events"')) {
    $files[] = 'events_test.php';
} else {
    echo "skipped events_test.php: the server has no events feed\n";
}
if (stripos($document, 'X-Folio-Bookmark') !== false) {
    $files[] = 'bookmark_test.php';
} else {
    echo "skipped bookmark_test.php: the server sends no X-Folio-Bookmark\n";
}
$only = array_slice($argv, 1);
foreach ($files as $file) {
    if ($only === [] || in_array($file, $only, true)) {
        require __DIR__ . '/' . $file;
    }
}

$passed = 0;
$failed = 0;
foreach ($GLOBALS['folio_tests'] as $name => $body) {
    $started = microtime(true);
    try {
        $body();
        $passed++;
        printf("ok - %s (%.1f s)\n", $name, microtime(true) - $started);
    } catch (Throwable $e) {
        $failed++;
        printf("FAIL - %s: %s: %s at %s:%d\n", $name, $e::class, $e->getMessage(), basename($e->getFile()), $e->getLine());
        foreach (array_slice($e->getTrace(), 0, 4) as $frame) {
            printf("    at %s:%d\n", basename($frame['file'] ?? '?'), $frame['line'] ?? 0);
        }
    }
}
printf("PHP-TESTS: %d passed, %d failed\n", $passed, $failed);

<?php

declare(strict_types=1);

// A small assert runner (PHPUnit is not on the npm registry). Each `test()` registers a closure;
// run.php calls them in order and prints one line per test and the summary line
// `PHP-TESTS: N passed, M failed`, which the vitest e2e test reads: the PHP process's exit status is
// always 0 under php-wasm, so the printed result is the only one.

use Folio\ApiException;
use Folio\Client;

final class AssertionFailed extends RuntimeException
{
}

/** @var array<string, Closure> */
$GLOBALS['folio_tests'] = [];

function test(string $name, Closure $body): void
{
    $GLOBALS['folio_tests'][$name] = $body;
}

function check(bool $condition, string $message): void
{
    if (!$condition) {
        throw new AssertionFailed($message);
    }
}

function same(mixed $expected, mixed $actual, string $what): void
{
    if ($expected !== $actual) {
        throw new AssertionFailed(sprintf('%s: expected %s, got %s', $what, export($expected), export($actual)));
    }
}

function export(mixed $value): string
{
    return json_encode($value, JSON_UNESCAPED_SLASHES | JSON_PARTIAL_OUTPUT_ON_ERROR) ?: var_export($value, true);
}

/** Runs `$call`, which must be refused with `$status` and `$code`; answers the exception. */
function refused(int $status, string $code, Closure $call): ApiException
{
    try {
        $call();
    } catch (ApiException $e) {
        same($status, $e->status, "status of {$e->errorCode} ({$e->detail})");
        same($code, $e->errorCode, 'error code');
        check($e->requestId !== null && $e->requestId !== '', 'the problem carries a request id');
        return $e;
    }
    throw new AssertionFailed("expected a {$status} {$code}, the call succeeded");
}

/**
 * Every item of a paginator or generator. The tests' PHP (php-wasm, built with asyncify) cannot
 * suspend for network I/O while `foreach` drives a generator held in a variable, or
 * iterator_to_array() drives one, so this steps it by hand; `foreach` over a call expression
 * (`foreach ($folio->entities->list(...) as $e)`) works, and real PHP has no such limit.
 */
function collect(Traversable $items): array
{
    $iterator = $items instanceof IteratorAggregate ? $items->getIterator() : $items;
    $out = [];
    for ($iterator->rewind(); $iterator->valid(); $iterator->next()) {
        $out[] = $iterator->current();
    }
    return $out;
}

function env(string $name): string
{
    $value = getenv($name);
    check(is_string($value) && $value !== '', "{$name} is set");
    return $value;
}

/** A client for the root token (or another key), with quick retries so a test never waits long. */
function client(?string $key = null, array $options = []): Client
{
    return new Client(...($options + ['baseUrl' => env('FOLIO_URL'), 'apiKey' => $key ?? env('FOLIO_ROOT')]));
}

/** This run's project (created once), so reruns against one server do not collide. */
function project(): string
{
    static $id = null;
    if ($id === null) {
        $id = 'php-' . bin2hex(random_bytes(4));
        client()->projects->create(['id' => $id, 'name' => 'PHP SDK tests']);
        client()->schemas->put($id, 'article', ['title' => 'Article', 'json_schema' => [
            'type' => 'object',
            'required' => ['title'],
            'properties' => ['title' => ['type' => 'string', 'maxLength' => 200], 'n' => ['type' => 'integer']],
        ]]);
    }
    return $id;
}

/** Polls `$probe` until it answers non-null, for at most `$seconds`. */
function eventually(Closure $probe, string $what, float $seconds = 30.0): mixed
{
    $deadline = microtime(true) + $seconds;
    do {
        $result = $probe();
        if ($result !== null) {
            return $result;
        }
        usleep(200_000);
    } while (microtime(true) < $deadline);
    throw new AssertionFailed("timed out waiting for {$what}");
}

<?php

declare(strict_types=1);

// Refusals arrive as ApiException with the problem document; 429 is retried as Retry-After says.

use Folio\ApiException;
use Folio\NetworkException;
use Folio\RetryPolicy;

test('401: an unknown key', function (): void {
    $stranger = client('folio_notakey');
    $e = refused(401, 'invalid_api_key', fn () => $stranger->entities->list(project())->page());
    same('application/problem+json', explode(';', (string) $stranger->lastResponse()->header('content-type'))[0], 'problem media type');
    same($stranger->lastResponse()->header('x-request-id'), $e->requestId, 'request id is the X-Request-Id');
});

test('403: a key without the scope, and a key of another project', function (): void {
    $reader = client()->keys->create(project(), ['name' => 'reader', 'scopes' => ['content.read']]);
    $e = refused(403, 'missing_scope', fn () => client($reader['key'])->schemas->put(project(), 'x', ['json_schema' => ['type' => 'object']]));
    check($e->detail !== '', 'a detail says why');
    $other = 'php-o-' . bin2hex(random_bytes(3));
    client()->projects->create(['id' => $other, 'name' => 'Other']);
    refused(403, 'forbidden_project', fn () => client($reader['key'])->read->latest($other));
});

test('404, 409, 412, 422 with their documents', function (): void {
    $folio = client();
    refused(404, 'entity_not_found', fn () => $folio->entities->get(project(), 'missing'));
    $folio->entities->create(project(), ['schema' => 'article', 'slug' => 'taken', 'data' => ['title' => 'T']]);
    refused(409, 'slug_taken', fn () => $folio->entities->create(project(), ['schema' => 'article', 'slug' => 'taken', 'data' => ['title' => 'T']]));

    $e = refused(412, 'version_conflict', fn () => $folio->entities->put(project(), 'taken', ['data' => ['title' => 'Late']], ifMatch: '"99"'));
    same(1, $e->problem['current_revision'], 'current revision in the problem');
    refused(412, 'version_conflict', fn () => $folio->entities->put(project(), 'taken', ['schema' => 'article', 'data' => ['title' => 'Again']], ifNoneMatch: '*'));
    $folio->entities->commit(project(), 'taken', 'First');
    refused(409, 'nothing_to_commit', fn () => $folio->entities->commit(project(), 'taken', 'Nothing new'));

    $e = refused(422, 'validation_failed', fn () => $folio->entities->put(project(), 'bad', ['schema' => 'article', 'data' => ['title' => str_repeat('x', 201)]]));
    same(['/data/title'], $e->pointers(), 'pointers');
    check(($e->errors[0]['message'] ?? '') !== '', 'each error has a message');
    $e = refused(422, 'validation_failed', fn () => $folio->schemas->put(project(), 'broken', ['json_schema' => ['type' => 'nonsense']]));
    check(str_starts_with($e->pointers()[0] ?? '', '/json_schema'), 'schema pointers start with /json_schema');
});

test('429: retried after Retry-After, one write under one Idempotency-Key', function (): void {
    $tiny = client()->keys->create(project(), ['name' => 'tiny', 'scopes' => ['content.write'], 'rate_limit' => ['write' => ['burst' => 1, 'per_second' => 1]]]);
    $waits = [];
    $patient = client($tiny['key'], ['onRetry' => function (int $retry, int $delayMs, ApiException $e) use (&$waits): void {
        $waits[] = [$e->status, $e->errorCode, $delayMs, $e->retryAfter];
    }]);
    $patient->entities->put(project(), 'limited-1', ['schema' => 'article', 'data' => ['title' => 'One']]);
    $second = $patient->entities->put(project(), 'limited-2', ['schema' => 'article', 'data' => ['title' => 'Two']]);
    same('limited-2', $second['slug'], 'the retried write went through');
    check($waits !== [], 'the second write met a 429 and waited');
    foreach ($waits as [$status, $code, $delayMs, $retryAfter]) {
        same([429, 'rate_limited'], [$status, $code], 'what was retried');
        check($retryAfter !== null && $retryAfter >= 1, 'the 429 says Retry-After');
        same($retryAfter * 1000, $delayMs, 'the wait is what Retry-After asked');
    }
    same(1, client()->entities->get(project(), 'limited-2')['revision'], 'applied once');

    $impatient = client($tiny['key'], ['retry' => RetryPolicy::none()]);
    try {
        $impatient->entities->put(project(), 'limited-3', ['schema' => 'article', 'data' => ['title' => 'Three']]);
        $impatient->entities->put(project(), 'limited-4', ['schema' => 'article', 'data' => ['title' => 'Four']]);
        throw new AssertionFailed('two writes at once passed a burst of 1');
    } catch (ApiException $e) {
        same([429, 'rate_limited'], [$e->status, $e->errorCode], 'without retries the 429 reaches the caller');
        check($e->retryAfter >= 1, 'with its Retry-After');
    }
});

test('a repeated Idempotency-Key replays the first answer', function (): void {
    $folio = client();
    $key = 'php-idem-' . bin2hex(random_bytes(4));
    $first = $folio->entities->create(project(), ['schema' => 'article', 'slug' => $key, 'data' => ['title' => 'Once']], idempotencyKey: $key);
    $again = $folio->entities->create(project(), ['schema' => 'article', 'slug' => $key, 'data' => ['title' => 'Once']], idempotencyKey: $key);
    same($first, $again, 'the same body');
    same('true', $folio->lastResponse()->header('idempotency-replayed'), 'marked as replayed');
    refused(422, 'idempotency_key_reused', fn () => $folio->entities->create(project(), ['schema' => 'article', 'slug' => $key, 'data' => ['title' => 'Other']], idempotencyKey: $key));
});

test('no answer: retried, then a NetworkException', function (): void {
    $retries = 0;
    $nowhere = new Folio\Client(baseUrl: 'http://127.0.0.1:9', apiKey: 'folio_x', retry: new RetryPolicy(2, 10, 50), connectTimeout: 2.0, onRetry: function () use (&$retries): void {
        $retries++;
    });
    try {
        $nowhere->health();
        throw new AssertionFailed('a closed port answered');
    } catch (NetworkException $e) {
        same([0, 'network_error'], [$e->status, $e->errorCode], 'status 0');
        same(2, $retries, 'retried as the policy says');
        check(str_contains($e->getMessage(), '3 attempts'), $e->getMessage());
    }
});

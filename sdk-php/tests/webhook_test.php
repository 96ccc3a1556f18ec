<?php

declare(strict_types=1);

// Folio\Webhook against the JavaScript `standardwebhooks` library, both ways: the vitest test signs
// cases with it (WEBHOOK_CASES) for PHP to verify, and verifies what PHP signs (WEBHOOK_PHP_SIGNED).

use Folio\Webhook;
use Folio\WebhookVerificationException;

test('verifies what standardwebhooks signed: valid, tampered, stale, rotated', function (): void {
    $cases = json_decode((string) file_get_contents(env('WEBHOOK_CASES')), true, 512, JSON_THROW_ON_ERROR);
    check(count($cases) >= 8, 'the cases arrived');
    foreach ($cases as $case) {
        try {
            $event = Webhook::verify($case['payload'], $case['headers'], $case['secrets'], now: $case['now']);
            $outcome = 'ok';
            same(json_decode($case['payload'], true), $event, "{$case['name']}: the decoded event");
        } catch (WebhookVerificationException $e) {
            $outcome = $e->errorCode;
        }
        same($case['expect'], $outcome, $case['name']);
    }
});

test('header shapes: getallheaders(), $_SERVER, Symfony lists', function (): void {
    $secret = 'whsec_' . base64_encode(random_bytes(24));
    $payload = '{"id":"evt_1","type":"webhook.test"}';
    $signed = Webhook::sign('msg_1', time(), $payload, $secret);
    $shapes = [
        'getallheaders' => ['Webhook-Id' => $signed['webhook-id'], 'Webhook-Timestamp' => $signed['webhook-timestamp'], 'Webhook-Signature' => $signed['webhook-signature']],
        '$_SERVER' => ['HTTP_WEBHOOK_ID' => $signed['webhook-id'], 'HTTP_WEBHOOK_TIMESTAMP' => $signed['webhook-timestamp'], 'HTTP_WEBHOOK_SIGNATURE' => $signed['webhook-signature'], 'REQUEST_METHOD' => 'POST'],
        'symfony' => array_map(fn (string $v): array => [$v], $signed),
    ];
    foreach ($shapes as $name => $headers) {
        same('evt_1', Webhook::verify($payload, $headers, $secret)['id'], $name);
    }
    try {
        Webhook::verify($payload, $signed, 'not base64 !');
        throw new AssertionFailed('a malformed secret verified');
    } catch (WebhookVerificationException $e) {
        same('invalid_secret', $e->errorCode, 'malformed secret');
    }
});

test('signs what standardwebhooks verifies', function (): void {
    $old = 'whsec_' . base64_encode(random_bytes(32));
    $new = 'whsec_' . base64_encode(random_bytes(32));
    $payload = json_encode(['id' => 'evt_php', 'type' => 'entity.committed', 'data' => ['entity' => ['slug' => 'é/€']]], JSON_UNESCAPED_UNICODE);
    $now = time();
    $out = [
        ['name' => 'php: one secret', 'payload' => $payload, 'headers' => Webhook::sign('msg_php_1', $now, $payload, $new), 'secret' => $new, 'expect' => 'ok'],
        ['name' => 'php: rotation, verified with the old', 'payload' => $payload, 'headers' => Webhook::sign('msg_php_2', $now, $payload, [$old, $new]), 'secret' => $old, 'expect' => 'ok'],
        ['name' => 'php: rotation, verified with the new', 'payload' => $payload, 'headers' => Webhook::sign('msg_php_2', $now, $payload, [$old, $new]), 'secret' => $new, 'expect' => 'ok'],
        ['name' => 'php: another secret', 'payload' => $payload, 'headers' => Webhook::sign('msg_php_3', $now, $payload, $old), 'secret' => $new, 'expect' => 'fail'],
        ['name' => 'php: stale', 'payload' => $payload, 'headers' => Webhook::sign('msg_php_4', $now - 3600, $payload, $new), 'secret' => $new, 'expect' => 'fail'],
    ];
    file_put_contents(env('WEBHOOK_PHP_SIGNED'), json_encode($out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR));
    same(5, count($out), 'written');
});

<?php

declare(strict_types=1);

// RFC 9421 signatures the server accepts: a key that requires them, with and without a body.

use Folio\RequestSigner;
use Folio\RetryPolicy;

test('a key with require_signature: signed requests pass, unsigned and mis-signed ones do not', function (): void {
    $created = client()->keys->create(project(), ['name' => 'signer', 'scopes' => ['content.write', 'schema.manage'], 'require_signature' => true]);
    check(str_starts_with($created['signing_secret'], 'fss_'), 'signing secret shown at creation');
    $signed = client($created['key'], ['signer' => new RequestSigner($created['id'], $created['signing_secret'])]);
    $signed->schemas->put(project(), 'signed', ['json_schema' => ['type' => 'object']]);
    $signed->entities->put(project(), 'signed-1', ['schema' => 'signed', 'data' => ['ünïcode' => 'ok'], 'mode' => 'commit', 'message' => 's']);
    $signed->entities->create(project(), ['schema' => 'signed', 'slug' => 'signed-2', 'data' => (object) []]);
    same('ok', $signed->entities->get(project(), 'signed-1')['committed']['data']['ünïcode'], 'signed GET');
    same(1, count($signed->entities->list(project(), schema: 'signed', limit: 1)->page()['data']), 'signed GET with a query string');
    $signed->entities->delete(project(), 'signed-2');

    $once = ['retry' => RetryPolicy::none()];
    refused(401, 'signature_missing', fn () => client($created['key'], $once)->entities->get(project(), 'signed-1'));
    $wrong = new RequestSigner($created['id'], 'fss_' . str_repeat('0', 40));
    refused(401, 'signature_invalid', fn () => client($created['key'], $once + ['signer' => $wrong])->entities->get(project(), 'signed-1'));
    $path = '/api/v1/admin/projects/' . project() . '/entities/signed-1';
    $stale = (new RequestSigner($created['id'], $created['signing_secret']))->headers('GET', env('FOLIO_URL') . $path, null, time() - 3600);
    refused(401, 'signature_expired', fn () => client($created['key'], $once)->request('GET', $path, headers: $stale));
});

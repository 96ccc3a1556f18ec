<?php

declare(strict_types=1);

// Every resource once, as an integrator would use it, against the real server.

use Folio\ApiException;

test('projects: create and list', function (): void {
    $root = client();
    $id = 'php-p-' . bin2hex(random_bytes(3));
    $created = $root->projects->create(['id' => $id, 'name' => 'Listed']);
    same($id, $created['id'], 'created id');
    $ids = array_column($root->projects->list(limit: 500)->toArray(), 'id');
    check(in_array($id, $ids, true), 'the new project is listed');
});

test('keys: create, list without secrets, roll, revoke', function (): void {
    $root = client();
    $key = $root->keys->create(project(), ['name' => 'tour', 'scopes' => ['content.write']]);
    check(str_starts_with($key['key'], 'folio_'), 'the key is shown at creation');
    $listed = array_values(array_filter($root->keys->list(project())->toArray(), fn (array $k): bool => $k['id'] === $key['id']));
    same(1, count($listed), 'listed once');
    check(!isset($listed[0]['key']), 'a list never shows the secret');

    $rolled = $root->keys->roll(project(), $key['id']);
    check($rolled['key'] !== $key['key'], 'rolling gives a new secret');
    client($rolled['key'])->entities->list(project())->page();
    client($key['key'])->entities->list(project())->page(); // the old one works until the roll expires

    $root->keys->revoke(project(), $key['id']);
    refused(401, 'invalid_api_key', fn () => client($rolled['key'], ['retry' => Folio\RetryPolicy::none()])->entities->list(project())->page());
});

test('schemas: put a version, get, list', function (): void {
    $root = client();
    $first = $root->schemas->put(project(), 'note', ['json_schema' => ['type' => 'object']]);
    $second = $root->schemas->put(project(), 'note', ['title' => 'Note', 'json_schema' => ['type' => 'object', 'required' => ['body']]]);
    same($first['version'] + 1, $second['version'], 'a put adds a version');
    same('Note', $root->schemas->get(project(), 'note')['title'], 'newest version');
    same($first['version'], $root->schemas->get(project(), 'note', version: $first['version'])['version'], 'version by number');
    check(in_array('note', array_column($root->schemas->list(project())->toArray(), 'id'), true), 'listed');
});

test('entities: draft, dry run, commit with If-Match, revisions, delete', function (): void {
    $folio = client();
    $draft = $folio->entities->create(project(), ['schema' => 'article', 'slug' => 'tour', 'data' => ['title' => 'Draft']]);
    same('draft', $draft['status'], 'created as a draft');
    same('"' . $draft['revision'] . '"', $folio->lastResponse()->header('etag'), 'ETag is the quoted revision');

    $dry = $folio->entities->put(project(), 'tour', ['data' => ['title' => 'Dry']], dryRun: true);
    same(true, $dry['dry_run'], 'dry run answer');
    same(true, $dry['valid'], 'dry run valid');
    same('Draft', $folio->entities->get(project(), 'tour')['draft']['data']['title'], 'a dry run persists nothing');

    $committed = $folio->entities->commit(project(), 'tour', 'First', ifMatch: $draft['revision']);
    same('committed', $committed['status'], 'committed');
    $updated = $folio->entities->put(project(), 'tour', ['data' => ['title' => 'Second'], 'mode' => 'commit', 'message' => 'Second'], ifMatch: '"' . $committed['revision'] . '"');
    same('Second', $updated['committed']['data']['title'], 'committed at once');
    $etag = $folio->lastResponse()->header('etag');
    same(null, $folio->entities->get(project(), 'tour', ifNoneMatch: $etag), 'If-None-Match answers 304 as null');

    $messages = array_column($folio->entities->revisions(project(), 'tour')->toArray(), 'message');
    same(['Second', 'First'], array_slice($messages, 0, 2), 'revisions newest first');

    $folio->entities->delete(project(), 'tour', message: 'Dry delete', dryRun: true);
    same('committed', $folio->entities->get(project(), 'tour')['status'], 'a dry-run delete deletes nothing');
    $deleted = $folio->entities->delete(project(), 'tour', message: 'Gone', ifMatch: $updated['revision']);
    same('deleted', $deleted['status'], 'deleted');
    $deletedSlugs = array_column($folio->entities->list(project(), status: 'deleted')->toArray(), 'slug');
    check(in_array('tour', $deletedSlugs, true), 'the status filter finds it');
});

test('batch: atomic, dry run, refusal names the operation', function (): void {
    $folio = client();
    $ops = [
        ['op' => 'create', 'slug' => 'b-1', 'schema' => 'article', 'data' => ['title' => 'One']],
        ['op' => 'create', 'slug' => 'b-2', 'schema' => 'article', 'data' => ['title' => 'Two']],
        ['op' => 'commit', 'slug' => 'b-1', 'message' => 'batch'],
    ];
    $dry = $folio->batch(project(), $ops, dryRun: true);
    same(true, $dry['dry_run'], 'dry run');
    refused(404, 'entity_not_found', fn () => $folio->entities->get(project(), 'b-1'));

    $bad = [$ops[0], ['op' => 'create', 'slug' => 'b-2', 'schema' => 'article', 'data' => ['title' => 5]]];
    $e = refused(422, 'validation_failed', fn () => $folio->batch(project(), $bad));
    check(in_array('/operations/1/data/title', $e->pointers(), true), 'pointer into operation 1: ' . export($e->pointers()));
    refused(404, 'entity_not_found', fn () => $folio->entities->get(project(), 'b-1')); // all or nothing

    $done = $folio->entities->batch(project(), $ops, minimal: true);
    same(3, count($done['results']), 'one result an operation');
    same('committed', $folio->entities->get(project(), 'b-1')['status'], 'applied');
});

test('snapshots and read: regenerate with wait, then read latest', function (): void {
    $folio = client();
    $folio->entities->put(project(), 'read-me', ['schema' => 'article', 'data' => ['title' => 'Published'], 'mode' => 'commit', 'message' => 'r']);
    $dry = $folio->snapshots->regenerate(project(), dryRun: true);
    same(true, $dry['dry_run'], 'dry run');
    $snapshot = $folio->snapshots->regenerate(project(), message: 'tour', wait: true, interval: 0.2);
    same('published', $snapshot['status'], 'waited until published');
    same($snapshot['id'], $folio->snapshots->get(project(), $snapshot['id'])['id'], 'get');
    check(in_array($snapshot['id'], array_column($folio->snapshots->list(project())->toArray(), 'id'), true), 'listed');

    same($snapshot['id'], $folio->read->latest(project())['id'], 'latest is the new snapshot');
    $entity = $folio->read->entity(project(), 'read-me');
    same(['slug' => 'read-me', 'title' => 'Published'], ['slug' => $entity['slug'], 'title' => $entity['data']['title']], 'read entity');
    $byId = $folio->read->entity(project(), 'read-me', snapshot: $snapshot['id']);
    same($entity['revision'], $byId['revision'], 'by snapshot id');
    same(null, $folio->read->entity(project(), 'read-me', ifNoneMatch: $folio->lastResponse()->header('etag')), '304 as null');
    check(in_array('read-me', array_column($folio->read->entities(project(), schema: 'article')->toArray(), 'slug'), true), 'read list');
    refused(404, 'entity_not_found', fn () => $folio->read->entity(project(), 'never-written'));
});

test('exports: create, wait, download to a stream and a file, lines', function (): void {
    $folio = client();
    $folio->snapshots->regenerate(project(), wait: true, interval: 0.2);
    $job = $folio->exports->create(project());
    $done = $folio->exports->wait(project(), $job['id'], interval: 0.2);
    same('completed', $done['status'], 'export completed');
    check(in_array($job['id'], array_column($folio->exports->list(project())->toArray(), 'id'), true), 'listed');

    $stream = fopen('php://temp', 'w+b');
    $bytes = $folio->exports->downloadTo(project(), $job['id'], $stream);
    same($done['bytes'], $bytes, 'bytes streamed');
    rewind($stream);
    same($done['sha256'], hash('sha256', (string) stream_get_contents($stream)), 'sha256 of the stream');

    $file = sys_get_temp_dir() . '/folio-export-' . bin2hex(random_bytes(4)) . '.ndjson';
    $folio->exports->downloadTo(project(), $job['id'], $file);
    same($done['sha256'], hash_file('sha256', $file), 'sha256 of the file');
    unlink($file);

    $lines = collect($folio->exports->lines(project(), $job['id']));
    same($done['entity_count'], count($lines), 'one line an entity');
    check(isset($lines[0]['slug'], $lines[0]['schema'], $lines[0]['data']), 'lines are { slug, schema, data }');
});

test('webhooks: create, test delivery verified, redeliver, rotate, deliveries, delete', function (): void {
    $folio = client();
    $hook = $folio->webhooks->create(project(), ['url' => env('WEBHOOK_RECEIVER_URL'), 'events' => ['entity.deleted'], 'description' => 'tour']);
    check(str_starts_with($hook['secret'], 'whsec_'), 'secret shown at creation');
    same('tour', $folio->webhooks->get(project(), $hook['id'])['description'], 'get');
    same('changed', $folio->webhooks->update(project(), $hook['id'], ['description' => 'changed'])['description'], 'update');
    check(in_array($hook['id'], array_column($folio->webhooks->list(project())->toArray(), 'id'), true), 'listed');

    $delivery = $folio->webhooks->test(project(), $hook['id']);
    $arrived = received($delivery['id'], 1);
    $event = Folio\Webhook::verify($arrived['body'], $arrived['headers'], $hook['secret']);
    same('webhook.test', $event['type'], 'verified test event');
    eventually(fn () => $folio->webhooks->deliveries->get(project(), $hook['id'], $delivery['id'])['state'] === 'succeeded' ? true : null, 'delivery succeeded');

    $folio->webhooks->deliveries->redeliver(project(), $hook['id'], $delivery['id']);
    $again = received($delivery['id'], 2);
    Folio\Webhook::verify($again['body'], $again['headers'], $hook['secret']);
    $log = eventually(function () use ($folio, $hook, $delivery): ?array {
        $one = $folio->webhooks->deliveries->get(project(), $hook['id'], $delivery['id']);
        return count($one['attempts']) >= 2 ? $one : null;
    }, 'the redelivery in the log');
    same(204, $log['attempts'][0]['status_code'], 'the receiver\'s status in the log');
    check(in_array($delivery['id'], array_column($folio->webhooks->deliveries->list(project(), $hook['id'])->toArray(), 'id'), true), 'deliveries list');

    $rotated = $folio->webhooks->rotateSecret(project(), $hook['id']);
    $second = $folio->webhooks->test(project(), $hook['id']);
    $signedTwice = received($second['id'], 1);
    Folio\Webhook::verify($signedTwice['body'], $signedTwice['headers'], $rotated['secret']);
    Folio\Webhook::verify($signedTwice['body'], $signedTwice['headers'], $hook['secret']); // old one for 24 h
    Folio\Webhook::verify($signedTwice['body'], $signedTwice['headers'], [$hook['secret'], $rotated['secret']]);

    $folio->notifications->list(project())->page();
    $folio->webhooks->delete(project(), $hook['id']);
    refused(404, 'not_found', fn () => $folio->webhooks->get(project(), $hook['id']));
});

/** The `$nth` arrival of a delivery at the test's receiver, which logs every request as JSON lines. */
function received(string $webhookId, int $nth): array
{
    return eventually(function () use ($webhookId, $nth): ?array {
        $seen = 0;
        foreach (file(env('WEBHOOK_RECEIVER_LOG'), FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
            $arrival = json_decode($line, true);
            if (($arrival['headers']['webhook-id'] ?? null) === $webhookId && ++$seen === $nth) {
                return $arrival;
            }
        }
        return null;
    }, "arrival {$nth} of {$webhookId}");
}

<?php

declare(strict_types=1);

namespace Folio;

/**
 * Standard Webhooks v1, as Folio signs its deliveries: `webhook-signature` holds `v1,<base64
 * HMAC-SHA256(secret, "{id}.{timestamp}.{body}")>` entries, one per active secret.
 */
final class Webhook
{
    /**
     * Verifies a delivery and returns its decoded event. `$payload` must be the body exactly as
     * received (`file_get_contents('php://input')`; decode only afterwards). `$headers` may be any
     * of `getallheaders()`, `$_SERVER`, Symfony's `$request->headers->all()` or a PSR-7
     * `getHeaders()`. Pass several secrets while rotating: one match suffices.
     *
     * @param array<string, string|list<string>> $headers
     * @param string|list<string> $secret `whsec_...`
     * @throws WebhookVerificationException
     */
    public static function verify(
        string $payload,
        array $headers,
        #[\SensitiveParameter] string|array $secret,
        int $tolerance = 300,
        ?int $now = null,
    ): array {
        $headers = self::normalise($headers);
        $id = $headers['webhook-id'] ?? '';
        $timestamp = $headers['webhook-timestamp'] ?? '';
        $signatures = $headers['webhook-signature'] ?? '';
        if ($id === '' || $timestamp === '' || $signatures === '') {
            throw new WebhookVerificationException('missing_headers', 'webhook-id, webhook-timestamp and webhook-signature are required.');
        }
        if (!ctype_digit($timestamp)) {
            throw new WebhookVerificationException('invalid_timestamp', 'webhook-timestamp is not unix seconds.');
        }
        // A bounded window stops an intercepted delivery from being replayed later.
        $skew = (int) $timestamp - ($now ?? time());
        if ($skew < -$tolerance) {
            throw new WebhookVerificationException('timestamp_too_old', 'webhook-timestamp is too old.');
        }
        if ($skew > $tolerance) {
            throw new WebhookVerificationException('timestamp_too_new', 'webhook-timestamp is in the future.');
        }
        $candidates = [];
        foreach (explode(' ', $signatures) as $entry) {
            [$version, $value] = array_pad(explode(',', $entry, 2), 2, '');
            if ($version === 'v1' && $value !== '') {
                $candidates[] = $value;
            }
        }
        foreach (is_array($secret) ? $secret : [$secret] as $one) {
            $expected = self::signature($id, (int) $timestamp, $payload, $one);
            foreach ($candidates as $candidate) {
                if (hash_equals($expected, $candidate)) {
                    return self::decode($payload);
                }
            }
        }
        throw new WebhookVerificationException('invalid_signature', 'No webhook-signature matches the secret.');
    }

    /**
     * The headers a sender puts on `$payload` (for testing a receiver, or forwarding events signed):
     * `webhook-id`, `webhook-timestamp`, `webhook-signature`, one `v1,` entry per secret.
     *
     * @param string|list<string> $secret
     * @return array{webhook-id: string, webhook-timestamp: string, webhook-signature: string}
     */
    public static function sign(string $id, int $timestamp, string $payload, #[\SensitiveParameter] string|array $secret): array
    {
        $entries = array_map(
            static fn (string $one): string => 'v1,' . self::signature($id, $timestamp, $payload, $one),
            is_array($secret) ? array_values($secret) : [$secret],
        );
        return [
            'webhook-id' => $id,
            'webhook-timestamp' => (string) $timestamp,
            'webhook-signature' => implode(' ', $entries),
        ];
    }

    private static function signature(string $id, int $timestamp, string $payload, string $secret): string
    {
        $encoded = str_starts_with($secret, 'whsec_') ? substr($secret, strlen('whsec_')) : $secret;
        $key = base64_decode($encoded, true);
        if ($key === false || $key === '') {
            throw new WebhookVerificationException('invalid_secret', 'The secret is not `whsec_` followed by base64.');
        }
        return base64_encode(hash_hmac('sha256', "{$id}.{$timestamp}.{$payload}", $key, true));
    }

    /**
     * Lower-case dashed names from any of the usual shapes: `Webhook-Id`, `HTTP_WEBHOOK_ID`
     * (`$_SERVER`), lists of values (Symfony, PSR-7).
     *
     * @return array<string, string>
     */
    private static function normalise(array $headers): array
    {
        $out = [];
        foreach ($headers as $name => $value) {
            $key = str_replace('_', '-', strtolower((string) $name));
            if (str_starts_with($key, 'http-')) {
                $key = substr($key, strlen('http-'));
            }
            $text = is_array($value) ? implode(' ', array_map('strval', $value)) : (string) $value;
            $out[$key] = trim($text);
        }
        return $out;
    }

    private static function decode(string $payload): array
    {
        try {
            $event = json_decode($payload, true, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            throw new WebhookVerificationException('invalid_body', 'The signed body is not JSON.');
        }
        if (!is_array($event)) {
            throw new WebhookVerificationException('invalid_body', 'The signed body is not a JSON object.');
        }
        return $event;
    }
}

<?php

declare(strict_types=1);

namespace Folio;

/**
 * RFC 9421 signature headers as docs/signing.md and the server's verifier have them: label `folio`,
 * hmac-sha256 over `@method`, `@target-uri` and, only with a body, an RFC 9530 `content-digest`;
 * parameters `created`, `keyid`, `nonce` and `alg`. The server refuses a reused nonce and a stale
 * `created`, so every attempt, retries included, is signed afresh.
 */
final class RequestSigner
{
    /**
     * @param string $keyId the API key's id (`key_...`), not the `folio_...` secret
     * @param string $secret the key's `signing_secret` (`fss_...`); its UTF-8 bytes are the HMAC key
     */
    public function __construct(
        public readonly string $keyId,
        #[\SensitiveParameter] private readonly string $secret,
    ) {
        if (preg_match('/^[\x20-\x7e]*$/', $keyId) !== 1) {
            throw new \InvalidArgumentException('The signing key id must be printable ASCII.');
        }
    }

    /** @return array<string, string> the headers to add to this attempt */
    public function headers(string $method, string $url, ?string $body, ?int $now = null): array
    {
        $headers = [];
        $components = ['"@method"', '"@target-uri"'];
        $lines = ['"@method": ' . strtoupper($method), '"@target-uri": ' . $url];
        if ($body !== null && $body !== '') {
            $digest = 'sha-256=:' . base64_encode(hash('sha256', $body, true)) . ':';
            $headers['Content-Digest'] = $digest;
            $components[] = '"content-digest"';
            $lines[] = '"content-digest": ' . $digest;
        }
        $params = sprintf(
            '(%s);created=%d;keyid=%s;nonce="%s";alg="hmac-sha256"',
            implode(' ', $components),
            $now ?? time(),
            self::quote($this->keyId),
            bin2hex(random_bytes(16)),
        );
        $lines[] = '"@signature-params": ' . $params;
        $signature = hash_hmac('sha256', implode("\n", $lines), $this->secret, true);
        $headers['Signature-Input'] = 'folio=' . $params;
        $headers['Signature'] = 'folio=:' . base64_encode($signature) . ':';
        return $headers;
    }

    /** An RFC 8941 sf-string: the verifier re-serialises the parameters, so escaping must match. */
    private static function quote(string $value): string
    {
        return '"' . addcslashes($value, '\\"') . '"';
    }
}

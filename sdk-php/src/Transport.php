<?php

declare(strict_types=1);

namespace Folio;

/**
 * Sends requests: authentication, JSON, RFC 9421 signing, the read-your-writes bookmark, and
 * retries of rate-limited, unavailable and unanswered requests. The resources above it deal in
 * decoded bodies only.
 */
final class Transport
{
    public const VERSION = '0.1.0';
    private const BOOKMARK = 'X-Folio-Bookmark';

    private string $baseUrl;
    private ?string $bookmark;
    private ?Response $lastResponse = null;
    /** Reused between requests, so keep-alive connections are too. */
    private ?\CurlHandle $curl = null;

    /**
     * @param (callable(int $retry, int $delayMs, ApiException $error): void)|null $onRetry
     */
    public function __construct(
        string $baseUrl,
        #[\SensitiveParameter] private string $apiKey,
        private ?RequestSigner $signer = null,
        private RetryPolicy $retry = new RetryPolicy(),
        private float $timeout = 60.0,
        private float $connectTimeout = 10.0,
        private ?string $userAgent = null,
        ?string $bookmark = null,
        private $onRetry = null,
    ) {
        if ($baseUrl === '') {
            throw new \InvalidArgumentException('Folio: baseUrl is required.');
        }
        $this->baseUrl = rtrim($baseUrl, '/');
        $this->bookmark = $bookmark;
        $this->userAgent ??= sprintf('folio-php/%s PHP/%s', self::VERSION, PHP_VERSION);
    }

    /**
     * The decoded body of a successful answer (null for 204 and 304); any other answer throws.
     *
     * @param array<string, scalar|null> $query
     * @param array<string, string> $headers
     */
    public function json(string $method, string $path, array $query = [], mixed $body = null, array $headers = []): mixed
    {
        return $this->send($method, $path, $query, $body, $headers)->json();
    }

    /**
     * The successful (2xx or 304) response; anything else throws an ApiException after the retries.
     * With `$sink` (a writable stream) a successful body is written there as it arrives, not kept.
     *
     * @param array<string, scalar|null> $query
     * @param array<string, string> $headers
     * @param resource|null $sink
     */
    public function send(
        string $method,
        string $path,
        array $query = [],
        mixed $body = null,
        array $headers = [],
        $sink = null,
    ): Response {
        $method = strtoupper($method);
        $url = $this->url($path, $query);
        $payload = $body === null ? null : json_encode($body, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $headers = array_change_key_case($headers, CASE_LOWER);
        // One key per logical call: every retry presents it, so the server applies the write once.
        if (($method === 'POST' || $method === 'PUT') && !isset($headers['idempotency-key'])) {
            $headers['idempotency-key'] = bin2hex(random_bytes(16));
        }
        for ($retry = 0;; $retry++) {
            try {
                $response = $this->attempt($method, $url, $payload, $headers, $sink);
            } catch (NetworkException $error) {
                $delay = $this->retry->delayMs($retry);
                if ($delay === null) {
                    throw new NetworkException($error->detail, $retry + 1);
                }
                $this->pause($retry, $delay, $error);
                continue;
            }
            $this->lastResponse = $response;
            $this->remember($response->header(self::BOOKMARK));
            if ($response->ok()) {
                return $response;
            }
            $error = ApiException::fromResponse($response);
            $delay = self::retryable($error, isset($headers['idempotency-key']))
                ? $this->retry->delayMs($retry, $error->retryAfter)
                : null;
            if ($delay === null) {
                throw $error;
            }
            $this->pause($retry, $delay, $error);
        }
    }

    /** @param array<string, scalar|null> $query */
    public function url(string $path, array $query = []): string
    {
        $pairs = [];
        foreach ($query as $name => $value) {
            if ($value === null) {
                continue;
            }
            $text = is_bool($value) ? ($value ? 'true' : 'false') : (string) $value;
            $pairs[] = rawurlencode((string) $name) . '=' . rawurlencode($text);
        }
        return $this->baseUrl . $path . ($pairs === [] ? '' : '?' . implode('&', $pairs));
    }

    /** The newest `X-Folio-Bookmark` seen; store it (a session, a cookie) to carry it to the next PHP request. */
    public function bookmark(): ?string
    {
        return $this->bookmark;
    }

    public function lastResponse(): ?Response
    {
        return $this->lastResponse;
    }

    /**
     * D1 bookmarks are fixed-width and sort in commit order, so the greater one is the newer; a
     * concurrent, older answer must not move the client back in time.
     */
    private function remember(?string $bookmark): void
    {
        if ($bookmark === null || $bookmark === '') {
            return;
        }
        if ($this->bookmark === null || strcmp($bookmark, $this->bookmark) > 0) {
            $this->bookmark = $bookmark;
        }
    }

    /**
     * 429 and 503 mean the request was not processed, and so does `concurrent_update` (nothing was
     * written). `idempotency_in_flight` is our own earlier attempt (same key) still running:
     * waiting for it cannot apply the write twice.
     */
    private static function retryable(ApiException $error, bool $idempotent): bool
    {
        return $error->status === 429
            || $error->status === 503
            || $error->errorCode === 'concurrent_update'
            || ($idempotent && $error->errorCode === 'idempotency_in_flight');
    }

    private function pause(int $retry, int $delayMs, ApiException $error): void
    {
        if ($this->onRetry !== null) {
            ($this->onRetry)($retry, $delayMs, $error);
        }
        usleep($delayMs * 1000);
    }

    /**
     * @param array<string, string> $headers lower-case names
     * @param resource|null $sink
     */
    private function attempt(string $method, string $url, ?string $payload, array $headers, $sink): Response
    {
        $lines = [
            'Accept: application/json',
            'Authorization: Bearer ' . $this->apiKey,
            'User-Agent: ' . $this->userAgent,
            // curl would otherwise wait for a 100 Continue before sending a body over 1 KiB.
            'Expect:',
        ];
        if ($payload !== null) {
            $lines[] = 'Content-Type: application/json';
        }
        if ($this->bookmark !== null && !isset($headers['x-folio-bookmark'])) {
            $lines[] = self::BOOKMARK . ': ' . $this->bookmark;
        }
        foreach ($headers as $name => $value) {
            $lines[] = $name . ': ' . $value;
        }
        if ($this->signer !== null) {
            foreach ($this->signer->headers($method, $url, $payload) as $name => $value) {
                $lines[] = $name . ': ' . $value;
            }
        }
        return $this->exchange($method, $url, $lines, $payload, $sink);
    }

    /**
     * @param list<string> $lines
     * @param resource|null $sink
     */
    private function exchange(string $method, string $url, array $lines, ?string $payload, $sink): Response
    {
        $this->curl ??= curl_init();
        $curl = $this->curl;
        curl_reset($curl);
        $status = 0;
        $received = [];
        $buffer = '';
        $streamed = 0;
        curl_setopt_array($curl, [
            CURLOPT_URL => $url,
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_HTTPHEADER => $lines,
            CURLOPT_CONNECTTIMEOUT_MS => (int) ($this->connectTimeout * 1000),
            CURLOPT_TIMEOUT_MS => (int) ($this->timeout * 1000),
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_HEADERFUNCTION => static function ($handle, string $line) use (&$status, &$received): int {
                // A new status line (after a 100 Continue, say) starts a new set of headers.
                if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $m) === 1) {
                    $status = (int) $m[1];
                    $received = [];
                } elseif (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $received[strtolower(trim($name))][] = trim($value);
                }
                return strlen($line);
            },
            CURLOPT_WRITEFUNCTION => static function ($handle, string $chunk) use (&$status, &$buffer, &$streamed, $sink): int {
                // Only a successful body goes to the caller's stream; an error body is read as a problem.
                if ($sink !== null && $status >= 200 && $status < 300) {
                    $written = (int) fwrite($sink, $chunk);
                    $streamed += $written;
                    return $written;
                }
                $buffer .= $chunk;
                return strlen($chunk);
            },
        ]);
        if ($payload !== null) {
            curl_setopt($curl, CURLOPT_POSTFIELDS, $payload);
        } elseif ($method === 'HEAD') {
            curl_setopt($curl, CURLOPT_NOBODY, true);
        }
        $ok = curl_exec($curl);
        if ($ok === false || $status === 0) {
            $reason = curl_error($curl) ?: 'no response';
            if ($streamed > 0) {
                // Part of the body is already in the caller's stream: a retry would write it twice.
                throw new FolioException('The download broke off: ' . $reason);
            }
            throw new NetworkException($reason, 1);
        }
        return new Response($status, $received, $buffer, $streamed);
    }
}

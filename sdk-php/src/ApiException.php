<?php

declare(strict_types=1);

namespace Folio;

/**
 * A request the API refused, with its RFC 9457 problem document: `status`, the stable snake_case
 * `errorCode` (`version_conflict`, `validation_failed`, ...), `detail`, the validation `errors`
 * (`pointer`, `message`, `code`) and the `requestId` to quote in a support request.
 */
class ApiException extends FolioException
{
    /** The problem document as the server sent it (e.g. `current_revision` on a 412). */
    public readonly array $problem;
    /** HTTP status; 0 when no response arrived (see NetworkException). */
    public readonly int $status;
    public readonly string $errorCode;
    public readonly string $detail;
    /** @var list<array{pointer?: string, message?: string, code?: string}> */
    public readonly array $errors;
    public readonly ?string $requestId;
    /** `Retry-After` in seconds, when the server sent one (429, 503). */
    public readonly ?int $retryAfter;

    public function __construct(array $problem, ?string $requestId = null, ?int $retryAfter = null, ?\Throwable $previous = null)
    {
        $this->problem = $problem;
        $this->status = (int) ($problem['status'] ?? 0);
        $this->errorCode = (string) ($problem['code'] ?? 'http_' . $this->status);
        $this->detail = (string) ($problem['detail'] ?? '');
        $this->errors = is_array($problem['errors'] ?? null) ? array_values($problem['errors']) : [];
        $fromBody = is_string($problem['request_id'] ?? null) && $problem['request_id'] !== '' ? $problem['request_id'] : null;
        $this->requestId = $requestId ?? $fromBody;
        $this->retryAfter = $retryAfter;
        $title = (string) ($problem['title'] ?? 'HTTP ' . $this->status);
        parent::__construct($this->detail !== '' ? $this->detail : $title, $this->status, $previous);
    }

    /** Builds the exception for a non-2xx answer, whether or not its body is a problem document. */
    public static function fromResponse(Response $response): self
    {
        $decoded = json_decode($response->body, true);
        $body = is_array($decoded) && !array_is_list($decoded) ? $decoded : [];
        $requestId = $response->header('x-request-id');
        $problem = $body + [
            'type' => 'about:blank',
            // A proxy or load balancer may answer with HTML or plain text: keep a readable excerpt.
            'title' => 'HTTP ' . $response->status,
            'detail' => substr($response->body, 0, 500),
            'code' => 'http_' . $response->status,
            'request_id' => $requestId ?? '',
        ];
        $problem['status'] = $response->status;
        return new self($problem, $requestId, RetryPolicy::parseRetryAfter($response->header('retry-after')));
    }

    /** The JSON Pointers of the validation errors, e.g. `['/data/title']`. */
    public function pointers(): array
    {
        return array_values(array_map(static fn (array $e): string => (string) ($e['pointer'] ?? ''), $this->errors));
    }
}

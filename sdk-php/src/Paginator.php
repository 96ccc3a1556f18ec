<?php

declare(strict_types=1);

namespace Folio;

/**
 * A cursor-paginated list. `foreach` it for every item across pages (fetched lazily, one page at a
 * time, as the loop reaches them), or call `page()` for one page.
 *
 * @implements \IteratorAggregate<int, array>
 */
final class Paginator implements \IteratorAggregate
{
    /** @param \Closure(?string): array{data: list<array>, next_cursor: ?string} $fetchPage */
    public function __construct(private readonly \Closure $fetchPage)
    {
    }

    /**
     * One page: the first, or the one at `$cursor` (a previous page's `next_cursor`).
     *
     * @return array{data: list<array>, next_cursor: ?string}
     */
    public function page(?string $cursor = null): array
    {
        return ($this->fetchPage)($cursor);
    }

    /** @return \Generator<int, array{data: list<array>, next_cursor: ?string}> */
    public function pages(): \Generator
    {
        $cursor = null;
        do {
            $page = $this->page($cursor);
            yield $page;
            $cursor = $page['next_cursor'] ?? null;
        } while ($cursor !== null && $cursor !== '');
    }

    /**
     * One generator, not one wrapping pages(): PHP runtimes built with asyncify (php-wasm) cannot
     * suspend for network I/O inside a generator that another generator is driving.
     *
     * @return \Generator<int, array>
     */
    public function getIterator(): \Generator
    {
        $cursor = null;
        do {
            $page = $this->page($cursor);
            foreach ($page['data'] as $item) {
                yield $item;
            }
            $cursor = $page['next_cursor'] ?? null;
        } while ($cursor !== null && $cursor !== '');
    }

    /** Every item of every page; for lists known to be small. */
    public function toArray(): array
    {
        $items = [];
        foreach ($this->pages() as $page) {
            array_push($items, ...$page['data']);
        }
        return $items;
    }
}

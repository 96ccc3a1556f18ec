<?php

declare(strict_types=1);

namespace Folio\Resources;

use Folio\Paginator;

/** Admin notifications: exhausted deliveries, disabled endpoints, failed snapshot builds. */
final class Notifications extends Resource
{
    public function list(string $project, ?int $limit = null): Paginator
    {
        return $this->paginate(self::admin($project, 'notifications'), ['limit' => $limit]);
    }
}

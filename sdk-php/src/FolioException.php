<?php

declare(strict_types=1);

namespace Folio;

/** Every exception the client throws on purpose extends this, so one catch covers them all. */
class FolioException extends \RuntimeException
{
}

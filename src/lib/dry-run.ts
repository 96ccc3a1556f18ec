/**
 * A dry run answers with its own media type. OpenAPI cannot make a response depend on a query
 * parameter, so where a dry run and the real call share a status (PUT, commit, DELETE: both 200)
 * the media type is what tells them apart: a client generated from the document takes the plain
 * `application/json` schema for a plain call, and a dry run is still JSON (`+json`).
 */
export const DRY_RUN_MEDIA_TYPE = "application/vnd.folio.dry-run+json";

/** Headers for `c.json(body, 200, DRY_RUN_HEADERS)`. */
export const DRY_RUN_HEADERS = { "Content-Type": DRY_RUN_MEDIA_TYPE } as const;

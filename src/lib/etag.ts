/**
 * Whether `If-None-Match` matches `etag` (RFC 9110 §13.1.2): `*`, or any listed tag equal under
 * the weak comparison (`W/"x"` matches `"x"`).
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
	if (header === undefined) return false;
	if (header.trim() === "*") return true;
	const opaque = etag.replace(/^W\//, "");
	return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

/**
 * RFC 8288 `Link` header for a collection page: `first`, `prev` (not on the first page), `next`
 * (not on the last) and `last`, absolute, keeping every other query parameter of the request.
 */
export function pagingLinks(
  publicUrl: string,
  requestUrl: string,
  page: { total: number; limit: number; offset: number },
): string {
  const { total, limit, offset } = page;
  const at = (o: number) => {
    const url = new URL(requestUrl, `${publicUrl}/`);
    // The public URL may carry a path prefix (a reverse proxy); the request path is below it.
    url.pathname = new URL(publicUrl).pathname.replace(/\/$/, '') + new URL(requestUrl, 'http://x').pathname;
    url.searchParams.set('limit', String(limit));
    url.searchParams.set('offset', String(o));
    return url.toString();
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links = [`<${at(0)}>; rel="first"`];
  if (offset > 0) links.push(`<${at(Math.max(0, Math.min(offset - limit, lastOffset)))}>; rel="prev"`);
  if (offset + limit < total) links.push(`<${at(offset + limit)}>; rel="next"`);
  links.push(`<${at(lastOffset)}>; rel="last"`);
  return links.join(', ');
}

import { base, trailingSlash } from 'astro:config/client';
import { withBase } from '../lib/paths';

/** A site-relative path with the configured base (`/` or a sub-path like `/learn/`) and trailing-slash style. */
export const href = (path: string) => withBase(base, path, trailingSlash);

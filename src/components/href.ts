import { withBase } from '../lib/paths';

/** A site-relative path with the configured base (`/` or a sub-path like `/learn/`). */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

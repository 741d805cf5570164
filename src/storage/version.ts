/** The version of the stored format; `migrations.ts` brings older data up to it. */
export const SCHEMA_VERSION = 2;

import { renderFieldReference } from '../src/lib/field-reference';
import { CONTENT_DOCUMENTS, authoredShape, type ContentKind } from '../src/schemas/documents';

/** The field reference as generated from the current schemas (shared by the generator and its test). */
export function fieldReference(): string {
  return renderFieldReference((Object.keys(CONTENT_DOCUMENTS) as ContentKind[]).map((kind) => ({
    title: CONTENT_DOCUMENTS[kind].title,
    path: CONTENT_DOCUMENTS[kind].path,
    shape: authoredShape(kind),
  })));
}

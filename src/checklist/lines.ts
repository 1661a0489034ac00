// Where a finding is reported, the same in the Problems panel and the CLI. Light: loaded at activation.
import type { DesignDocument } from '../shared/document';
import type { ItemResult } from './engine';

/** 1-based line where an item with no section is reported: the title, else the first line after front matter. */
export function fallbackLine(doc: DesignDocument): number {
  const title = doc.sections[0];
  if (title) return title.line + 1;
  return doc.frontMatter ? Math.min(doc.frontMatter.endLine + 2, doc.lines.length) : 1;
}

/** 1-based line at which a missing or weak item is reported. */
export function itemLine(doc: DesignDocument, item: ItemResult): number {
  return item.headingLine ?? (item.status === 'weak' ? item.evidence[0]?.line : undefined) ?? fallbackLine(doc);
}

import type { Nodes } from 'mdast';

/** Nodes a reader does not read as words: citation markers (`:cite[…]`, and what remark-citations makes of them). */
function isMarker(node: Nodes): boolean {
  return (node.type === 'textDirective' && node.name === 'cite') || (node.type as string) === 'citation';
}

/**
 * The words of a Markdown node as a reader reads them: its text without
 * citation markers, so a timeline entry or a dated sentence recorded for
 * another page does not end in "…personnel.yonhap".
 */
export function readerText(node: Nodes): string {
  if (isMarker(node)) return '';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(readerText).join('');
  return '';
}

// Search matches shown with <mark>: the text is split into plain text nodes and marks, so nothing
// from the data is ever interpreted as HTML.
import { Fragment } from 'react';
import { highlightRanges, type QueryTerm } from '../../../domain/search';

export function Highlight({ text, terms }: { text: string; terms: readonly QueryTerm[] }) {
  const ranges = highlightRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

/** A short excerpt around the first match, for matches in text the table does not show. */
export function matchExcerpt(text: string, terms: readonly QueryTerm[], radius = 60): string | null {
  const first = highlightRanges(text, terms)[0];
  if (!first) return null;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first[0] - radius)) + 1);
  const endSpace = text.indexOf(' ', Math.min(text.length, first[1] + radius));
  const end = endSpace < 0 ? text.length : endSpace;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

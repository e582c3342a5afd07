import { highlightSegments, type TextSegment } from '@/lib/search/highlight';

/**
 * A text with the words a search matched in <mark>. Every piece is a React text child, so a
 * title like "<script>" is escaped and shown as text – no HTML is ever built from strings.
 */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  return <Segments segments={highlightSegments(text, terms)} />;
}

/** Segments of a text as React text children, the matches in <mark>. */
export function Segments({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, position) =>
    segment.match ? <mark key={position}>{segment.text}</mark> : segment.text,
  );
}

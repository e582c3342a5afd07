import { headlineParts } from '@/lib/typography';

/** A headline's text with its short hyphenated words kept on one line (`.nobr`, app/globals.css). */
export function Headline({ text }: { text: string }) {
  return (
    <>
      {headlineParts(text).map((part, index) =>
        part.keep ? (
          <span key={index} className="nobr">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

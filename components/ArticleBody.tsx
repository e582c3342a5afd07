/** The article body; `html` was sanitised by lib/markdown.ts when the content was loaded. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The article body; `html` was sanitised by lib/content/markdown.ts when the content was loaded. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

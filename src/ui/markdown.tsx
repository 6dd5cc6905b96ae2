/**
 * User-written Markdown as HTML: markdown-it with raw HTML disabled, so people's text can carry
 * emphasis, lists and links but never markup of its own. This is the only raw HTML in pages.
 */
import { raw } from 'hono/html';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Links people write open as ordinary links, but tell search engines they are not endorsed.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow ugc');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export const Markdown = (props: { text: string; lang?: string | undefined }) => (
  <div class="prose" lang={props.lang}>
    {raw(markdown.render(props.text))}
  </div>
);

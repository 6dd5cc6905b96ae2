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
  tokens[idx]!.attrSet('rel', 'nofollow ugc noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export const Markdown = (props: { text: string; lang?: string | undefined }) => (
  <div class="prose" lang={props.lang}>
    {raw(markdown.render(props.text))}
  </div>
);

/**
 * User-written Markdown as plain text, for places that show no HTML (a calendar entry's
 * description): read by the same parser as the pages, so what counts as emphasis or a link is
 * the same; the formatting goes, paragraphs stay apart, list items keep a marker, and a link
 * keeps its address after its text (unless the text is the address).
 *
 * @example markdownText('Read **the agenda** at [our site](https://ngo.az)') // 'Read the agenda at our site (https://ngo.az)'
 */
export function markdownText(text: string): string {
  // `list`: which outermost list a block's item belongs to (0: not an item).
  const blocks: { text: string; list: number }[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let outermost = 0;
  let marker = '';
  for (const token of markdown.parse(text, {})) {
    switch (token.type) {
      case 'bullet_list_open':
        if (lists.length === 0) outermost++;
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        if (lists.length === 0) outermost++;
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        const bullet = list?.ordered ? `${list.next++}.` : '-';
        marker = `${'  '.repeat(Math.max(0, lists.length - 1))}${bullet} `;
        break;
      }
      case 'inline':
        blocks.push({
          text: `${marker}${inlineText(token.children ?? [])}`,
          list: marker ? outermost : 0,
        });
        marker = '';
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ text: token.content.replace(/\n$/, ''), list: 0 });
        break;
    }
  }
  // Items of one list sit on their own lines; everything else is a paragraph of its own.
  return blocks
    .map((block, i) => {
      if (i === 0) return block.text;
      return `${block.list && block.list === blocks[i - 1]!.list ? '\n' : '\n\n'}${block.text}`;
    })
    .join('')
    .trim();
}

type InlineToken = ReturnType<typeof markdown.parseInline>[number];

function inlineText(tokens: InlineToken[]): string {
  let out = '';
  const links: { href: string; from: number }[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        out += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'image':
        out += token.content;
        break;
      case 'link_open':
        // An address written as such (linkify, `<https://…>`) is its own text: shown once.
        links.push({
          href:
            token.markup === 'linkify' || token.markup === 'autolink'
              ? ''
              : (token.attrGet('href') ?? ''),
          from: out.length,
        });
        break;
      case 'link_close': {
        const link = links.pop();
        if (link?.href && out.slice(link.from) !== link.href) {
          out += ` (${link.href})`;
        }
        break;
      }
    }
  }
  return out;
}

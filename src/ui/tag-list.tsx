/**
 * A list of linked tags (organisations taking part, organisers) that folds past a dozen: the
 * first `shown` stay in view, the rest wait behind a disclosure that needs no script, so that a
 * forum with thirty organisations does not push what follows off a phone's screen.
 */

export type Tag = { href: string; label: string };

/**
 * @example <TagList tags={organisations} more={(count) => t('event.organizations.showAll', { count })} />
 */
export function TagList(props: {
  tags: readonly Tag[];
  /** The summary that unfolds the rest, given the number of all the tags. */
  more: (count: number) => string;
  shown?: number;
}) {
  const shown = props.shown ?? 12;
  const item = (tag: Tag) => (
    <li>
      <a href={tag.href}>{tag.label}</a>
    </li>
  );
  if (props.tags.length <= shown) return <ul class="tags">{props.tags.map(item)}</ul>;
  return (
    <>
      <ul class="tags">{props.tags.slice(0, shown).map(item)}</ul>
      <details class="tags-more">
        <summary>{props.more(props.tags.length)}</summary>
        <ul class="tags">{props.tags.slice(shown).map(item)}</ul>
      </details>
    </>
  );
}

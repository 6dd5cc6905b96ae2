/**
 * The discussions module's words in English, the reference for az.ts and ru.ts, which must
 * have exactly these keys (the type and a test check). Messages use ICU MessageFormat.
 */
export const en = {
  'discussions.title': 'Network topics',
  'discussions.lead':
    'Conversations between the network’s members between forums, the most recently active first.',
  'discussions.searchLater': 'Searching the discussions is coming in a later release.',
  'discussions.empty': 'No topic has been opened yet.',
  'discussions.open': 'Open a topic',
  'discussions.posts': '{count, plural, one {# post} other {# posts}}',
  'discussions.lastActivity': 'Last post: {when}',

  'discussions.new.title': 'Open a discussion',
  'discussions.new.network': 'A topic for the whole network',
  'discussions.new.submit': 'Open the discussion',
  'discussions.field.title': 'Title',
  'discussions.field.visibility': 'Who may read it',
  'discussions.visibility.public': 'Everyone, signed in or not',
  'discussions.visibility.members': 'Everyone signed in',
  'discussions.visibility.participants': 'The event’s confirmed participants and its organisers',
  'discussions.field.body': 'Your post',
  'discussions.field.body.hint':
    'Markdown: **bold**, _italic_, lists and links. Links are marked as not endorsed by the network.',
  'discussions.field.language': 'Language of the post',
  'discussions.language.detect': 'Detect it from the text',
  'discussions.language.az': 'Azerbaijani',
  'discussions.language.en': 'English',
  'discussions.language.ru': 'Russian',
  'discussions.language.other': 'Another language',
  'discussions.language.shown': 'Language: {language}',
  'discussions.language.detected': 'Language: {language} (detected)',

  'discussions.thread.partOfNetwork': 'A topic of the network',
  'discussions.thread.partOf': 'About:',
  'discussions.thread.openedBy': 'Opened by {name}',
  'discussions.thread.openedByFor': 'Opened by {name} on behalf of {organization}',
  'discussions.thread.visibility': 'Readers: {visibility}',
  'discussions.thread.opened': 'The discussion is open.',
  'discussions.thread.posted': 'Your post is published.',
  'discussions.thread.edited': 'Your changes are saved.',
  'discussions.thread.removed': 'The post is removed.',
  'discussions.thread.page': 'Page {page} of {pages}',
  'discussions.thread.pages': 'Pages of the discussion',
  'discussions.thread.previous': 'Previous page',
  'discussions.thread.next': 'Next page',
  'discussions.thread.signIn': 'Sign in to take part in the discussion.',

  'discussions.post.number': 'Post {number}',
  'discussions.post.by': '{name}',
  'discussions.post.byFor': '{name} on behalf of {organization}',
  'discussions.post.formerMember': 'A former member',
  'discussions.post.replyTo': 'In reply to post {number}',
  'discussions.post.quoting': 'Quoting post {number}',
  'discussions.post.quoteRemoved': 'The quoted post was removed.',
  'discussions.post.edited': 'edited',
  'discussions.post.removed': 'This post was removed.',
  'discussions.post.agree': 'Agree',
  'discussions.post.agreed': 'Withdraw agreement',
  'discussions.post.agreeNamed': 'Agree with post {number}',
  'discussions.post.agreedNamed': 'Withdraw agreement with post {number}',
  'discussions.post.agreements':
    '{count, plural, =0 {No agreements} one {# person agrees} other {# people agree}}',
  'discussions.post.reply': 'Reply',
  'discussions.post.quote': 'Quote',
  'discussions.post.edit': 'Edit',
  'discussions.post.remove': 'Remove',
  'discussions.post.history': 'Earlier versions',

  'discussions.write.title': 'Write a post',
  'discussions.write.replyingTo': 'Replying to post {number}.',
  'discussions.write.quotingPost': 'Quoting post {number}.',
  'discussions.write.cancel': 'Write a new post instead',
  'discussions.write.submit': 'Publish',

  'discussions.edit.title': 'Edit post {number}',
  'discussions.edit.submit': 'Save the post',
  'discussions.edit.back': 'Back to the discussion',
  'discussions.remove.title': 'Remove post {number}?',
  'discussions.remove.body':
    'Its text will no longer be shown; its place in the discussion stays, marked as removed.',
  'discussions.remove.submit': 'Remove the post',
  'discussions.history.title': 'Earlier versions of post {number}',
  'discussions.history.lead': 'What the post said before each edit, the newest first.',
  'discussions.history.written': 'Written {when}, replaced {replaced}',
  'discussions.history.current': 'The post as it reads now',
  'discussions.history.none': 'The post has not been edited.',

  'discussions.section.title': 'Discussions',
  'discussions.section.none': 'No discussion yet.',
  'discussions.section.open': 'Open a discussion about the event',
  'discussions.session.link': 'Discussion: {title} ({count, plural, one {# post} other {# posts}})',
  'discussions.session.open': 'Open a discussion about this session',

  'validation.discussions.parent.unknown': 'Choose an event, a session or the network to discuss',
  'validation.discussions.title.required': 'Enter a title',
  'validation.discussions.title.tooLong': 'The title must be 200 characters or fewer',
  'validation.discussions.visibility.invalid': 'Choose who may read the discussion',
  'validation.discussions.visibility.participantsNeedEvent':
    'Only an event’s discussion can be for its participants',
  'validation.discussions.body.required': 'Write your post',
  'validation.discussions.body.tooLong': 'A post must be 20,000 characters or fewer',
  'validation.discussions.body.tooLargeBody':
    'The post is far too long: a post must be 20,000 characters or fewer',
  'validation.discussions.language.invalid': 'Choose the post’s language',
  'validation.discussions.replyTo.unknown': 'The post you reply to is not in this discussion',
  'validation.discussions.quote.unknown': 'The post you quote is not in this discussion',

  'audit.action.discussion.open': 'Discussion opened',
  'audit.action.discussion.post.remove': 'Discussion post removed',
  'audit.subject.discussion.deleted': 'Discussion (deleted)',
} as const;

// These keys join the one MessageKey type (platform/i18n): a page can use them, and a key no
// catalogue defines fails typecheck.
declare module '../../../platform/i18n/index.js' {
  interface Messages extends Record<keyof typeof en, string> {}
}

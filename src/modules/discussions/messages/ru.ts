import type { en } from './en.js';
// The discussions module's words in Russian: the same keys, in the same order, as en.ts.

export const ru: Record<keyof typeof en, string> = {
  'discussions.title': 'Темы сети',
  'discussions.lead':
    'Обсуждения между участниками сети в перерывах между форумами: сначала самые недавние.',
  'discussions.searchLater': 'Поиск по обсуждениям появится в одном из следующих выпусков.',
  'discussions.empty': 'Пока не открыто ни одной темы.',
  'discussions.open': 'Открыть тему',
  'discussions.posts':
    '{count, plural, one {# сообщение} few {# сообщения} many {# сообщений} other {# сообщения}}',
  'discussions.lastActivity': 'Последнее сообщение: {when}',

  'discussions.new.title': 'Открыть обсуждение',
  'discussions.new.network': 'Тема для всей сети',
  'discussions.new.submit': 'Открыть обсуждение',
  'discussions.field.title': 'Заголовок',
  'discussions.field.visibility': 'Кто может читать',
  'discussions.visibility.public': 'Все, с входом и без',
  'discussions.visibility.members': 'Все, кто вошёл',
  'discussions.visibility.participants': 'Подтверждённые участники мероприятия и его организаторы',
  'discussions.field.body': 'Ваше сообщение',
  'discussions.field.body.hint':
    'Markdown: **жирный**, _курсив_, списки и ссылки. Ссылки помечаются как не одобренные сетью.',
  'discussions.field.language': 'Язык сообщения',
  'discussions.language.detect': 'Определить по тексту',
  'discussions.language.az': 'Азербайджанский',
  'discussions.language.en': 'Английский',
  'discussions.language.ru': 'Русский',
  'discussions.language.other': 'Другой язык',
  'discussions.language.shown': 'Язык: {language}',
  'discussions.language.detected': 'Язык: {language} (определён автоматически)',

  'discussions.thread.partOfNetwork': 'Тема сети',
  'discussions.thread.partOf': 'О чём:',
  'discussions.thread.openedBy': 'Открыл(а): {name}',
  'discussions.thread.openedByFor': 'Открыл(а): {name}, от имени организации «{organization}»',
  'discussions.thread.visibility': 'Читатели: {visibility}',
  'discussions.thread.opened': 'Обсуждение открыто.',
  'discussions.thread.posted': 'Ваше сообщение опубликовано.',
  'discussions.thread.edited': 'Изменения сохранены.',
  'discussions.thread.removed': 'Сообщение удалено.',
  'discussions.thread.page': 'Страница {page} из {pages}',
  'discussions.thread.pages': 'Страницы обсуждения',
  'discussions.thread.previous': 'Предыдущая страница',
  'discussions.thread.next': 'Следующая страница',
  'discussions.thread.signIn': 'Войдите, чтобы участвовать в обсуждении.',

  'discussions.post.number': 'Сообщение {number}',
  'discussions.post.by': '{name}',
  'discussions.post.byFor': '{name}, от имени организации «{organization}»',
  'discussions.post.formerMember': 'Бывший участник',
  'discussions.post.replyTo': 'Ответ на сообщение {number}',
  'discussions.post.quoting': 'Цитата из сообщения {number}',
  'discussions.post.quoteRemoved': 'Цитируемое сообщение удалено.',
  'discussions.post.edited': 'изменено',
  'discussions.post.removed': 'Это сообщение удалено.',
  'discussions.post.agree': 'Согласен',
  'discussions.post.agreed': 'Отозвать согласие',
  'discussions.post.agreeNamed': 'Согласиться с сообщением {number}',
  'discussions.post.agreedNamed': 'Отозвать согласие с сообщением {number}',
  'discussions.post.agreements':
    '{count, plural, =0 {Пока никто не согласился} one {Согласен # человек} few {Согласны # человека} many {Согласны # человек} other {Согласны # человека}}',
  'discussions.post.reply': 'Ответить',
  'discussions.post.quote': 'Цитировать',
  'discussions.post.edit': 'Изменить',
  'discussions.post.remove': 'Удалить',
  'discussions.post.history': 'Прежние версии',

  'discussions.write.title': 'Написать сообщение',
  'discussions.write.replyingTo': 'Вы отвечаете на сообщение {number}.',
  'discussions.write.quotingPost': 'Вы цитируете сообщение {number}.',
  'discussions.write.cancel': 'Написать новое сообщение вместо этого',
  'discussions.write.submit': 'Опубликовать',

  'discussions.edit.title': 'Изменить сообщение {number}',
  'discussions.edit.submit': 'Сохранить сообщение',
  'discussions.edit.back': 'Вернуться к обсуждению',
  'discussions.remove.title': 'Удалить сообщение {number}?',
  'discussions.remove.body':
    'Его текст больше не будет показан; его место в обсуждении сохранится с пометкой об удалении.',
  'discussions.remove.submit': 'Удалить сообщение',
  'discussions.history.title': 'Прежние версии сообщения {number}',
  'discussions.history.lead': 'Текст сообщения до каждой правки, сначала самые новые.',
  'discussions.history.written': 'Написано: {when}, заменено: {replaced}',
  'discussions.history.current': 'Сообщение в нынешнем виде',
  'discussions.history.none': 'Сообщение не изменялось.',

  'discussions.section.title': 'Обсуждения',
  'discussions.section.none': 'Обсуждений пока нет.',
  'discussions.section.open': 'Открыть обсуждение мероприятия',
  'discussions.session.link':
    'Обсуждение: {title} ({count, plural, one {# сообщение} few {# сообщения} many {# сообщений} other {# сообщения}})',
  'discussions.session.open': 'Открыть обсуждение этой сессии',

  'validation.discussions.parent.unknown': 'Выберите мероприятие, сессию или сеть для обсуждения',
  'validation.discussions.title.required': 'Введите заголовок',
  'validation.discussions.title.tooLong': 'Заголовок должен быть не длиннее 200 символов',
  'validation.discussions.visibility.invalid': 'Выберите, кто может читать обсуждение',
  'validation.discussions.visibility.participantsNeedEvent':
    'Только обсуждение мероприятия может быть открыто лишь для его участников',
  'validation.discussions.body.required': 'Напишите сообщение',
  'validation.discussions.body.tooLong': 'Сообщение должно быть не длиннее 20 000 символов',
  'validation.discussions.body.tooLargeBody':
    'Сообщение слишком длинное: оно должно быть не длиннее 20 000 символов',
  'validation.discussions.language.invalid': 'Выберите язык сообщения',
  'validation.discussions.replyTo.unknown':
    'Сообщение, на которое вы отвечаете, не из этого обсуждения',
  'validation.discussions.quote.unknown': 'Цитируемое сообщение не из этого обсуждения',

  'audit.action.discussion.open': 'Открыто обсуждение',
  'audit.action.discussion.post.remove': 'Удалено сообщение в обсуждении',
};

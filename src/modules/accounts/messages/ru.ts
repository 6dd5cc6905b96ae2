import type { en } from './en.js';
// Accounts' words in Russian: the same keys, in the same order, as en.ts.

export const ru: Record<keyof typeof en, string> = {
  'field.name': 'Имя и фамилия',
  'field.email': 'Адрес электронной почты',
  'field.password': 'Пароль',
  'field.password.hint':
    'Не менее 8 символов. Лучше всего — длинная фраза, которую вы легко запомните.',
  'field.currentPassword': 'Текущий пароль',
  'field.newPassword': 'Новый пароль',
  'field.locale': 'Предпочитаемый язык',
  'field.tokenName': 'Название токена',

  'validation.name.required': 'Введите своё имя',
  'validation.name.tooLong': 'Имя должно содержать не более 200 символов',
  'validation.email.taken': 'Учётная запись с этим адресом электронной почты уже существует',
  'validation.password.tooShort': 'Пароль должен содержать не менее 8 символов',
  'validation.password.tooLong': 'Пароль должен содержать не более 256 символов',
  'validation.password.common':
    'Этот пароль слишком распространён; выберите пароль, который сложнее угадать',
  'validation.password.wrong': 'Неверный пароль',
  'validation.locale.invalid': 'Выберите один из предложенных языков',
  'validation.tokenName.required': 'Дайте токену название, чтобы потом его узнать',
  'validation.confirm.required': 'Для подтверждения введите DELETE',

  'signUp.title': 'Регистрация',
  'signUp.submit': 'Зарегистрироваться',
  'signUp.haveAccount': 'Уже есть учётная запись? Войдите.',
  'signUp.checkEmail.title': 'Проверьте почту',
  'signUp.checkEmail.body':
    'Мы отправили ссылку на адрес {email}. Откройте её, чтобы подтвердить адрес, а затем войдите. Ссылка действительна 24 часа.',
  'verify.done': 'Адрес электронной почты подтверждён. Теперь вы можете войти.',
  'verify.invalid':
    'Ссылка для подтверждения недействительна или устарела. Войдите, чтобы получить новую.',
  'verify.resend': 'Отправить ссылку для подтверждения ещё раз',
  'verify.resent':
    'Если с этим адресом связана неподтверждённая учётная запись, мы отправили на него новую ссылку для подтверждения.',
  'signIn.title': 'Вход',
  'signIn.submit': 'Войти',
  'signIn.failed': 'Неверный адрес электронной почты или пароль',
  'signIn.locked':
    'Для этой учётной записи введено слишком много неверных паролей. Чтобы войти сейчас, восстановите пароль по электронной почте или подождите {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.',
  'signIn.unverified':
    'Сначала подтвердите адрес электронной почты: откройте ссылку из нашего письма.',
  'signIn.forgot': 'Забыли пароль?',
  'signIn.noAccount': 'Ещё нет учётной записи? Зарегистрируйтесь.',
  'signOut.done': 'Вы вышли из учётной записи.',
  'forgot.title': 'Восстановление пароля',
  'forgot.body':
    'Введите адрес электронной почты вашей учётной записи, и мы отправим ссылку для выбора нового пароля.',
  'forgot.submit': 'Отправить ссылку',
  'forgot.sent':
    'Если с этим адресом связана учётная запись, мы отправили на него ссылку. Воспользоваться ей можно один раз в течение часа.',
  'reset.title': 'Придумайте новый пароль',
  'reset.submit': 'Сохранить новый пароль',
  'reset.invalid': 'Ссылка недействительна, устарела или уже использована. Запросите новую.',
  'reset.done': 'Пароль изменён. Войдите с новым паролем.',

  'account.title': 'Ваша учётная запись',
  'account.profile': 'Профиль',
  'account.profile.saved': 'Профиль сохранён.',
  'account.password': 'Смена пароля',
  'account.password.body':
    'После смены пароля все остальные ваши сеансы будут завершены, а API-токены — отозваны.',
  'account.password.saved': 'Пароль изменён. Остальные сеансы завершены, API-токены отозваны.',
  'account.tokens': 'API-токены',
  'account.tokens.body':
    'Токены позволяют программам работать с Concord API (адреса /api/) от вашего имени; веб-страницы они не открывают. Храните их так же надёжно, как пароли: при смене пароля они перестают действовать.',
  'account.tokens.create': 'Создать токен',
  'account.tokens.created': 'Скопируйте токен сейчас: больше он показан не будет.',
  'account.tokens.none': 'У вас нет API-токенов.',
  'account.tokens.revoke': 'Отозвать',
  'account.tokens.revoked': 'Токен отозван.',
  'account.tokens.lastUsed': 'Последнее использование',
  'account.tokens.never': 'никогда',
  'account.tokens.createdAt': 'Дата создания',
  'account.delete': 'Удаление учётной записи',
  'account.delete.body':
    'Ваша учётная запись будет удалена, а все ваши сеансы завершены. Отменить это действие нельзя. Для подтверждения введите DELETE и свой пароль.',
  'account.delete.confirm': 'Введите DELETE',
  'account.delete.handOver':
    'Вы единственный владелец этих организаций. Сделайте владельцем каждой другого человека на странице её участников (или сначала пригласите совладельца), затем удалите учётную запись:',
  'account.delete.submit': 'Удалить мою учётную запись',
  'account.deleted': 'Ваша учётная запись удалена.',

  'mail.verify.subject': '{site}: подтвердите адрес электронной почты',
  'mail.verify.body':
    'Здравствуйте, {name}!\n\nЧтобы подтвердить адрес электронной почты, откройте эту ссылку:\n{url}\n\nСсылка действительна 24 часа. Если вы не создавали учётную запись, просто проигнорируйте это письмо.',
  'mail.reset.subject': '{site}: восстановление пароля',
  'mail.reset.body':
    'Здравствуйте, {name}!\n\nЧтобы выбрать новый пароль, откройте эту ссылку:\n{url}\n\nСсылка действительна один час, воспользоваться ей можно только один раз. Если вы не запрашивали смену пароля, просто проигнорируйте это письмо.',

  'admin.title': 'Администрирование',
  'admin.people': 'Пользователи',
  'admin.people.search': 'Поиск по имени или адресу электронной почты',
  'admin.people.searchSubmit': 'Найти',
  'admin.people.none': 'Никого не найдено.',
  'admin.people.isAdmin': 'Администратор',
  'admin.people.grant': 'Назначить администратором',
  'admin.people.grant.confirm.title': 'Назначить этого человека администратором?',
  'admin.people.grant.confirm.body':
    'Администратор может видеть и менять всё на этом сайте: пользователей и их роли, организации и их членство, мероприятия, исходящие письма и журнал аудита.',
  'admin.people.grant.confirm.submit': 'Да, назначить администратором',
  'admin.people.grant.confirm.back': 'Нет, вернуться к списку пользователей',
  'admin.people.revoke': 'Снять права администратора',
  'admin.people.granted': '{name} теперь администратор.',
  'admin.people.revoked': '{name} больше не администратор.',
  'admin.people.lastAdmin': 'Нельзя снять права с последнего администратора.',
  'admin.people.verified': 'Почта подтверждена',
  'admin.people.joined': 'Дата регистрации',
  'admin.outbox': 'Исходящие письма',
  'admin.outbox.body':
    'Письма, поставленные Concord в очередь. Пока SMTP не настроен, они доставляются только сюда.',
  'admin.outbox.none': 'Писем нет.',
  'admin.outbox.to': 'Кому',
  'admin.outbox.subject': 'Тема',
  'admin.outbox.status': 'Статус',
  'admin.outbox.sent': 'отправлено',
  'admin.outbox.waiting': 'ожидает',
  'admin.jobs': 'Задания',
  'admin.jobs.body':
    'Работа, которую Concord выполняет вне запросов: доставка писем, напоминания. Каждый процесс Concord ищет задания, срок которых наступил, и каждое задание берёт только один из них. Неудавшееся задание повторяется позже; после последней попытки оно считается мёртвым и ждёт здесь, пока вы не запустите его снова.',
  'admin.jobs.counts':
    '{pending} ожидают · {running} выполняются · {dead} мёртвых · {done} выполнено (хранятся семь дней)',
  'admin.jobs.none': 'Нет ожидающих, выполняемых или мёртвых заданий.',
  'admin.jobs.kind': 'Вид',
  'admin.jobs.state': 'Состояние',
  'admin.jobs.state.pending': 'ожидает',
  'admin.jobs.state.running': 'выполняется',
  'admin.jobs.state.dead': 'мёртвое',
  'admin.jobs.state.done': 'выполнено',
  'admin.jobs.attempts': 'Попытки',
  'admin.jobs.runAt': 'Запуск',
  'admin.jobs.error': 'Последняя ошибка',
  'admin.jobs.retry': 'Повторить',
  'admin.jobs.retried': 'Задание будет выполнено снова в течение нескольких секунд.',
  'admin.jobs.notDead': 'Повторить можно только мёртвое задание.',
  'admin.audit': 'Журнал аудита',
  'admin.audit.none': 'Записей нет.',
  'admin.audit.when': 'Когда',
  'admin.audit.who': 'Кто',
  'admin.audit.action': 'Действие',
  'admin.audit.subject': 'Объект',
  'admin.audit.filter': 'Фильтр по действию',
  'admin.audit.all': 'Все действия',
  'admin.older': 'Более ранние',
  'admin.yes': 'да',
  'admin.no': 'нет',

  'setup.title': 'Создание первого администратора',
  'setup.body':
    'Эта ссылка работает только один раз. Учётная запись, созданная здесь, станет администратором этого экземпляра Concord.',
  'setup.submit': 'Создать администратора',
  'setup.invalid': 'Ссылка для настройки недействительна или уже использована.',

  'api.title': 'Справочник по API',
  'api.body':
    'Concord предоставляет JSON API по адресу /api/v1. Для аутентификации используйте личный API-токен со страницы учётной записи и передавайте его в заголовке "Authorization: Bearer TOKEN". Машиночитаемое описание API — документ OpenAPI 3.1.',
  'api.document': 'Документ OpenAPI',
  'api.endpoints': 'Эндпоинты',
  'membership.admin.title': 'Заявки на вступление',
  'verification.admin.title': 'Подтверждение участников',
  'import.title': 'Импорт организаций',
};

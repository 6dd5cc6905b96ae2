import type { en } from './en.js';
// The platform's words in Russian: the same keys, in the same order, as en.ts.

export const ru: Record<keyof typeof en, string> = {
  'layout.skip': 'Перейти к основному содержанию',
  'layout.nav.label': 'Главное меню',
  'layout.menu': 'Меню',
  'layout.nav.home': 'Главная',
  'layout.nav.admin': 'Администрирование',
  'layout.nav.api': 'API',
  'layout.account.signIn': 'Войти',
  'layout.account.signUp': 'Зарегистрироваться',
  'layout.account.signOut': 'Выйти',
  'layout.account.settings': 'Учётная запись',
  'layout.account.signedInAs': 'Вы вошли как {name}',
  'layout.language': 'Язык',
  'layout.footer': 'Работает на Concord — открытом программном обеспечении для сетей НКО.',

  'error.title': 'Что-то пошло не так',
  'error.400': 'Не удалось обработать запрос. Проверьте введённые данные и попробуйте ещё раз.',
  'error.401': 'Войдите, чтобы продолжить.',
  'error.403': 'У вас нет прав на это действие.',
  'error.403.csrf':
    'Срок действия формы истёк, или она была отправлена с другого сайта. Вернитесь назад, обновите страницу и попробуйте ещё раз.',
  'error.404': 'Страница не найдена.',
  'error.413': 'Отправленные данные слишком велики.',
  'error.429':
    'Слишком много попыток. Подождите {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} и попробуйте ещё раз.',
  'error.429.title': 'Подождите, прежде чем пробовать снова',
  'error.500':
    'На нашей стороне произошла ошибка. Мы её зафиксировали; пожалуйста, попробуйте ещё раз позже.',
  'error.503':
    'Сервис временно недоступен: база данных не ответила. Пожалуйста, повторите попытку через минуту.',
  'error.back': 'Перейти на главную страницу',
  'confirm.required':
    'Пока ничего не изменилось. Чтобы продолжить, подтвердите действие кнопкой ниже.',

  'form.errors.title': 'Возникла проблема',
  'form.required': 'Заполните поле «{field}»',
  'form.submit': 'Сохранить',
  'validation.email.invalid': 'Введите адрес электронной почты в формате name@example.org',
  'layout.nav.myOrganizations': 'Мои организации',
  'validation.url.invalid': 'Введите веб-адрес, начинающийся с https:// или http://',
  'validation.text.tooLong': 'Текст слишком длинный',
  'form.optional': 'необязательно',
  'form.otherLanguages': 'Другие языки: {languages}',
  'form.language.az': 'азербайджанский',
  'form.language.en': 'английский',
  'form.language.ru': 'русский',
  // directory
  'layout.nav.directory': 'Организации-участники',

  // organisation API
  'api.error.validation':
    'Некоторые поля заполнены неверно; каждое указано в «fields» со своим сообщением.',
  'api.error.invalid': 'Это значение здесь недопустимо.',
  'api.error.lang': 'Выберите один из языков: {languages}',
  'api.error.json': 'Тело запроса — не корректный JSON.',
  'api.error.mediaType':
    'Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json.',
  'api.error.type.text': 'Передайте это поле как текст (строку JSON) или null.',
  'api.error.type.number': 'Передайте это поле как число или null.',
  'api.error.type.list': 'Передайте это поле как список (массив JSON) или null.',

  // network figures
  'layout.nav.figures': 'Сеть в цифрах',

  // acting on behalf of
  'acting.header.label': 'От имени:',
  'acting.header.self': 'только от своего имени',
  'acting.header.change': 'Изменить',
  // events
  'layout.nav.events': 'Мероприятия',
};

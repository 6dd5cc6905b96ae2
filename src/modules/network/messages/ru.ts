import type { en } from './en.js';
// The network module's words in Russian: the same keys, in the same order, as en.ts.

export const ru: Record<keyof typeof en, string> = {
  'network.default.name': 'Сеть НКО',
  'network.default.purpose': 'Место встречи сети НКО',

  'network.settings.title': 'Облик сети',
  'network.settings.lead':
    'Как сеть представляет себя: в шапке и заголовке каждой страницы, в превью ссылок и результатах поиска, в письмах и в печатных программах.',
  'network.settings.saved': 'Облик сети сохранён.',
  'network.field.name': 'Название',
  'network.field.name.hint': 'Полное название: так оно выглядит в шапке сайта и в письмах.',
  'network.field.shortName': 'Краткое название',
  'network.field.shortName.hint':
    'Там, где мало места: после заголовка каждой страницы во вкладках браузера и в результатах поиска.',
  'network.field.purpose': 'Цель одной строкой: {language}',
  'network.field.purpose.hint':
    'Показывается под названием, в превью ссылок и в результатах поиска; не более 160 символов.',
  'network.field.logo': 'Логотип',
  'network.field.logo.replace': 'Новый логотип',
  'network.field.logo.hint':
    'SVG, PNG или JPEG, не более {max} МБ. Сохраняется как изображение не больше {side} × {side} пикселей и становится значком во вкладках браузера и на главных экранах телефонов.',
  'network.field.logo.remove': 'Удалить логотип (вместо него будет стандартный значок)',
  'network.logo.current': 'Текущий логотип',
  'network.logo.none': 'Логотипа пока нет: во вкладках браузера виден стандартный значок.',
  'network.admin.link': 'Облик сети: название, цель и логотип',

  'validation.network.name.required': 'Введите название сети',
  'validation.network.name.tooLong': 'Название должно быть не длиннее 120 символов',
  'validation.network.shortName.required': 'Введите краткое название',
  'validation.network.shortName.tooLong': 'Краткое название должно быть не длиннее 30 символов',
  'validation.network.purpose.required': 'Опишите цель сети одной строкой',
  'validation.network.purpose.tooLong': 'Цель должна быть не длиннее 160 символов',
  'validation.network.purpose.oneLine': 'Напишите цель в одну строку',
  'validation.network.logo.tooLarge': 'Файл «{name}» больше {max} МБ',
  'validation.network.logo.tooLargeBody': 'Файл слишком большой: логотип может быть не больше 2 МБ',
  'validation.network.logo.type': 'Файл «{name}» не является изображением SVG, PNG или JPEG',
  'validation.network.logo.unreadable': 'Файл «{name}» не удалось прочитать как изображение',
  'validation.network.logo.tooManyPixels':
    'В изображении «{name}» больше {max} млн пикселей; уменьшите его',
  'audit.action.network.identity.update': 'Изменены сведения о сети',
};

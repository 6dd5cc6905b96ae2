import type { en } from './en.js';
// The network module's words in Azerbaijani (Latin script): the same keys, in the same order, as en.ts.

export const az: Record<keyof typeof en, string> = {
  'network.default.name': 'QHT şəbəkəsi',
  'network.default.purpose': 'QHT şəbəkəsinin görüş məkanı',

  'network.settings.title': 'Şəbəkənin kimliyi',
  'network.settings.lead':
    'Şəbəkə özünü necə təqdim edir: hər səhifənin başlığında, keçid önizləmələrində və axtarış nəticələrində, məktublarda və çap olunan proqramlarda.',
  'network.settings.saved': 'Şəbəkənin kimliyi yadda saxlanıldı.',
  'network.field.name': 'Ad',
  'network.field.name.hint': 'Tam ad: səhifənin başlığında və məktublarda belə görünür.',
  'network.field.shortName': 'Qısa ad',
  'network.field.shortName.hint':
    'Yer az olanda istifadə olunur: brauzer vərəqlərində və axtarış nəticələrində hər səhifənin adından sonra.',
  'network.field.purpose': 'Bir cümlə ilə məqsəd: {language}',
  'network.field.purpose.hint':
    'Adın altında, keçid önizləmələrində və axtarış nəticələrində göstərilir; ən çoxu 160 simvol.',
  'network.field.logo': 'Loqo',
  'network.field.logo.replace': 'Yeni loqo',
  'network.field.logo.hint':
    'SVG, PNG və ya JPEG, ən çoxu {max} MB. Ən çoxu {side} × {side} piksel ölçüsündə şəkil kimi saxlanılır və brauzer vərəqlərinin və ana ekranların nişanı olur.',
  'network.field.logo.remove': 'Loqonu sil (əvəzində standart nişan göstəriləcək)',
  'network.logo.current': 'Hazırkı loqo',
  'network.logo.none': 'Hələ loqo yoxdur: brauzer vərəqlərində standart nişan görünür.',
  'network.admin.link': 'Şəbəkənin kimliyi: ad, məqsəd və loqo',

  'validation.network.name.required': 'Şəbəkənin adını daxil edin',
  'validation.network.name.tooLong': 'Ad ən çoxu 120 simvol ola bilər',
  'validation.network.shortName.required': 'Qısa adı daxil edin',
  'validation.network.shortName.tooLong': 'Qısa ad ən çoxu 30 simvol ola bilər',
  'validation.network.purpose.required': 'Şəbəkənin məqsədini bir cümlə ilə yazın',
  'validation.network.purpose.tooLong': 'Məqsəd ən çoxu 160 simvol ola bilər',
  'validation.network.purpose.oneLine': 'Məqsədi bir sətirdə yazın',
  'validation.network.logo.tooLarge': '“{name}” faylı {max} MB-dan böyükdür',
  'validation.network.logo.tooLargeBody': 'Fayl çox böyükdür: loqo ən çoxu 2 MB ola bilər',
  'validation.network.logo.type': '“{name}” faylı SVG, PNG və ya JPEG şəkli deyil',
  'validation.network.logo.unreadable': '“{name}” faylını şəkil kimi oxumaq mümkün olmadı',
  'validation.network.logo.tooManyPixels':
    '“{name}” şəklində {max} milyondan çox piksel var; onu kiçildin',
  'audit.action.network.identity.update': 'Şəbəkənin kimliyi dəyişdirildi',
};

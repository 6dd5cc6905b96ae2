import type { en } from './en.js';
// The platform's words in Azerbaijani (Latin script): the same keys, in the same order, as en.ts.

export const az: Record<keyof typeof en, string> = {
  'layout.skip': 'Əsas məzmuna keç',
  'layout.nav.label': 'Əsas menyu',
  'layout.menu': 'Menyu',
  'layout.nav.home': 'Ana səhifə',
  'layout.nav.admin': 'İdarəetmə',
  'layout.nav.api': 'API',
  'layout.account.signIn': 'Daxil ol',
  'layout.account.signUp': 'Qeydiyyatdan keç',
  'layout.account.signOut': 'Çıxış',
  'layout.account.settings': 'Hesab',
  'layout.account.signedInAs': 'Daxil olmusunuz: {name}',
  'layout.language': 'Dil',
  'layout.footer': 'Concord ilə işləyir: QHT şəbəkələri üçün açıq mənbəli proqram təminatı.',

  'error.title': 'Xəta baş verdi',
  'error.400': 'Sorğu başa düşülmədi. Daxil etdiyiniz məlumatları yoxlayıb yenidən cəhd edin.',
  'error.401': 'Davam etmək üçün daxil olun.',
  'error.403': 'Bu əməliyyatı yerinə yetirməyə icazəniz yoxdur.',
  'error.403.csrf':
    'Bu formanın müddəti bitib və ya o, başqa saytdan göndərilib. Geri qayıdın, səhifəni yeniləyin və yenidən cəhd edin.',
  'error.404': 'Axtardığınız səhifə tapılmadı.',
  'error.413': 'Göndərdiyiniz məlumatın həcmi çox böyükdür.',
  'error.429':
    'Cəhdlərin sayı həddi aşdı. Zəhmət olmasa, {minutes, plural, one {# dəqiqə} other {# dəqiqə}} gözləyin və yenidən cəhd edin.',
  'error.429.title': 'Yenidən cəhd etməzdən əvvəl bir az gözləyin',
  'error.500':
    'Bizim tərəfdə xəta baş verdi. Xəta qeydə alındı; zəhmət olmasa, bir qədər sonra yenidən cəhd edin.',
  'error.503':
    'Xidmət qısa müddətə əlçatan deyil: verilənlər bazası cavab vermədi. Zəhmət olmasa, bir dəqiqədən sonra yenidən cəhd edin.',
  'error.back': 'Ana səhifəyə keç',
  'confirm.required': 'Hələ heç nə dəyişməyib. Davam etmək üçün aşağıdakı düymə ilə təsdiqləyin.',

  'form.errors.title': 'Problem aşkarlandı',
  'form.required': '«{field}» sahəsini doldurun',
  'form.submit': 'Yadda saxla',
  'validation.email.invalid': 'E-poçt ünvanını name@example.org formatında daxil edin',
  'layout.nav.myOrganizations': 'Təşkilatlarım',
  'validation.url.invalid': 'https:// və ya http:// ilə başlayan veb-ünvan daxil edin',
  'validation.text.tooLong': 'Bu mətn çox uzundur',
  'form.optional': 'istəyə bağlı',
  'form.otherLanguages': 'Digər dillər: {languages}',
  'form.language.az': 'azərbaycan dili',
  'form.language.en': 'ingilis dili',
  'form.language.ru': 'rus dili',
  // directory
  'layout.nav.directory': 'Üzv təşkilatlar',

  // organisation API
  'api.error.validation':
    'Bəzi sahələr düzgün deyil; hər biri "fields" daxilində öz mesajı ilə göstərilib.',
  'api.error.invalid': 'Bu dəyər burada düzgün deyil.',
  'api.error.lang': 'Bu dillərdən birini seçin: {languages}',
  'api.error.json': 'Sorğunun gövdəsi düzgün JSON deyil.',
  'api.error.mediaType':
    'Sorğunun gövdəsini JSON kimi, Content-Type: application/json ilə göndərin.',
  'api.error.type.text': 'Bu sahəni mətn (JSON sətri) və ya null kimi göndərin.',
  'api.error.type.number': 'Bu sahəni rəqəm və ya null kimi göndərin.',
  'api.error.type.list': 'Bu sahəni siyahı (JSON massivi) və ya null kimi göndərin.',

  // network figures
  'layout.nav.figures': 'Rəqəmlərlə şəbəkə',

  // acting on behalf of
  'acting.header.label': 'Kimin adından:',
  'acting.header.self': 'yalnız öz adınızdan',
  'acting.header.change': 'Dəyişdir',
  // events
  'layout.nav.events': 'Tədbirlər',
};

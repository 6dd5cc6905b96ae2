import type { en } from './en.js';
// Accounts' words in Azerbaijani (Latin script): the same keys, in the same order, as en.ts.

export const az: Record<keyof typeof en, string> = {
  'field.name': 'Ad və soyad',
  'field.email': 'E-poçt ünvanı',
  'field.password': 'Şifrə',
  'field.password.hint': 'Ən azı 8 simvol. Ən yaxşısı yadda saxlaya biləcəyiniz uzun bir ifadədir.',
  'field.currentPassword': 'Cari şifrə',
  'field.newPassword': 'Yeni şifrə',
  'field.locale': 'Üstünlük verilən dil',
  'field.tokenName': 'Tokenin adı',

  'validation.name.required': 'Adınızı daxil edin',
  'validation.name.tooLong': 'Ad 200 simvoldan çox olmamalıdır',
  'validation.email.taken': 'Bu e-poçt ünvanı ilə artıq hesab mövcuddur',
  'validation.password.tooShort': 'Şifrə ən azı 8 simvoldan ibarət olmalıdır',
  'validation.password.tooLong': 'Şifrə 256 simvoldan çox olmamalıdır',
  'validation.password.common':
    'Bu şifrə çox geniş yayılıb; təxmin edilməsi daha çətin olan şifrə seçin',
  'validation.password.wrong': 'Şifrə düzgün deyil',
  'validation.locale.invalid': 'Təklif olunan dillərdən birini seçin',
  'validation.tokenName.required': 'Sonradan tanıya bilməniz üçün tokenə ad verin',
  'validation.confirm.required': 'Təsdiq üçün DELETE yazın',

  'signUp.title': 'Qeydiyyat',
  'signUp.submit': 'Qeydiyyatdan keç',
  'signUp.haveAccount': 'Artıq hesabınız var? Daxil olun.',
  'signUp.checkEmail.title': 'E-poçtunuzu yoxlayın',
  'signUp.checkEmail.body':
    '{email} ünvanına keçid göndərdik. Ünvanınızı təsdiqləmək üçün onu açın, sonra daxil olun. Keçid 24 saat ərzində etibarlıdır.',
  'verify.done': 'E-poçt ünvanınız təsdiqləndi. İndi daxil ola bilərsiniz.',
  'verify.invalid':
    'Bu təsdiq keçidi etibarsızdır və ya onun müddəti bitib. Yeni keçid almaq üçün daxil olun.',
  'verify.resend': 'Təsdiq keçidini yenidən göndər',
  'verify.resent': 'Bu ünvanla təsdiqlənməmiş hesab varsa, ona yeni təsdiq keçidi göndərdik.',
  'signIn.title': 'Giriş',
  'signIn.submit': 'Daxil ol',
  'signIn.failed': 'E-poçt ünvanı və ya şifrə yanlışdır',
  'signIn.locked':
    'Bu hesab üçün həddən artıq yanlış şifrə daxil edilib. İndi daxil olmaq üçün şifrənizi e-poçtla bərpa edin və ya {minutes, plural, one {# dəqiqə} other {# dəqiqə}} gözləyin.',
  'signIn.unverified': 'Əvvəlcə e-poçt ünvanınızı təsdiqləyin: sizə göndərdiyimiz keçidi açın.',
  'signIn.forgot': 'Şifrənizi unutmusunuz?',
  'signIn.noAccount': 'Hələ hesabınız yoxdur? Qeydiyyatdan keçin.',
  'signOut.done': 'Hesabdan çıxdınız.',
  'forgot.title': 'Şifrənin bərpası',
  'forgot.body':
    'Hesabınızın e-poçt ünvanını daxil edin, yeni şifrə seçməyiniz üçün sizə keçid göndərək.',
  'forgot.submit': 'Keçidi göndər',
  'forgot.sent':
    'Bu ünvanla hesab varsa, ona keçid göndərdik. Keçiddən bir saat ərzində yalnız bir dəfə istifadə etmək olar.',
  'reset.title': 'Yeni şifrə seçin',
  'reset.submit': 'Yeni şifrəni yadda saxla',
  'reset.invalid':
    'Bu keçid etibarsızdır, müddəti bitib və ya artıq istifadə olunub. Yeni keçid tələb edin.',
  'reset.done': 'Şifrəniz dəyişdirildi. Yeni şifrə ilə daxil olun.',

  'account.title': 'Hesabınız',
  'account.profile': 'Profil',
  'account.profile.saved': 'Profiliniz yadda saxlanıldı.',
  'account.password': 'Şifrənin dəyişdirilməsi',
  'account.password.body':
    'Şifrəni dəyişdikdə bütün digər seanslarınız bağlanacaq və API tokenləriniz ləğv ediləcək.',
  'account.password.saved':
    'Şifrəniz dəyişdirildi. Digər seanslar bağlandı, API tokenləriniz ləğv edildi.',
  'account.tokens': 'API tokenləri',
  'account.tokens.body':
    'Tokenlər proqramlara sizin adınızdan Concord API ilə (/api/ altında) işləməyə imkan verir; veb səhifələri açmır. Onları şifrə kimi qoruyun: şifrəniz dəyişəndə onlar işləməyi dayandırır.',
  'account.tokens.create': 'Token yarat',
  'account.tokens.created': 'Bu tokeni indi kopyalayın: o, bir daha göstərilməyəcək.',
  'account.tokens.none': 'Sizin API tokeniniz yoxdur.',
  'account.tokens.revoke': 'Ləğv et',
  'account.tokens.revoked': 'Token ləğv edildi.',
  'account.tokens.lastUsed': 'Son istifadə',
  'account.tokens.never': 'heç vaxt',
  'account.tokens.createdAt': 'Yaradılma tarixi',
  'account.delete': 'Hesabın silinməsi',
  'account.delete.body':
    'Bu əməliyyat hesabınızı silir və bütün seanslarınızı bağlayır. Onu geri qaytarmaq mümkün deyil. Təsdiq üçün DELETE sözünü və şifrənizi daxil edin.',
  'account.delete.confirm': 'DELETE yazın',
  'account.delete.handOver':
    'Bu təşkilatların yeganə sahibi sizsiniz. Hər birinin əməkdaşlar səhifəsində başqa bir şəxsi sahib edin (və ya əvvəlcə həmsahibi dəvət edin), sonra hesabınızı silin:',
  'account.delete.submit': 'Hesabımı sil',
  'account.deleted': 'Hesabınız silindi.',

  'mail.verify.subject': '{site}: e-poçt ünvanınızı təsdiqləyin',
  'mail.verify.body':
    'Hörmətli {name},\n\nE-poçt ünvanınızı təsdiqləmək üçün bu keçidi açın:\n{url}\n\nKeçid 24 saat ərzində etibarlıdır. Əgər siz hesab yaratmamısınızsa, bu məktubu nəzərə almayın.',
  'mail.reset.subject': '{site}: şifrənin bərpası',
  'mail.reset.body':
    'Hörmətli {name},\n\nYeni şifrə seçmək üçün bu keçidi açın:\n{url}\n\nKeçid bir saat ərzində və yalnız bir dəfə işləyir. Əgər bunu siz tələb etməmisinizsə, bu məktubu nəzərə almayın.',

  'admin.title': 'İdarəetmə',
  'admin.people': 'İstifadəçilər',
  'admin.people.search': 'Ad və ya e-poçt üzrə axtarış',
  'admin.people.searchSubmit': 'Axtar',
  'admin.people.none': 'Heç kim tapılmadı.',
  'admin.people.isAdmin': 'Administrator',
  'admin.people.grant': 'Administrator təyin et',
  'admin.people.grant.confirm.title': 'Bu şəxs administrator təyin edilsin?',
  'admin.people.grant.confirm.body':
    'Administrator bu saytda hər şeyi görə və dəyişə bilər: istifadəçiləri və onların rollarını, təşkilatları və onların üzvlüyünü, tədbirləri, çıxan məktubları və audit jurnalını.',
  'admin.people.grant.confirm.submit': 'Bəli, administrator təyin et',
  'admin.people.grant.confirm.back': 'Xeyr, istifadəçilər siyahısına qayıt',
  'admin.people.revoke': 'Administrator hüquqlarını götür',
  'admin.people.granted': '{name} artıq administratordur.',
  'admin.people.revoked': '{name} artıq administrator deyil.',
  'admin.people.lastAdmin': 'Sonuncu administratorun hüquqlarını götürmək olmaz.',
  'admin.people.verified': 'E-poçt təsdiqlənib',
  'admin.people.joined': 'Qeydiyyat tarixi',
  'admin.outbox': 'Çıxan məktublar',
  'admin.outbox.body':
    'Concord tərəfindən növbəyə qoyulmuş məktublar. SMTP qurulmayıbsa, onlar yalnız burada göstərilir.',
  'admin.outbox.none': 'Məktub yoxdur.',
  'admin.outbox.to': 'Alıcı',
  'admin.outbox.subject': 'Mövzu',
  'admin.outbox.status': 'Status',
  'admin.outbox.sent': 'göndərilib',
  'admin.outbox.waiting': 'gözləyir',
  'admin.jobs': 'Tapşırıqlar',
  'admin.jobs.body':
    'Concord-un sorğulardan kənarda gördüyü işlər: məktubların çatdırılması, xatırlatmalar. Hər Concord prosesi vaxtı çatmış tapşırıqları axtarır və hər tapşırığı onlardan yalnız biri götürür. Uğursuz olan tapşırıq sonra yenidən sınanır; son cəhddən sonra o, ölü sayılır və siz onu yenidən başladana qədər burada gözləyir.',
  'admin.jobs.counts':
    '{pending} gözləyir · {running} icra olunur · {dead} ölü · {done} tamamlanıb (yeddi gün saxlanılır)',
  'admin.jobs.none': 'Gözləyən, icra olunan və ya ölü tapşırıq yoxdur.',
  'admin.jobs.kind': 'Növ',
  'admin.jobs.state': 'Vəziyyət',
  'admin.jobs.state.pending': 'gözləyir',
  'admin.jobs.state.running': 'icra olunur',
  'admin.jobs.state.dead': 'ölü',
  'admin.jobs.state.done': 'tamamlanıb',
  'admin.jobs.attempts': 'Cəhdlər',
  'admin.jobs.runAt': 'İcra vaxtı',
  'admin.jobs.error': 'Son xəta',
  'admin.jobs.retry': 'Yenidən sına',
  'admin.jobs.retried': 'Tapşırıq bir neçə saniyə ərzində yenidən icra olunacaq.',
  'admin.jobs.notDead': 'Yalnız ölü tapşırığı yenidən sınamaq olar.',
  'admin.audit': 'Audit jurnalı',
  'admin.audit.none': 'Qeyd yoxdur.',
  'admin.audit.when': 'Vaxt',
  'admin.audit.who': 'Kim',
  'admin.audit.action': 'Əməliyyat',
  'admin.audit.subject': 'Obyekt',
  'admin.audit.filter': 'Əməliyyat üzrə filtr',
  'admin.audit.all': 'Bütün əməliyyatlar',
  'admin.older': 'Daha köhnələr',
  'admin.yes': 'bəli',
  'admin.no': 'xeyr',

  'setup.title': 'İlk administratoru yaradın',
  'setup.body':
    'Bu keçid yalnız bir dəfə işləyir. Burada yaratdığınız hesab bu Concord nüsxəsinin administratoru olacaq.',
  'setup.submit': 'Administratoru yarat',
  'setup.invalid': 'Bu quraşdırma keçidi etibarsızdır və ya artıq istifadə olunub.',

  'api.title': 'API sənədləri',
  'api.body':
    'Concord /api/v1 ünvanında JSON API təqdim edir. Autentifikasiya üçün hesab səhifənizdən əldə etdiyiniz şəxsi API tokenini "Authorization: Bearer TOKEN" başlığında göndərin. Maşın tərəfindən oxuna bilən təsvir OpenAPI 3.1 sənədidir.',
  'api.document': 'OpenAPI sənədi',
  'api.endpoints': 'Endpointlər',
  'membership.admin.title': 'Üzvlük müraciətləri',
  'verification.admin.title': 'Üzvlərin təsdiqi',
  'import.title': 'Təşkilatların idxalı',
};

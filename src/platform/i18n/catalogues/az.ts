import type { MessageKey } from './en.js';
// Azerbaijani (Latin script) UI messages: the same keys, in the same order, as en.ts.

export const az: Record<MessageKey, string> = {
  'site.name': 'Concord',
  'site.tagline': 'QHT şəbəkəsinin görüş məkanı',
  'layout.skip': 'Əsas məzmuna keç',
  'layout.nav.label': 'Əsas menyu',
  'layout.nav.home': 'Ana səhifə',
  'layout.nav.admin': 'İdarəetmə',
  'layout.nav.api': 'API',
  'layout.account.signIn': 'Daxil ol',
  'layout.account.signUp': 'Qeydiyyatdan keç',
  'layout.account.signOut': 'Çıxış',
  'layout.account.settings': 'Hesab',
  'layout.account.signedInAs': 'Daxil olmusunuz: {name}',
  'layout.language': 'Dil',
  'layout.footer': 'Concord QHT şəbəkələri üçün açıq mənbəli proqram təminatıdır.',

  'home.title': 'QHT şəbəkəsi üçün ortaq məkan',
  'home.lead':
    'Üzv təşkilatlar bir-birini tapır, forumlarda və paralel tədbirlərdə görüşür, müzakirələr aparır, birgə bəyanatlarla vahid səslə çıxış edir və əldə etdikləri nəticələri nümayiş etdirir.',
  'home.figures': 'Rəqəmlərlə şəbəkə',
  'home.figures.people':
    '{count, plural, one {# nəfər qeydiyyatdan keçib} other {# nəfər qeydiyyatdan keçib}}',
  'home.start.title': 'Başlayın',
  'home.start.signUp': 'İştirak etmək üçün qeydiyyatdan keçin.',

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
  'error.500':
    'Bizim tərəfdə xəta baş verdi. Xəta qeydə alındı; zəhmət olmasa, bir qədər sonra yenidən cəhd edin.',
  'error.back': 'Ana səhifəyə keç',

  'form.errors.title': 'Problem aşkarlandı',
  'form.required': '«{field}» sahəsini doldurun',
  'form.submit': 'Yadda saxla',

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
  'validation.email.invalid': 'E-poçt ünvanını name@example.org formatında daxil edin',
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
  'account.password.body': 'Şifrəni dəyişdikdə bütün digər seanslarınız bağlanacaq.',
  'account.password.saved': 'Şifrəniz dəyişdirildi. Digər seanslar bağlandı.',
  'account.tokens': 'API tokenləri',
  'account.tokens.body':
    'Tokenlər proqramlara sizin adınızdan Concord API ilə işləməyə imkan verir. Onları şifrə kimi qoruyun.',
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
  'layout.nav.myOrganizations': 'Təşkilatlarım',
  'validation.url.invalid': 'https:// və ya http:// ilə başlayan veb-ünvan daxil edin',
  'validation.text.tooLong': 'Bu mətn çox uzundur',
  'validation.org.name.required': 'Təşkilatın adını daxil edin',
  'validation.org.name.tooLong': 'Ad 200 simvoldan çox olmamalıdır',
  'validation.org.acronym.tooLong': 'Abbreviatura 20 simvoldan çox olmamalıdır',
  'validation.org.country.required': 'Təşkilatın qeydiyyatdan keçdiyi ölkəni seçin',
  'validation.org.foundedYear.invalid':
    '1800-cü ildən cari ilədək bir il daxil edin, məsələn, 2009',
  'validation.org.phone.invalid':
    'Telefon nömrəsini rəqəmlərlə daxil edin, məsələn, +994 12 345 67 89',
  'validation.org.description.tooLong': 'Təsvir 10 000 simvoldan çox olmamalıdır',
  'validation.org.sdgs.invalid': 'Siyahıdan məqsədləri seçin',
  'validation.org.tags.invalid':
    'Ən çoxu 20 mövzu göstərin; hər biri 40 simvoldan uzun olmamalıdır',
  'validation.org.languages.invalid':
    'Dil kodlarını vergüllə ayıraraq daxil edin, məsələn: az, en, ru',
  'validation.org.iatiIdentifier.invalid':
    'IATI identifikatorunu AZ-MOJ-1234567 formatında daxil edin: qeydiyyat orqanının prefiksi, defis və nömrə, boşluqsuz',
  'validation.org.iatiIdentifier.taken':
    'Concord platformasında başqa bir təşkilat artıq bu IATI identifikatorundan istifadə edir',
  'validation.org.iatiType.invalid': 'Siyahıdan növ seçin',
  'validation.org.role.invalid': 'Rolu seçin: sahib, administrator və ya üzv',
  'org.create': 'Təşkilat yarat',
  'org.create.body':
    'Siz onun ilk sahibi olacaqsınız. Daha sonra həmkarlarınızı dəvət edə və şəbəkəyə qoşulmaq üçün müraciət edə bilərsiniz.',
  'org.created': 'Təşkilat yaradıldı. Siz onun sahibisiniz.',
  'org.saved': 'Profil yadda saxlanıldı.',
  'org.edit': 'Profili redaktə et',
  'org.edit.title': 'Profilin redaktəsi: {name}',
  'org.about': 'Təşkilat haqqında',
  'org.people': 'İstifadəçilər',
  'org.people.title': 'İstifadəçilər: {name}',
  'org.people.noneListed': 'Siyahıda hələ heç kim yoxdur.',
  'org.people.role': 'Rol',
  'org.people.roleOf': '{name} adlı istifadəçinin rolu',
  'org.people.changeRole': 'Dəyiş',
  'org.people.changeRoleOf': '{name} adlı istifadəçinin rolunu dəyiş',
  'org.people.remove': 'Çıxar',
  'org.people.removeName': '{name} adlı istifadəçini təşkilatdan çıxar',
  'org.people.saved': 'Dəyişiklik yadda saxlanıldı.',
  'org.members.lastOwner':
    'Təşkilatın ən azı bir sahibi olmalıdır. Əvvəlcə başqa birini sahib təyin edin.',
  'org.leave': 'Bu təşkilatdan çıx',
  'org.backToProfile': 'Profilə qayıt',
  'org.mine.title': 'Təşkilatlarım',
  'org.mine.none': 'Siz hələ heç bir təşkilata qoşulmamısınız.',
  'org.role.owner': 'Sahib',
  'org.role.admin': 'Administrator',
  'org.role.member': 'Üzv',
  'org.status.none': 'Şəbəkənin üzvü deyil',
  'org.status.applied': 'Şəbəkəyə üzvlük müraciətinə baxılır',
  'org.status.member': 'Şəbəkənin üzvü',
  'org.status.rejected': 'Şəbəkəyə üzvlük müraciəti rədd edilib',
  'org.status.suspended': 'Üzvlük dayandırılıb',
  'org.form.identity': 'Ad və qeydiyyat',
  'org.form.place': 'Ünvan və əlaqə məlumatları',
  'org.form.work': 'Fəaliyyət',
  'org.form.iati': 'IATI (donorlara hesabat vermək üçün)',
  'org.field.name': 'Ad',
  'org.field.name.hint': 'Təşkilatın öz dilində, özünün yazdığı kimi.',
  'org.field.nameAz': 'Azərbaycan dilində ad',
  'org.field.nameEn': 'İngilis dilində ad',
  'org.field.nameRu': 'Rus dilində ad',
  'org.field.acronym': 'Abbreviatura',
  'org.field.legalForm': 'Təşkilati-hüquqi forma',
  'org.field.registrationNumber': 'Qeydiyyat nömrəsi',
  'org.field.registeringAuthority': 'Qeydiyyat orqanı',
  'org.field.foundedYear': 'Təsis ili',
  'org.field.country': 'Ölkə',
  'org.field.country.choose': 'Ölkə seçin',
  'org.field.city': 'Şəhər',
  'org.field.website': 'Veb-sayt',
  'org.field.email': 'Hamıya görünən e-poçt ünvanı',
  'org.field.phone': 'Telefon',
  'org.field.socialLinks': 'Sosial media səhifələri',
  'org.field.socialLinks.hint': 'Hər sətirdə bir veb-ünvan.',
  'org.field.descriptionAz': 'Azərbaycan dilində təsvir',
  'org.field.descriptionEn': 'İngilis dilində təsvir',
  'org.field.descriptionRu': 'Rus dilində təsvir',
  'org.field.description.hint':
    'Bacardığınız dillərdə doldurun; hər kəs əvvəlcə öz dilindəki mətni görür. Markdown dəstəklənir: **qalın**, siyahılar, keçidlər.',
  'org.field.sdgs': 'Təşkilatın üzərində çalışdığı Dayanıqlı İnkişaf Məqsədləri',
  'org.field.tags': 'Mövzular',
  'org.field.tags.hint': 'Vergüllə ayırın, məsələn: məcburi köçkünlər, mənzil təminatı, gənclər.',
  'org.field.workingLanguages': 'İş dilləri',
  'org.field.workingLanguages.hint': 'Dil kodlarını vergüllə ayırın, məsələn: az, en, ru.',
  'org.field.iatiIdentifier': 'IATI üzrə təşkilat identifikatoru',
  'org.field.iatiIdentifier.hint':
    'Qeydiyyat orqanının prefiksi və nömrə, məsələn, AZ-MOJ-1234567.',
  'org.field.iatiType': 'IATI üzrə təşkilat növü',
  'org.field.iatiType.none': 'Göstərilməyib',
  'form.optional': 'istəyə bağlı',
  // invitations
  'org.invitations.title': 'Dəvətlər',
  'org.invitations.none': 'Cavab gözləyən dəvət yoxdur.',
  'org.invitations.invitedBy': 'Dəvət edən',
  'org.invitations.expires': 'Keçid bu vaxtadək işləyir',
  'org.invitations.revoke': 'Geri götür',
  'org.invitations.revokeFor': '{email} ünvanına göndərilən dəvəti geri götür',
  'org.invitations.invite': 'Birini dəvət edin',
  'org.invitations.invite.title': '{name} təşkilatına dəvət',
  'org.invitations.invite.hint':
    'Bu ünvana keçid göndəririk. Keçid {days, plural, one {# gün} other {# gün}} ərzində, yalnız bir dəfə və yalnız bu ünvanla açılmış hesab üçün işləyir.',
  'org.invitations.send': 'Dəvəti göndər',
  'org.invitations.sent': 'Dəvət göndərildi.',
  'org.invitations.revoked': 'Dəvət geri götürüldü; onun keçidi artıq işləmir.',
  'validation.org.invitation.member': 'Bu şəxs artıq təşkilatın üzvüdür',
  'validation.org.invitation.pending':
    'Bu ünvana göndərilmiş dəvət artıq cavab gözləyir. Yenisini göndərmək üçün əvvəlcə onu geri götürün',
  'org.invitation.heading': 'Dəvət',
  'org.invitation.title': '{organization}: dəvət',
  'org.invitation.lead':
    '{inviter} sizi {organization} təşkilatına {role, select, owner {sahib} admin {administrator} other {üzv}} kimi qoşulmağa dəvət edir.',
  'org.invitation.leadAnonymous':
    'Siz {organization} təşkilatına {role, select, owner {sahib} admin {administrator} other {üzv}} kimi qoşulmağa dəvət olunursunuz.',
  'org.invitation.expiresAt': 'Dəvət {date} tarixinədək etibarlıdır.',
  'org.invitation.accept': 'Qəbul et və qoşul',
  'org.invitation.signIn': 'Qəbul etmək üçün {email} ilə daxil olun',
  'org.invitation.noAccount':
    'Hələ hesabınız yoxdur? {email} ünvanı ilə hesab yaradın, ünvanı təsdiqləyin, sonra bu keçidi yenidən açın.',
  'org.invitation.otherAddress':
    'Bu dəvət {email} ünvanına göndərilib. Qəbul etmək üçün həmin ünvanla daxil olun və ya təşkilatdan burada istifadə etdiyiniz ünvana dəvət göndərməsini xahiş edin.',
  'org.invitation.notFound': 'Bu dəvət keçidi işləmir. Məktubdakı keçidi tam açdığınızı yoxlayın.',
  'org.invitation.used': 'Bu dəvətdən artıq istifadə olunub. Hər dəvət yalnız bir dəfə işləyir.',
  'org.invitation.revoked': 'Təşkilat bu dəvəti geri götürüb.',
  'org.invitation.expired':
    'Bu dəvətin müddəti bitib. Təşkilatdan yenisini göndərməsini xahiş edin.',
  'org.invitation.alreadyMember':
    'Siz artıq bu təşkilatın üzvüsünüz, rolunuz dəyişmir. Dəvətdən istifadə olundu.',
  'org.invitation.toOrganization': 'Təşkilatın səhifəsinə keç',
  'mail.invite.subject':
    '{inviter} sizi {site} platformasında {organization} təşkilatına dəvət edir',
  'mail.invite.body':
    'Salam,\n\n{inviter} sizi {site} platformasında {organization} təşkilatına {role, select, owner {sahib} admin {administrator} other {üzv}} kimi qoşulmağa dəvət edir.\n\nQəbul etmək üçün bu keçidi açın:\n{url}\n\nKeçid {days, plural, one {# gün} other {# gün}} ərzində, yalnız bir dəfə və yalnız bu e-poçt ünvanı ilə açılmış hesab üçün işləyir. Hələ hesabınız yoxdursa, əvvəlcə bu ünvanla hesab yaradın. Bu dəvəti gözləmirdinizsə, məktubu nəzərə almayın.',
  // directory
  'layout.nav.directory': 'Üzv təşkilatlar',
  'directory.title': 'Üzv təşkilatlar',
  'directory.search': 'Ad, mövzu və ya yer üzrə axtarış',
  'directory.searchSubmit': 'Axtar',
  'directory.count':
    '{count, plural, =0 {Heç bir təşkilat tapılmadı} one {# təşkilat} other {# təşkilat}}',
  'directory.filters': 'Filtrlər',
  'directory.results': 'Nəticələr',
  'directory.any': 'Hamısı',
  'directory.region': 'Region',
  'directory.globalSouth': 'Qlobal Cənub',
  'directory.globalSouth.only': 'Yalnız Qlobal Cənub',
  'directory.none': 'Uyğun təşkilat tapılmadı. Daha az söz yazın və ya filtri götürün.',
  'directory.next': 'Növbəti səhifə',
  // membership
  'membership.title': '{name} — şəbəkə üzvlüyü',
  'membership.link': 'Şəbəkə üzvlüyü',
  'membership.state': 'Vəziyyət:',
  'membership.applied':
    'Müraciətiniz göndərildi. Şəbəkənin idarəçiləri ona baxıb təşkilatın sahiblərinə yazacaqlar.',
  'membership.withdrawn':
    'Müraciət geri götürüldü. İstənilən vaxt yenidən müraciət edə bilərsiniz.',
  'membership.apply.title': 'Şəbəkəyə qoşulmaq üçün müraciət edin',
  'membership.apply.body':
    'Təşkilatınızın şəbəkəyə niyə qoşulmaq istədiyini yazın və şəbəkənin istədiyi sənədləri, məsələn, qeydiyyat şəhadətnaməsini və nizamnaməni yükləyin.',
  'membership.apply.submit': 'Müraciəti göndər',
  'membership.apply.pending': 'Təşkilatınızın artıq baxılan müraciəti var.',
  'membership.apply.member': 'Təşkilatınız artıq şəbəkənin üzvüdür.',
  'membership.apply.suspended':
    'Təşkilatınızın üzvlüyü dayandırılıb. Bərpa üçün şəbəkənin idarəçilərinə yazın.',
  'membership.field.motivation': 'Motivasiya',
  'membership.field.motivation.hint':
    'Bir neçə abzas: təşkilatınız nə ilə məşğuldur və niyə şəbəkəyə qoşulmaq istəyir.',
  'membership.field.documents': 'Sənədlər (PDF)',
  'membership.field.documents.hint':
    'Ən çoxu {count} PDF faylı: hər biri {each} MB-dan, hamısı birlikdə {total} MB-dan çox olmamalıdır. Bir neçəsini birdən seçə bilərsiniz.',
  'membership.documents': 'Sənədlər',
  'membership.documents.none': 'Sənəd yoxdur.',
  'membership.documents.tooLargeTotal':
    'Faylların ümumi həcmi {max} MB-dan çoxdur. Daha az və ya daha kiçik fayl göndərin.',
  'membership.pending.title': 'Müraciətə baxılır',
  'membership.pending.body':
    '{date} tarixində göndərilib. Şəbəkənin idarəçiləri qərar verəndə təşkilatın sahiblərinə yazacaqlar.',
  'membership.withdraw': 'Müraciəti geri götür',
  'membership.rejected.reason': 'Şəbəkə son müraciəti rədd edib: {reason}',
  'membership.suspended.body':
    'Şəbəkə təşkilatınızın üzvlüyünü dayandırıb: üzvlük bərpa olunana qədər profil ictimaiyyətdən gizlədilir.',
  'membership.history': 'Əvvəlki müraciətlər',
  'membership.submitted': 'Göndərilib',
  'membership.decision': 'Nəticə',
  'membership.decided': 'Qərar tarixi',
  'membership.reason': 'Səbəb',
  'membership.application.pending': 'Baxılır',
  'membership.application.approved': 'Təsdiqlənib',
  'membership.application.rejected': 'Rədd edilib',
  'membership.application.withdrawn': 'Geri götürülüb',
  'membership.review.alreadyDecided':
    'Bu müraciət barədə artıq qərar verilib və ya o, geri götürülüb.',
  'membership.suspend.notMember': 'Yalnız şəbəkə üzvünün üzvlüyünü dayandırmaq olar.',
  'membership.reinstate.notSuspended': 'Yalnız dayandırılmış üzvlüyü bərpa etmək olar.',
  'membership.verify.notMember': 'Yalnız şəbəkənin üzvləri təsdiqlənə bilər.',
  'membership.badge.verified':
    'Şəbəkə tərəfindən {on} tarixində təsdiqlənib, {until} tarixinədək qüvvədədir',
  'membership.badge.expired': 'Təsdiqin müddəti {until} tarixində bitib',
  'membership.admin.title': 'Üzvlük müraciətləri',
  'membership.admin.link': 'Üzvlük (idarəetmə)',
  'membership.admin.queue': 'Qərar gözləyənlər, ən köhnədən başlayaraq',
  'membership.admin.queue.none': 'Gözləyən müraciət yoxdur.',
  'membership.admin.more': 'Daha çox müraciət',
  'membership.admin.organization': 'Təşkilat',
  'membership.admin.find': 'Təşkilat tapın',
  'membership.admin.search': 'Ad və ya veb ünvan',
  'membership.admin.search.none': 'Uyğun təşkilat yoxdur.',
  'membership.admin.suspended': 'Üzvlüyü dayandırılanlar',
  'membership.admin.suspended.none': 'Dayandırılmış üzvlük yoxdur.',
  'membership.admin.application': '{name} — müraciət',
  'membership.admin.backToQueue': 'Müraciətlərə qayıt',
  'membership.admin.profileSummary': 'Profil',
  'membership.admin.profile': 'İctimai profil',
  'membership.admin.decide': 'Qərar',
  'membership.admin.note': 'Təşkilat üçün qeyd',
  'membership.admin.note.hint':
    'İstəyə bağlıdır. Təşkilatın sahiblərinə gedən məktuba və audit jurnalına düşür.',
  'membership.admin.approve': 'Təsdiqlə: üzv et',
  'membership.admin.rejectReason': 'Rədd etmə səbəbi',
  'membership.admin.rejectReason.hint': 'Mütləqdir. Təşkilatın sahibləri onu e-poçtla alacaqlar.',
  'membership.admin.reject': 'Müraciəti rədd et',
  'membership.admin.approved':
    'Müraciət təsdiqləndi, təşkilat artıq üzvdür. Sahiblərinə xəbər verildi.',
  'membership.admin.rejected': 'Müraciət rədd edildi. Təşkilatın sahiblərinə səbəbi bildirildi.',
  'membership.admin.organizationTitle': '{name} — üzvlük',
  'membership.admin.suspendReason': 'Dayandırma səbəbi',
  'membership.admin.suspendReason.hint':
    'Mütləqdir. Təşkilatın sahibləri onu e-poçtla alacaqlar; üzvlük bərpa olunana qədər profil gizlədilir.',
  'membership.admin.suspend': 'Üzvlüyü dayandır',
  'membership.admin.suspended.done':
    'Üzvlük dayandırıldı. Təşkilatın sahiblərinə səbəbi bildirildi.',
  'membership.admin.reinstate': 'Üzvlüyü bərpa et',
  'membership.admin.reinstated': 'Üzvlük bərpa edildi. Təşkilatın sahiblərinə xəbər verildi.',
  'membership.admin.applications': 'Müraciətlər',
  'membership.admin.applications.none': 'Hələ müraciət yoxdur.',
  'verification.admin.title': 'Üzvlərin təsdiqi',
  'verification.admin.due':
    'Yenidən təsdiq lazımdır: müddəti bitib və ya {days, plural, one {# gün} other {# gün}} ərzində bitir',
  'verification.admin.due.none': 'Müddəti bitmiş və ya tezliklə bitəcək təsdiq yoxdur.',
  'verification.admin.expiredOn': '{day} tarixində bitib',
  'verification.admin.expiresOn': '{day} tarixində bitir',
  'verification.admin.find': 'Üzvü təsdiqləyin',
  'verification.admin.verify': 'Təsdiqlə',
  'verification.admin.verifyOne': '{name} təşkilatını təsdiqlə',
  'verification.admin.done': 'Təsdiq qeydə alındı.',
  'verification.admin.history': 'Təsdiqlər',
  'verification.admin.never': 'Heç vaxt təsdiqlənməyib.',
  'verification.admin.verifiedAt': 'Təsdiq tarixi',
  'verification.admin.verifiedBy': 'Kim',
  'verification.admin.expired': 'müddəti bitib',
  'verification.admin.revoked': 'ləğv edilib',
  'verification.field.evidence': 'Sübut',
  'verification.field.evidence.hint':
    'Nəyi və harada yoxladınız: məsələn, dövlət reyestrindəki qeyd, onun nömrəsi və tarixi, ya da baxdığınız sənədlər.',
  'verification.field.validUntil': 'Qüvvədə olduğu son gün',
  'verification.field.validUntil.hint':
    'Təsdiqin qüvvədə olduğu son gün. Başqa gün seçməsəniz, bu gündən bir il sonra.',
  'validation.membership.motivation.required': 'Təşkilatınızın niyə qoşulmaq istədiyini yazın',
  'validation.membership.motivation.tooLong': 'Motivasiya 5000 simvoldan çox olmamalıdır',
  'validation.membership.documents.required': 'Ən azı bir PDF faylı seçin',
  'validation.membership.documents.tooMany':
    'Ən çoxu {max, plural, one {# fayl} other {# fayl}} seçin',
  'validation.membership.documents.tooLarge':
    '{name} {max} MB-dan böyükdür. Daha kiçik PDF yükləyin',
  'validation.membership.documents.notPdf': '{name} PDF deyil. Yalnız PDF faylları yükləyin',
  'validation.membership.reason.required': 'Səbəbi yazın',
  'validation.membership.reason.tooLong': 'Səbəb 2000 simvoldan çox olmamalıdır',
  'validation.verification.evidence.required': 'Yoxladığınız sübutu təsvir edin',
  'validation.verification.evidence.tooLong': 'Sübut 5000 simvoldan çox olmamalıdır',
  'validation.verification.validUntil.invalid': 'Tarixi 2027-05-12 kimi yazın',
  'validation.verification.validUntil.past': 'Bu gündən sonrakı günü seçin',
  'validation.verification.validUntil.tooFar': 'Beş il ərzində olan günü seçin',
  'membership.mail.reason': 'Şəbəkənin idarəçiləri yazıb: {reason}',
  'membership.mail.approved.subject': '{organization} artıq {site} şəbəkəsinin üzvüdür',
  'membership.mail.approved.body':
    'Salam, {name}!\n\nŞəbəkə {organization} təşkilatının müraciətini təsdiqlədi: təşkilat artıq üzvdür və profili üzv təşkilatlar kataloqunda görünür.\n\n{note}\n\nÜzvlüyə baxın:\n{url}',
  'membership.mail.rejected.subject':
    '{organization} təşkilatının {site} şəbəkəsinə müraciəti rədd edildi',
  'membership.mail.rejected.body':
    'Salam, {name}!\n\nŞəbəkə {organization} təşkilatının müraciətini rədd etdi.\n\n{note}\n\nSəbəb aradan qalxandan sonra yenidən müraciət edə bilərsiniz:\n{url}',
  'membership.mail.suspended.subject':
    '{organization} təşkilatının {site} şəbəkəsində üzvlüyü dayandırıldı',
  'membership.mail.suspended.body':
    'Salam, {name}!\n\nŞəbəkə {organization} təşkilatının üzvlüyünü dayandırdı. Üzvlük bərpa olunana qədər profil ictimaiyyətdən gizlədilir.\n\n{note}\n\n{url}',
  'membership.mail.reinstated.subject':
    '{organization} təşkilatının {site} şəbəkəsində üzvlüyü bərpa edildi',
  'membership.mail.reinstated.body':
    'Salam, {name}!\n\nŞəbəkə {organization} təşkilatının üzvlüyünü bərpa etdi; profil yenidən hamıya açıqdır.\n\n{note}\n\n{url}',

  // logo

  // import and export

  // organisation API

  // network figures

  // directory: verified facet

  // acting on behalf of
};

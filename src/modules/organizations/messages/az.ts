import type { en } from './en.js';
// Organisations' words in Azerbaijani (Latin script): the same keys, in the same order, as en.ts.

export const az: Record<keyof typeof en, string> = {
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
  'org.logo.title': 'Loqo',
  'org.logo.alt': '{name} loqosu',
  'org.logo.none': 'Hələ loqo yoxdur.',
  'org.logo.field': 'Loqo şəkli',
  'org.logo.field.replace': 'Yeni loqo şəkli',
  'org.logo.hint':
    'Ən çoxu {max} MB həcmində PNG, JPEG və ya WebP şəkli. Daha böyük şəkillər {side} × {side} piksel ölçüsünə kiçildilir; ətrafında bir az boş yer olan kvadrat şəkil ən yaxşı görünür.',
  'org.logo.upload': 'Loqonu yüklə',
  'org.logo.remove': 'Loqonu sil',
  'org.logo.tooLargeBody':
    'Fayl 2 MB-dan böyükdür, loqo isə ən çoxu 2 MB ola bilər. Daha kiçik şəkil seçin.',
  'validation.org.logo.required': 'Loqo üçün şəkil faylı seçin',
  'validation.org.logo.tooLarge': '{name} {max} MB-dan böyükdür. Daha kiçik şəkil seçin',
  'validation.org.logo.type':
    '{name} PNG, JPEG və ya WebP şəkli deyil. Bu formatlardan birində şəkil seçin',
  'validation.org.logo.unreadable':
    '{name} şəkil kimi oxuna bilmədi: fayl zədələnmiş və ya natamam ola bilər. Onu yenidən saxlayıb bir daha yükləyin',
  'validation.org.logo.tooManyPixels':
    '{name} {max} milyon pikseldən böyükdür. Şəkli kiçildib yenidən yükləyin',

  // import and export
  'export.links': 'Bu təşkilatları yükləyin:',
  'export.csv': 'CSV (Excel)',
  'export.json': 'JSON',
  'validation.org.registrationNumber.taken':
    'Bu ölkədə başqa bir təşkilatın artıq bu qeydiyyat nömrəsi var',
  'import.lead':
    'Təşkilatların CSV faylını yükləyin (ən çoxu {max, number} sətir və {megabytes} MB). Əvvəlcə hər sətir yoxlanılır. Siz təsdiq edənədək heç nə idxal olunmur; hansısa sətirdə problem varsa, yalnız düzgün sətirləri idxal etməyi seçməsəniz, heç nə idxal olunmur. Qeydiyyat nömrəsi (öz ölkəsində) və ya IATI identifikatoru mövcud təşkilatla üst-üstə düşən sətir yenisini əlavə etmir, həmin təşkilatı yeniləyir.',
  'import.template': 'Nümunə CSV faylını yükləyin',
  'import.columns': 'Sütunlar',
  'import.columns.hint':
    'Birinci sətir sütunları adlandırır; name və country mütləqdir, hər sətirdə isə qeydiyyat nömrəsi və ya IATI identifikatoru olmalıdır. Bir xanadakı bir neçə dəyəri (sdgs, tags, working_languages, social_links) nöqtəli vergül (;) və ya şaquli xətt (|) ilə ayırın. Faylda olmayan sütunlar mövcud dəyərləri saxlayır; boş xana sahəni təmizləyir. Vergül və ya nöqtəli vergüllə ayrılmış, BOM ilə və ya BOM-suz UTF-8.',
  'import.file': 'CSV faylı',
  'import.file.hint': 'UTF-8, vergül və ya nöqtəli vergüllə ayrılmış — Excel-in saxladığı kimi.',
  'import.admit': 'Təşkilatları şəbəkə üzvü kimi qəbul et (onlar ictimai kataloqda görünəcək)',
  'import.check': 'Faylı yoxla',
  'import.recent': 'Son idxallar',
  'import.rows': 'Sətirlər',
  'import.status': 'Vəziyyət',
  'import.when': 'Yüklənib',
  'import.status.validated': 'Yoxlanılıb, təsdiq gözləyir',
  'import.status.queued': 'Başlamağı gözləyir',
  'import.status.running': 'İdxal olunur',
  'import.status.done': 'İdxal olunub',
  'import.status.failed': 'Uğursuz oldu',
  'import.job.title': '{file} faylının idxalı',
  'import.report.counts':
    '{total, plural, one {# sətir} other {# sətir}}, {bad, plural, =0 {problem tapılmadı} one {# sətirdə problem var} other {# sətirdə problem var}}.',
  'import.report.admit': 'İdxal olunan təşkilatlar şəbəkə üzvü kimi qəbul ediləcək.',
  'import.report.noAdmit':
    'Təşkilatların şəbəkə üzvlüyü dəyişməyəcək; yeni təşkilatlar üzv olmayacaq.',
  'import.report.nothing':
    'Heç nə idxal olunmayıb. Göstərilən sətirləri düzəldib faylı yenidən yükləyin və ya yalnız düzgün sətirləri idxal edin.',
  'import.start.all': '{count, plural, one {# təşkilatı} other {# təşkilatı}} idxal et',
  'import.start.valid': '{count, plural, one {# düzgün sətri} other {# düzgün sətri}} idxal et',
  'import.start.again': 'Yenidən başlat',
  'import.start.hasErrors':
    'Bu faylda problemli sətirlər var: yalnız düzgün sətirləri idxal edin və ya düzəldilmiş faylı yükləyin.',
  'import.start.nothingValid': 'Bu faylda idxal üçün düzgün sətir yoxdur.',
  'import.start.alreadyStarted': 'Bu idxal artıq başladılıb.',
  'import.problems.caption': 'Problemlər ({count, number} problemdən {shown, number} göstərilir)',
  'import.problems.row': 'Sətir',
  'import.problems.column': 'Sütun',
  'import.problems.reason': 'Problem',
  'import.problems.download': 'Bütün problemləri CSV kimi yükləyin',
  'import.progress.label': 'Gedişat',
  'import.progress': '{total, number} sətirdən {done, number}',
  'import.progress.refresh': 'Bu səhifə bir neçə saniyədən bir özü yenilənir.',
  'import.done.counts':
    '{created, number} yaradıldı, {updated, number} yeniləndi, {unchanged, number} dəyişmədi.',
  'import.done.skipped':
    '{count, plural, one {# sətir} other {# sətir}} idxal olunmadı; aşağıdakı problemlərə baxın.',
  'import.done.directory': 'Kataloqa baxın',
  'import.failure.interrupted':
    'İdxal server yenidən başladığı üçün bitmədən dayandı. Onu yenidən başlatmaq təhlükəsizdir: artıq idxal olunmuş sətirlər dəyişməz qalır.',
  'import.failure.row':
    'Bir sətri idxal etmək mümkün olmadı, ona görə heç nə idxal olunmadı. Aşağıdakı problemə baxın, sonra yenidən başladın və ya düzəldilmiş faylı yükləyin.',
  'import.failure.unexpected':
    'İdxal bizim tərəfdəki xəta səbəbindən dayandı; xəta qeydə alınıb. Onu yenidən başlatmaq təhlükəsizdir.',
  'import.file.required': 'İdxal üçün CSV faylı seçin',
  'import.file.notUtf8': 'Fayl UTF-8 mətni deyil. Excel-də onu "CSV UTF-8" kimi saxlayın.',
  'import.file.malformed':
    'Fayl düzgün CSV deyil (təxminən {line} nömrəli sətirdə): bağlanmamış dırnaq işarəsini yoxlayın.',
  'import.file.noRows': 'Faylda başlıq sətrindən sonra idxal ediləcək sətir yoxdur.',
  'import.file.unknownColumns':
    'Faylda Concord-un tanımadığı sütunlar var: {columns}. Onların adını dəyişin və ya silin (sütunların siyahısına baxın).',
  'import.file.duplicateColumns': 'Faylda sütun bir dəfədən çox adlandırılıb: {columns}.',
  'import.file.missingColumns': 'Faylda mütləq sütunlar yoxdur: {columns}.',
  'import.file.tooManyRows': 'Faylda {max, number} sətirdən çox var. Onu kiçik fayllara bölün.',
  'import.file.tooLarge': 'Fayl çox böyükdür (ən çoxu 10 MB). Onu kiçik fayllara bölün.',
  'import.row.keyRequired':
    'Qeydiyyat nömrəsi və ya IATI identifikatoru göstərin ki, faylı yenidən idxal etdikdə bu təşkilat ikinci dəfə əlavə olunmasın, yenilənsin',
  'import.row.repeated': 'Bu faylın {first} nömrəli sətrindəki təşkilatla eynidir',
  'import.row.twoOrganizations':
    'IATI identifikatoru və qeydiyyat nömrəsi iki fərqli təşkilata aiddir',
  'import.row.heldByOthers':
    'Artıq «{name}» təşkilatına məxsusdur: onu şəbəkənin hələ qəbul etmədiyi şəxslər yaradıb və bu sətrin idxalı onlara bu QHT-nin kimliyini verərdi. Onu açın: bu həmin QHT-dirsə, şəbəkəyə qəbul edin, deyilsə, qeydiyyat nömrəsini və ya IATI identifikatorunu düzəldin; sonra yenidən idxal edin.',
  'import.row.conflict':
    'Fayl idxal olunarkən başqa bir dəyişiklik bu qeydiyyat nömrəsini və ya IATI identifikatorunu tutdu',
  'figures.title': 'Rəqəmlərlə şəbəkə',
  'figures.lead': 'Şəbəkənin {date} tarixinə üzv təşkilatları, açıq profillərinə əsasən sayılıb.',
  'figures.members': '{count, plural, one {üzv təşkilat} other {üzv təşkilat}}',
  'figures.countries': '{count, plural, one {ölkə təmsil olunur} other {ölkə təmsil olunur}}',
  'figures.globalSouthShare': 'üzvlərin Qlobal Cənubdan olan payı',
  'figures.verified': '{count, plural, one {təsdiqlənmiş üzv} other {təsdiqlənmiş üzv}}',
  'figures.globalSouth.title': 'Qlobal Cənubun payı',
  'figures.globalSouth.definition':
    'Burada Qlobal Cənub dedikdə “{grouping}” qruplaşmasına daxil olan ölkələr nəzərdə tutulur.',
  'figures.globalSouth.source': 'Siyahının mənbəyi',
  'figures.globalSouth.part': 'Qlobal Cənub',
  'figures.globalSouth.elsewhere': 'Digər ölkələr',
  'figures.byRegion': 'Regionlar üzrə üzvlər',
  'figures.bySubRegion': 'Subregionlar üzrə üzvlər',
  'figures.bySdg': 'Dayanıqlı İnkişaf Məqsədləri üzrə üzvlər',
  'figures.bySdg.note':
    'Təşkilat üzərində işlədiyi hər məqsəd üçün bir dəfə sayılır, buna görə payların cəmi 100%-dən çox olur.',
  'figures.byType': 'Təşkilat növləri üzrə üzvlər',
  'figures.byCountry': 'Ölkələr üzrə üzvlər',
  'figures.byCountry.show': '{count, plural, one {# ölkəni göstər} other {Bütün # ölkəni göstər}}',
  'figures.type.none': 'Göstərilməyib',
  'figures.column.from': 'Haradan',
  'figures.column.region': 'Region',
  'figures.column.subRegion': 'Subregion',
  'figures.column.sdg': 'Məqsəd',
  'figures.column.type': 'Növ',
  'figures.column.country': 'Ölkə',
  'figures.column.members': 'Üzvlər',
  'figures.column.share': 'Payı',
  'figures.chart.description': 'Eyni rəqəmlər bu diaqramın yanındakı cədvəldədir.',
  'figures.noData': 'Hələ üzv təşkilat yoxdur.',
  'figures.json': 'Bu rəqəmlər JSON formatında (mətbuat və tərəfdaşlar üçün)',

  // directory: verified facet
  'directory.verified': 'Təsdiqlənmə',
  'directory.verified.only': 'Yalnız təsdiqlənmiş üzvlər',
  'directory.verified.badge': 'Təsdiqlənib',
  'acting.title': 'Kimin adından çıxış edirsiniz',
  'acting.intro':
    'Bəyanatı dəstəklədikdə və ya tədbirə qeydiyyatdan keçdikdə bunu təşkilatlarınızdan birinin adından və ya yalnız öz adınızdan edirsiniz. Kimin adından çıxış etdiyinizi seçin; hər belə formada bu seçim ilkin olaraq göstərilir və orada dəyişdirilə bilər.',
  'acting.none':
    'Siz heç bir təşkilata üzv deyilsiniz, buna görə yalnız öz adınızdan çıxış edirsiniz.',
  'acting.field.legend': 'Kimin adından',
  'acting.field.self': 'Yalnız öz adımdan',
  'acting.saved':
    'Yadda saxlanıldı. Hər səhifənin başlığında kimin adından çıxış etdiyiniz göstərilir.',
  'validation.acting.notMember': 'Üzv olduğunuz təşkilatlardan birini seçin.',
  'validation.acting.required': 'Adından çıxış etdiyiniz təşkilatı seçin.',
};

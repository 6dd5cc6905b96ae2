/**
 * Organisations' words in English, the reference for az.ts and ru.ts, which must have exactly
 * these keys (the type and a test check). Messages use ICU MessageFormat; plurals follow CLDR
 * rules.
 */
export const en = {
  'validation.org.name.required': 'Enter the organisation’s name',
  'validation.org.name.tooLong': 'The name must be 200 characters or fewer',
  'validation.org.acronym.tooLong': 'The acronym must be 20 characters or fewer',
  'validation.org.country.required': 'Choose the country where the organisation is registered',
  'validation.org.foundedYear.invalid': 'Enter a year between 1800 and this year, like 2009',
  'validation.org.phone.invalid': 'Enter a phone number in digits, like +994 12 345 67 89',
  'validation.org.description.tooLong': 'The description must be 10,000 characters or fewer',
  'validation.org.sdgs.invalid': 'Choose goals from the list',
  'validation.org.tags.invalid': 'Give at most 20 tags of at most 40 characters each',
  'validation.org.languages.invalid': 'Give language codes like az, en, ru, separated by commas',
  'validation.org.iatiIdentifier.invalid':
    'Enter an IATI identifier like AZ-MOJ-1234567: agency prefix, hyphen, number; no spaces',
  'validation.org.iatiIdentifier.taken':
    'Another organisation on Concord already uses this IATI identifier',
  'validation.org.iatiType.invalid': 'Choose a type from the list',
  'validation.org.role.invalid': 'Choose owner, admin or member',
  'org.create': 'Create an organisation',
  'org.create.body':
    'You will be its first owner. You can invite colleagues and apply to join the network afterwards.',
  'org.created': 'The organisation is created. You are its owner.',
  'org.saved': 'The profile is saved.',
  'org.edit': 'Edit profile',
  'org.edit.title': 'Edit the profile of {name}',
  'org.about': 'About',
  'org.people': 'People',
  'org.people.title': 'People of {name}',
  'org.people.noneListed': 'Nobody is listed yet.',
  'org.people.role': 'Role',
  'org.people.roleOf': 'Role of {name}',
  'org.people.changeRole': 'Change',
  'org.people.changeRoleOf': 'Change the role of {name}',
  'org.people.remove': 'Remove',
  'org.people.removeName': 'Remove {name}',
  'org.people.saved': 'The change is saved.',
  'org.members.lastOwner':
    'An organisation needs at least one owner. Make someone else an owner first.',
  'org.leave': 'Leave this organisation',
  'org.backToProfile': 'Back to the profile',
  'org.mine.title': 'My organisations',
  'org.mine.none': 'You do not belong to any organisation yet.',
  'org.role.owner': 'Owner',
  'org.role.admin': 'Administrator',
  'org.role.member': 'Member',
  'org.status.none': 'Not a member of the network',
  'org.status.applied': 'Application to the network under review',
  'org.status.member': 'Member of the network',
  'org.status.rejected': 'Application to the network declined',
  'org.status.suspended': 'Membership suspended',
  'org.form.identity': 'Name and registration',
  'org.form.place': 'Where to find it',
  'org.form.work': 'What it does',
  'org.form.registration': 'Registration details',
  'org.form.contact': 'Website, email and phone',
  'org.form.topics': 'Goals, themes and languages',
  'org.form.iati': 'IATI, for funders’ reporting',
  'org.field.name': 'Name',
  'org.field.name.hint': 'As the organisation writes it, in its own language.',
  'org.field.nameAz': 'Name in Azerbaijani',
  'org.field.nameEn': 'Name in English',
  'org.field.nameRu': 'Name in Russian',
  'org.field.acronym': 'Acronym',
  'org.field.legalForm': 'Legal form',
  'org.field.registrationNumber': 'Registration number',
  'org.field.registeringAuthority': 'Registering authority',
  'org.field.foundedYear': 'Year founded',
  'org.field.country': 'Country',
  'org.field.country.choose': 'Choose a country',
  'org.field.city': 'City',
  'org.field.website': 'Website',
  'org.field.email': 'Public email address',
  'org.field.phone': 'Phone',
  'org.field.socialLinks': 'Social media pages',
  'org.field.socialLinks.hint': 'One web address per line.',
  'org.field.descriptionAz': 'Description in Azerbaijani',
  'org.field.descriptionEn': 'Description in English',
  'org.field.descriptionRu': 'Description in Russian',
  'org.field.description.hint':
    'Fill in the languages you can; people see their own language first. Markdown works: **bold**, lists, links.',
  'org.field.sdgs': 'Sustainable Development Goals it works on',
  'org.field.tags': 'Themes',
  'org.field.tags.hint': 'Separated by commas, like: displaced people, housing, youth.',
  'org.field.workingLanguages': 'Working languages',
  'org.field.workingLanguages.hint': 'Language codes separated by commas, like: az, en, ru.',
  'org.field.iatiIdentifier': 'IATI organisation identifier',
  'org.field.iatiIdentifier.hint':
    'The registration agency prefix and number, like AZ-MOJ-1234567.',
  'org.field.iatiType': 'IATI organisation type',
  'org.field.iatiType.none': 'Not given',
  // invitations
  'org.invitations.title': 'Invitations',
  'org.invitations.none': 'No invitations are waiting for an answer.',
  'org.invitations.invitedBy': 'Invited by',
  'org.invitations.expires': 'Link works until',
  'org.invitations.revoke': 'Withdraw',
  'org.invitations.revokeFor': 'Withdraw the invitation to {email}',
  'org.invitations.invite': 'Invite someone',
  'org.invitations.invite.title': 'Invite someone to {name}',
  'org.invitations.invite.hint':
    'We email a link to this address. It works once, for {days, plural, one {# day} other {# days}}, and only for an account with this address.',
  'org.invitations.send': 'Send the invitation',
  'org.invitations.sent': 'The invitation is sent.',
  'org.invitations.revoked': 'The invitation is withdrawn; its link no longer works.',
  'validation.org.invitation.member': 'This person already belongs to the organisation',
  'validation.org.invitation.pending':
    'An invitation to this address is already waiting. Withdraw it first to send a new one',
  'org.invitation.heading': 'Invitation',
  'org.invitation.title': 'Invitation to {organization}',
  'org.invitation.lead':
    '{inviter} invites you to join {organization} as {role, select, owner {an owner} admin {an administrator} other {a member}}.',
  'org.invitation.leadAnonymous':
    'You are invited to join {organization} as {role, select, owner {an owner} admin {an administrator} other {a member}}.',
  'org.invitation.expiresAt': 'The invitation works until {date}.',
  'org.invitation.accept': 'Accept and join',
  'org.invitation.signIn': 'Sign in as {email} to accept',
  'org.invitation.noAccount':
    'No account yet? Create one with {email}, confirm the address, then open this link again.',
  'org.invitation.otherAddress':
    'This invitation was sent to {email}. Sign in with that address to accept it, or ask the organisation to invite the address you use here.',
  'org.invitation.notFound':
    'This invitation link does not work. Check that you opened the whole link from the message.',
  'org.invitation.used': 'This invitation has already been used. Each invitation works only once.',
  'org.invitation.revoked': 'The organisation has withdrawn this invitation.',
  'org.invitation.expired': 'This invitation has expired. Ask the organisation to send a new one.',
  'org.invitation.alreadyMember':
    'You already belong to this organisation, so your role stays as it is. The invitation is now used.',
  'org.invitation.toOrganization': 'Go to the organisation',
  'mail.invite.subject': '{inviter} invites you to {organization} on {site}',
  'mail.invite.body':
    'Hello,\n\n{inviter} invites you to join {organization} on {site} as {role, select, owner {an owner} admin {an administrator} other {a member}}.\n\nOpen this link to accept:\n{url}\n\nThe link works for {days, plural, one {# day} other {# days}}, only once, and only for an account with this email address. If you have no account yet, create one with this address first. If you did not expect this invitation, ignore this message.',
  'directory.title': 'Member organisations',
  'directory.search': 'Search by name, theme or place',
  'directory.searchSubmit': 'Search',
  'directory.count':
    '{count, plural, =0 {No organisations found} one {# organisation} other {# organisations}}',
  'directory.filters': 'Filters',
  'directory.filters.summary':
    '{count, plural, =0 {Filters} one {Filters (# active)} other {Filters (# active)}}',
  'directory.filters.active': 'Active filters',
  'directory.filters.remove': 'Remove filter: {filter}',
  'directory.filters.clear': 'Clear all',
  'directory.results': 'Results',
  'directory.any': 'Any',
  'directory.region': 'Region',
  'directory.globalSouth': 'Global South',
  'directory.globalSouth.only': 'Only the Global South',
  'directory.none': 'No organisation matches. Try fewer words or remove a filter.',
  'directory.next': 'Next page',
  // membership
  'membership.title': 'Network membership of {name}',
  'membership.link': 'Network membership',
  'membership.state': 'State:',
  'membership.applied':
    'Your application is sent. The network’s administrators will review it and write to the organisation’s owners.',
  'membership.withdrawn': 'The application is withdrawn. You can apply again at any time.',
  'membership.apply.title': 'Apply to join the network',
  'membership.apply.body':
    'Tell the network why your organisation wants to join, and upload the documents the network asks for, such as the registration certificate and the charter.',
  'membership.apply.submit': 'Send the application',
  'membership.apply.pending': 'Your organisation already has an application under review.',
  'membership.apply.member': 'Your organisation is already a member of the network.',
  'membership.apply.suspended':
    'Your organisation’s membership is suspended. Write to the network’s administrators to have it reinstated.',
  'membership.field.motivation': 'Motivation',
  'membership.field.motivation.hint':
    'A few paragraphs: what your organisation does, and why it wants to join the network.',
  'membership.field.documents': 'Documents (PDF)',
  'membership.field.documents.hint':
    'Up to {count} PDF files, at most {each} MB each and {total} MB together. You can choose several at once.',
  'membership.documents': 'Documents',
  'membership.documents.none': 'No documents.',
  'membership.documents.tooLargeTotal':
    'The files together are larger than {max} MB. Send fewer or smaller files.',
  'membership.pending.title': 'Application under review',
  'membership.pending.body':
    'Sent on {date}. The network’s administrators will write to the organisation’s owners when they decide.',
  'membership.withdraw': 'Withdraw the application',
  'membership.rejected.reason': 'The network declined the last application: {reason}',
  'membership.suspended.body':
    'The network has suspended your organisation’s membership: its profile is hidden from the public until it is reinstated.',
  'membership.history': 'Earlier applications',
  'membership.submitted': 'Sent',
  'membership.decision': 'Outcome',
  'membership.decided': 'Decided',
  'membership.reason': 'Reason',
  'membership.application.pending': 'Under review',
  'membership.application.approved': 'Approved',
  'membership.application.rejected': 'Declined',
  'membership.application.withdrawn': 'Withdrawn',
  'membership.review.alreadyDecided': 'This application has already been decided or withdrawn.',
  'membership.suspend.notMember': 'Only a member of the network can be suspended.',
  'membership.reinstate.notSuspended': 'Only a suspended membership can be reinstated.',
  'membership.verify.notMember': 'Only members of the network can be verified.',
  'membership.badge.verified': 'Verified by the network on {on}, until {until}',
  'membership.badge.expired': 'Verification expired on {until}',
  'membership.admin.link': 'Membership (administration)',
  'membership.admin.queue': 'Waiting for a decision, oldest first',
  'membership.admin.queue.none': 'No applications are waiting.',
  'membership.admin.more': 'More applications',
  'membership.admin.organization': 'Organisation',
  'membership.admin.find': 'Find an organisation',
  'membership.admin.search': 'Name or web address',
  'membership.admin.search.none': 'No organisation matches.',
  'membership.admin.suspended': 'Suspended members',
  'membership.admin.suspended.none': 'No membership is suspended.',
  'membership.admin.application': 'Application of {name}',
  'membership.admin.backToQueue': 'Back to the applications',
  'membership.admin.profileSummary': 'Profile',
  'membership.admin.profile': 'Public profile',
  'membership.admin.decide': 'Decision',
  'membership.admin.note': 'Note to the organisation',
  'membership.admin.note.hint':
    'Optional. It goes in the email to the organisation’s owners and in the audit log.',
  'membership.admin.approve': 'Approve: make it a member',
  'membership.admin.rejectReason': 'Reason for declining',
  'membership.admin.rejectReason.hint': 'Required. The organisation’s owners receive it by email.',
  'membership.admin.reject': 'Decline the application',
  'membership.admin.approved':
    'The application is approved; the organisation is now a member. Its owners have been told.',
  'membership.admin.rejected':
    'The application is declined. The organisation’s owners have been told why.',
  'membership.admin.organizationTitle': 'Membership of {name}',
  'membership.admin.suspendReason': 'Reason for suspending',
  'membership.admin.suspendReason.hint':
    'Required. The organisation’s owners receive it by email; the profile is hidden until the membership is reinstated.',
  'membership.admin.suspend': 'Suspend the membership',
  'membership.admin.suspended.done':
    'The membership is suspended. The organisation’s owners have been told why.',
  'membership.admin.reinstate': 'Reinstate the membership',
  'membership.admin.reinstated':
    'The membership is reinstated. The organisation’s owners have been told.',
  'membership.admin.applications': 'Applications',
  'membership.admin.applications.none': 'No applications yet.',
  'verification.admin.due':
    'Due for re-verification: expired, or ending within {days, plural, one {# day} other {# days}}',
  'verification.admin.due.none': 'No verification has expired or ends soon.',
  'verification.admin.expiredOn': 'Expired on {day}',
  'verification.admin.expiresOn': 'Ends on {day}',
  'verification.admin.find': 'Verify a member',
  'verification.admin.verify': 'Verify',
  'verification.admin.verifyOne': 'Verify {name}',
  'verification.admin.done': 'The verification is recorded.',
  'verification.admin.history': 'Verifications',
  'verification.admin.never': 'Never verified.',
  'verification.admin.verifiedAt': 'Verified',
  'verification.admin.verifiedBy': 'By',
  'verification.admin.expired': 'expired',
  'verification.admin.revoked': 'revoked',
  'verification.field.evidence': 'Evidence',
  'verification.field.evidence.hint':
    'What you checked and where: for example the entry in the state register, its number and date, or the documents you saw.',
  'verification.field.validUntil': 'Valid until',
  'verification.field.validUntil.hint':
    'The last day the verification holds. One year from today unless you choose another day.',
  'validation.membership.motivation.required': 'Write why your organisation wants to join',
  'validation.membership.motivation.tooLong': 'The motivation must be 5,000 characters or fewer',
  'validation.membership.documents.required': 'Choose at least one PDF file',
  'validation.membership.documents.tooMany':
    'Choose at most {max, plural, one {# file} other {# files}}',
  'validation.membership.documents.tooLarge':
    '{name} is larger than {max} MB. Upload a smaller PDF',
  'validation.membership.documents.notPdf': '{name} is not a PDF. Upload PDF files only',
  'validation.membership.reason.required': 'Give the reason',
  'validation.membership.reason.tooLong': 'The reason must be 2,000 characters or fewer',
  'validation.verification.evidence.required': 'Describe the evidence you checked',
  'validation.verification.evidence.tooLong': 'The evidence must be 5,000 characters or fewer',
  'validation.verification.validUntil.invalid': 'Enter a date like 2027-05-12',
  'validation.verification.validUntil.past': 'Choose a day after today',
  'validation.verification.validUntil.tooFar': 'Choose a day within five years',
  'membership.mail.reason': 'The network’s administrators wrote: {reason}',
  'membership.mail.approved.subject': '{organization} is now a member of {site}',
  'membership.mail.approved.body':
    'Hello {name},\n\nThe network has approved the application of {organization}: it is now a member, and its profile appears in the directory of member organisations.\n\n{note}\n\nSee its membership:\n{url}',
  'membership.mail.rejected.subject': 'The application of {organization} to {site} was declined',
  'membership.mail.rejected.body':
    'Hello {name},\n\nThe network has declined the application of {organization}.\n\n{note}\n\nYou may apply again once the reason is addressed:\n{url}',
  'membership.mail.suspended.subject': 'The membership of {organization} in {site} is suspended',
  'membership.mail.suspended.body':
    'Hello {name},\n\nThe network has suspended the membership of {organization}. Its profile is hidden from the public until the membership is reinstated.\n\n{note}\n\n{url}',
  'membership.mail.reinstated.subject': 'The membership of {organization} in {site} is reinstated',
  'membership.mail.reinstated.body':
    'Hello {name},\n\nThe network has reinstated the membership of {organization}; its profile is public again.\n\n{note}\n\n{url}',

  // logo
  'org.logo.title': 'Logo',
  'org.logo.alt': 'Logo of {name}',
  'org.logo.none': 'No logo yet.',
  'org.logo.field': 'Logo image',
  'org.logo.field.replace': 'New logo image',
  'org.logo.hint':
    'A PNG, JPEG or WebP image of at most {max} MB. Larger pictures are scaled down to fit {side} × {side} pixels; a square image with some space around the mark looks best.',
  'org.logo.upload': 'Upload the logo',
  'org.logo.remove': 'Remove the logo',
  'org.logo.tooLargeBody':
    'The file is larger than 2 MB, the most a logo may have. Choose a smaller image.',
  'validation.org.logo.required': 'Choose an image file for the logo',
  'validation.org.logo.tooLarge': '{name} is larger than {max} MB. Choose a smaller image',
  'validation.org.logo.type':
    '{name} is not a PNG, JPEG or WebP image. Choose an image in one of these formats',
  'validation.org.logo.unreadable':
    '{name} could not be read as an image: it may be damaged or incomplete. Save it again and upload it once more',
  'validation.org.logo.tooManyPixels':
    '{name} has more than {max} million pixels. Scale it down and upload it again',

  // import and export
  'export.links': 'Download these organisations:',
  'export.csv': 'CSV (Excel)',
  'export.json': 'JSON',
  'validation.org.registrationNumber.taken':
    'Another organisation in this country already has this registration number',
  'import.lead':
    'Upload a CSV file of organisations (at most {max, number} rows and {megabytes} MB). Every row is checked first. Nothing is imported until you confirm, and nothing at all while any row has a problem, unless you choose to import only the valid rows. A row whose registration number (in its country) or IATI identifier matches an organisation updates it instead of adding another.',
  'import.template': 'Download a template CSV file',
  'import.columns': 'Columns',
  'import.columns.hint':
    'The first row names the columns; name and country are required, and every row needs a registration number or an IATI identifier. Separate several values in one cell (sdgs, tags, working_languages, social_links) with a semicolon (;) or a vertical bar (|). Columns the file leaves out keep their current values; an empty cell clears the field. Comma or semicolon separated, UTF-8 with or without BOM.',
  'import.file': 'CSV file',
  'import.file.hint': 'UTF-8, comma or semicolon separated, as Excel saves it.',
  'import.admit':
    'Admit the organisations as network members (they appear in the public directory)',
  'import.check': 'Check the file',
  'import.recent': 'Recent imports',
  'import.rows': 'Rows',
  'import.status': 'Status',
  'import.when': 'Uploaded',
  'import.status.validated': 'Checked, waiting for confirmation',
  'import.status.queued': 'Waiting to start',
  'import.status.running': 'Importing',
  'import.status.done': 'Imported',
  'import.status.failed': 'Failed',
  'import.job.title': 'Import of {file}',
  'import.report.counts':
    '{total, plural, one {# row} other {# rows}}, {bad, plural, =0 {no problems found} one {# row with problems} other {# rows with problems}}.',
  'import.report.admit': 'Imported organisations will be admitted as network members.',
  'import.report.noAdmit':
    'The network membership of the organisations will not change; new ones will not be members.',
  'import.report.nothing':
    'Nothing has been imported. Correct the rows listed and upload the file again, or import only the valid rows.',
  'import.start.all': 'Import {count, plural, one {# organisation} other {# organisations}}',
  'import.start.valid': 'Import the {count, plural, one {# valid row} other {# valid rows}}',
  'import.start.again': 'Start again',
  'import.start.hasErrors':
    'This file has rows with problems: import only its valid rows, or upload a corrected file.',
  'import.start.nothingValid': 'This file has no valid row to import.',
  'import.start.alreadyStarted': 'This import has already been started.',
  'import.problems.caption': 'Problems ({shown, number} of {count, number} shown)',
  'import.problems.row': 'Row',
  'import.problems.column': 'Column',
  'import.problems.reason': 'Problem',
  'import.problems.download': 'Download every problem as CSV',
  'import.progress.label': 'Progress',
  'import.progress': '{done, number} of {total, number} rows',
  'import.progress.refresh': 'This page refreshes itself every few seconds.',
  'import.done.counts':
    '{created, number} created, {updated, number} updated, {unchanged, number} unchanged.',
  'import.done.skipped':
    '{count, plural, one {# row was} other {# rows were}} not imported; see the problems below.',
  'import.done.directory': 'See the directory',
  'import.failure.interrupted':
    'The import stopped before it finished, when the server restarted. Starting it again is safe: rows already imported come out unchanged.',
  'import.failure.row':
    'A row could not be imported, so nothing was imported. See the problem below, then start again or upload a corrected file.',
  'import.failure.unexpected':
    'The import stopped because of an error on our side; it has been logged. Starting it again is safe.',
  'import.file.required': 'Choose a CSV file to import',
  'import.file.notUtf8': 'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8".',
  'import.file.malformed':
    'The file is not valid CSV (near line {line}): check for an unclosed quotation mark.',
  'import.file.noRows': 'The file has no rows to import under its header row.',
  'import.file.unknownColumns':
    'The file has columns that Concord does not know: {columns}. Rename or remove them (see the list of columns).',
  'import.file.duplicateColumns': 'The file names a column more than once: {columns}.',
  'import.file.missingColumns': 'The file lacks required columns: {columns}.',
  'import.file.tooManyRows':
    'The file has more than {max, number} rows. Split it into smaller files.',
  'import.file.tooLarge': 'The file is too large (at most 10 MB). Split it into smaller files.',
  'import.row.keyRequired':
    'Give a registration number or an IATI identifier, so that importing the file again updates this organisation instead of adding it twice',
  'import.row.repeated': 'The same organisation as row {first} of this file',
  'import.row.twoOrganizations':
    'The IATI identifier and the registration number belong to two different organisations',
  'import.row.heldByOthers':
    'Already held by «{name}», an organisation created by people whom the network has not admitted: importing this row would give them the identity of this NGO. Open it and admit it if it is this NGO, or correct its registration number or IATI identifier; then import again.',
  'import.row.conflict':
    'Another change took this registration number or IATI identifier while the file was being imported',
  'figures.title': 'The network in figures',
  'figures.home.link': 'See the network in figures: members by country, region and goal',
  'figures.lead':
    'Member organisations of the network on {date}, counted from their public profiles.',
  'figures.members': '{count, plural, one {member organisation} other {member organisations}}',
  'figures.countries': '{count, plural, one {country represented} other {countries represented}}',
  'figures.globalSouthShare': 'of members from the Global South',
  'figures.verified': '{count, plural, one {verified member} other {verified members}}',
  'figures.globalSouth.title': 'Share from the Global South',
  'figures.globalSouth.definition':
    'Here the Global South means the countries in the grouping “{grouping}”.',
  'figures.globalSouth.source': 'Source of the list',
  'figures.globalSouth.part': 'Global South',
  'figures.globalSouth.elsewhere': 'Elsewhere',
  'figures.byRegion': 'Members by region',
  'figures.bySubRegion': 'Members by sub-region',
  'figures.bySdg': 'Members by Sustainable Development Goal',
  'figures.bySdg.note':
    'An organisation counts once for each goal it works on, so the shares add up to more than 100%.',
  'figures.byType': 'Members by organisation type',
  'figures.byCountry': 'Members by country',
  'figures.byCountry.show':
    '{count, plural, one {Show the # country} other {Show all # countries}}',
  'figures.type.none': 'Not stated',
  'figures.column.from': 'From',
  'figures.column.region': 'Region',
  'figures.column.subRegion': 'Sub-region',
  'figures.column.sdg': 'Goal',
  'figures.column.type': 'Type',
  'figures.column.country': 'Country',
  'figures.column.members': 'Members',
  'figures.column.share': 'Share',
  'figures.chart.description': 'The same figures are in the table next to this chart.',
  'figures.noData': 'No member organisations yet.',
  'figures.json': 'These figures as JSON (for the press and partners)',

  // directory: verified facet
  'directory.verified': 'Verification',
  'directory.verified.only': 'Only verified members',
  'directory.verified.badge': 'Verified',
  'acting.title': 'Whom you act for',
  'acting.intro':
    'When you endorse a statement or register for an event, you do it on behalf of one of your organisations or only for yourself. Choose who that is; every such form starts with this choice and lets you change it there.',
  'acting.none': 'You do not belong to any organisation, so you act only for yourself.',
  'acting.field.legend': 'On behalf of',
  'acting.field.self': 'Only myself',
  'acting.saved': 'Saved. The header of every page shows whom you act for.',
  'validation.acting.notMember': 'Choose one of the organisations you belong to.',
  'validation.acting.required': 'Choose the organisation you act for.',

  // The audit log's label of each action this module records (`audit.action.` and the action).
  'audit.action.organization.create': 'Organisation created',
  'audit.action.organization.update': 'Organisation profile updated',
  'audit.action.organization.logo.update': 'Logo changed',
  'audit.action.organization.logo.remove': 'Logo removed',
  'audit.action.organization.member.role': "A member's role changed",
  'audit.action.organization.member.leave': 'A member left the organisation',
  'audit.action.organization.member.remove': 'A member removed from the organisation',
  'audit.action.organization.acting.choose': 'Chose whom to act for',
  'audit.action.organization.verify': 'Organisation verified',
  'audit.action.organization.import.start': 'Import of organisations started',
  'audit.action.organization.import.finish': 'Import of organisations finished',
  'audit.action.organization.import.fail': 'Import of organisations failed',
  'audit.action.organization.invitation.create': 'Invitation to the organisation sent',
  'audit.action.organization.invitation.revoke': 'Invitation to the organisation withdrawn',

  // The audit log's names of the things its entries are about, and of those since deleted.
  'audit.subject.organization.deleted': 'Organisation (deleted)',
  'audit.subject.organization_import.deleted': 'Import of organisations (deleted)',
  'audit.action.organization.invitation.accept': 'Invitation to the organisation accepted',
  'audit.action.organization.membership.apply': 'Applied to join the network',
  'audit.action.organization.membership.withdraw': 'Membership application withdrawn',
  'audit.action.organization.membership.approve': 'Membership application approved',
  'audit.action.organization.membership.reject': 'Membership application declined',
  'audit.action.organization.membership.suspend': 'Membership suspended',
  'audit.action.organization.membership.reinstate': 'Membership reinstated',
  'audit.action.organization.membership.admit': 'Organisation admitted to the network',
} as const;

// These keys join the one MessageKey type (platform/i18n): a page can use them, and a key no
// catalogue defines fails typecheck.
declare module '../../../platform/i18n/index.js' {
  interface Messages extends Record<keyof typeof en, string> {}
}

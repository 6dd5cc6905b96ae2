/**
 * The programme as a PDF to print or send: the same days and sessions as the page (filters
 * included), set in DejaVu Sans, which covers Azerbaijani ə ğ ı ş and Cyrillic in one font.
 */
import { fileURLToPath } from 'node:url';
import type PDFDocument from 'pdfkit';
import type { Locale, Translate } from '../../../platform/i18n/index.js';
import { SDGS } from '../../reference/index.js';
import type { ProgrammeView, SessionView } from './presenters.js';

const REGULAR = fileURLToPath(import.meta.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const BOLD = fileURLToPath(import.meta.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const MUTED = '#555555';

type PdfDocument = InstanceType<typeof PDFDocument>;

function people(list: SessionView['speakers']) {
  return list.map((p) => (p.organization ? `${p.name} (${p.organization})` : p.name)).join(', ');
}

function writeSession(doc: PdfDocument, session: SessionView, t: Translate, locale: Locale) {
  // A session is not split across pages when it fits on the next one.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
  const where = [session.time, session.room, session.trackLabel].filter(Boolean).join(' · ');
  doc.font('DejaVuSans').fontSize(9).fillColor(MUTED).text(where);
  doc.font('DejaVuSans-Bold').fontSize(11).fillColor('black').text(session.title);
  doc.font('DejaVuSans').fontSize(9);
  if (session.moderators.length > 0) {
    doc.text(`${t('programme.moderator')}: ${people(session.moderators)}`);
  }
  if (session.speakers.length > 0) {
    doc.text(`${t('programme.speakers')}: ${people(session.speakers)}`);
  }
  if (session.topics.length > 0) {
    doc.text(`${t('programme.topics')}: ${session.topics.map((topic) => topic.label).join(', ')}`);
  }
  if (session.sdgs.length > 0) {
    const goals = session.sdgs.map((n) => `${n}. ${SDGS[n]?.[locale] ?? ''}`).join('; ');
    doc
      .fillColor(MUTED)
      .text(`${t('event.sdgs')}: ${goals}`)
      .fillColor('black');
  }
  doc.moveDown(0.8);
}

/**
 * @example const bytes = await programmePdf({ title, network: site.name, programme, t, locale })
 * `compress: false` leaves the page text readable in the bytes (tests read it).
 */
export async function programmePdf(input: {
  title: string;
  /** The network's name, over the title of every programme it prints. */
  network: string;
  programme: ProgrammeView;
  t: Translate;
  locale: Locale;
  compress?: boolean;
}): Promise<Buffer> {
  const { title, programme, t, locale } = input;
  // Loaded on the first PDF, not at start: pdfkit and its font tables hold some 20 MB.
  const { default: PdfKit } = await import('pdfkit');
  const doc = new PdfKit({
    size: 'A4',
    margin: 50,
    compress: input.compress ?? true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: t('programme.title', { title }),
      Subject: title,
      Author: input.network,
      Creator: 'Concord',
    },
  });
  doc.registerFont('DejaVuSans', REGULAR);
  doc.registerFont('DejaVuSans-Bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('DejaVuSans').fontSize(10).fillColor(MUTED).text(input.network).fillColor('black');
  doc.font('DejaVuSans-Bold').fontSize(18).text(t('programme.title', { title }));
  doc.font('DejaVuSans').fontSize(9).fillColor(MUTED);
  doc.text(t('event.timeZone', { zone: programme.zoneLabel })).fillColor('black');
  doc.moveDown();
  if (programme.days.length === 0) doc.fontSize(11).text(t('programme.empty'));
  for (const day of programme.days) {
    doc.font('DejaVuSans-Bold').fontSize(14).text(day.label);
    doc.moveDown(0.4);
    for (const slot of day.slots) {
      for (const session of slot.sessions) writeSession(doc, session, t, locale);
    }
    doc.moveDown(0.5);
  }
  doc.end();
  return done;
}

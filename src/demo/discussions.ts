/**
 * The demo's discussions, written through the discussions module's services: conversations on
 * the Khankendi forum's sessions in Azerbaijani, English and Russian, on the report's topics
 * (the "digital NGO", preparing for WUF13 in Baku, the Great Return), with replies, a quote and
 * agreements; and a network topic between forums. Most posts leave their language to be
 * detected, as people writing usually do.
 */
import type { ConcordModules } from '../boot.js';
import { openDiscussion, setAgreement, writePost } from '../modules/discussions/index.js';
import type { EventRow } from '../modules/events/index.js';
import type { Actor } from '../platform/http/context.js';
import type { DemoOrg } from './quiet.js';

type Post = { by: Actor; body: string; replyTo?: number; quote?: number; agreedBy?: Actor[] };

const must = <T extends { ok: boolean }>(what: string, outcome: T) => {
  if (!outcome.ok) throw new Error(`demo discussion ${what}: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
};

/**
 * @param people The story's people by name (Xatirə Vəliyeva, Amina Diallo, Rahul Menon,
 * Айгерим Сапарова); `forumOrg` opens the sessions' discussions, as their organiser.
 */
export async function loadDiscussions(
  concord: ConcordModules,
  forum: { forum: EventRow; sessions: Map<string, string> },
  forumOrg: DemoOrg,
  secretariat: Actor,
  people: Map<string, Actor>,
) {
  const ctx = concord.discussions;
  const person = (name: string) => {
    const found = people.get(name);
    if (!found) throw new Error(`demo person missing: ${name}`);
    return found;
  };
  const xatire = person('Xatirə Vəliyeva');
  const amina = person('Amina Diallo');
  const rahul = person('Rahul Menon');
  const aigerim = person('Айгерим Сапарова');
  const office = forumOrg.owner;
  const session = (title: string) => {
    const id = forum.sessions.get(title);
    if (!id) throw new Error(`demo session missing: ${title}`);
    return { kind: 'session' as const, id };
  };

  async function thread(
    opened: {
      by: Actor;
      onBehalfOf?: string;
      parent: Parameters<typeof openDiscussion>[2]['parent'];
    },
    title: string,
    visibility: 'public' | 'members' | 'participants',
    posts: Post[],
  ) {
    const [first, ...rest] = posts;
    const { id, firstPostId } = must(
      title,
      await openDiscussion(
        ctx,
        { actor: opened.by },
        {
          parent: opened.parent,
          title,
          visibility,
          body: first!.body,
          language: undefined,
          onBehalfOf: opened.onBehalfOf,
        },
        'en',
      ),
    );
    const ids = [firstPostId];
    for (const post of rest) {
      const written = must(
        title,
        await writePost(
          ctx,
          post.by,
          id,
          {
            body: post.body,
            language: undefined,
            onBehalfOf: undefined,
            replyTo: post.replyTo === undefined ? undefined : ids[post.replyTo],
            quote: post.quote === undefined ? undefined : ids[post.quote],
          },
          post.by.locale ?? 'en',
        ),
      );
      ids.push(written.id);
    }
    for (const [index, post] of posts.entries()) {
      for (const agreeing of post.agreedBy ?? [])
        await setAgreement(ctx, agreeing, ids[index]!, true);
    }
  }

  await thread(
    {
      by: office,
      onBehalfOf: forumOrg.id,
      parent: session('The “digital NGO”: artificial intelligence and measurable results'),
    },
    'Which digital tools made your results measurable?',
    'public',
    [
      {
        by: office,
        body: 'At the workshop we heard how digital tools help NGOs achieve **more measurable results**. Which tool changed the way your organisation reports what it achieves, and what would you recommend to others?',
        agreedBy: [xatire, amina, aigerim],
      },
      {
        by: amina,
        body: 'We replaced paper forms with a simple mobile survey. Our volunteers now record every water point they visit, and the monthly report is ready the same day instead of three weeks later.',
        replyTo: 0,
        agreedBy: [rahul, office],
      },
      {
        by: aigerim,
        body: 'Мы используем открытые данные о качестве воздуха и публикуем короткие отчёты для жителей. Искусственный интеллект помогает нам переводить их на казахский и русский языки.',
        replyTo: 0,
        agreedBy: [amina],
      },
      {
        by: xatire,
        body: 'Bizim birlik qayıdan ailələrin müraciətlərini onlayn cədvəldə izləyir. Hər ay neçə ailənin sənəd, mənzil və iş məsələsinin həll olunduğunu dəqiq görürük.',
        quote: 1,
        agreedBy: [office, aigerim, amina],
      },
    ],
  );

  await thread(
    {
      by: office,
      onBehalfOf: forumOrg.id,
      parent: session('Towards WUF13: the experience of post-conflict urban development'),
    },
    'WUF13 Bakıda: QHT-lər iştiraka necə hazırlaşır?',
    'members',
    [
      {
        by: office,
        body: 'Dünya Şəhərsalma Forumunun 13-cü sessiyası Azərbaycanda keçiriləcək. Təşkilatınız hansı mövzu ilə çıxış etməyi planlaşdırır və nümayəndə heyətinə kimlər daxil olacaq?',
      },
      {
        by: rahul,
        body: 'Kerala Water Trust would like to share how small towns rebuilt their water supply after the floods. We are looking for partners from Azerbaijan for a joint side event.',
        replyTo: 0,
        agreedBy: [xatire],
      },
      {
        by: xatire,
        body: 'Azad edilmiş ərazilərdə yenidən qurulan şəhərlərin təcrübəsi WUF13 üçün çox maraqlı olacaq. Birliyimiz qayıdan icmaların səsini forumda eşitdirməyə hazırdır.',
        replyTo: 1,
        agreedBy: [office, rahul],
      },
    ],
  );

  await thread(
    { by: office, parent: session('The Great Return: rebuilt towns and their communities') },
    'Великое возвращение: как НПО поддерживают жизнь общин',
    'participants',
    [
      {
        by: office,
        body: 'Шесть городов, два посёлка и двадцать сёл восстановлены, почти 60 000 человек переселены. Какая поддержка общинам нужна больше всего в первый год после возвращения?',
      },
      {
        by: xatire,
        body: 'İlk il ən çox iş yeri və sosial xidmətlər lazımdır. Ailələr evlərinə qayıdır, amma məktəb, tibb məntəqəsi və icma mərkəzi olmadan həyat tam bərpa olunmur.',
        replyTo: 0,
        agreedBy: [office, aigerim],
      },
    ],
  );

  await thread(
    { by: secretariat, parent: { kind: 'network' } },
    'Preparing the platform’s next General Assembly',
    'members',
    [
      {
        by: secretariat,
        body: 'The member organisations meet in Baku and online in April. Which priorities should the secretariat put on next year’s agenda?',
      },
      {
        by: amina,
        body: 'Access to climate finance for small organisations, please: the application forms alone keep most of our partners away.',
        replyTo: 0,
        agreedBy: [rahul, aigerim],
      },
    ],
  );
}

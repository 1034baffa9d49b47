/**
 * The demo page `npm start` opens and the e2e suite reads: the source articles
 * as a news site would show them, plus short passages in other languages, so
 * there is something to hover in every script the detector covers.
 */
import type { Store } from '../../src/facts/types';

export const DEMO_PASSAGES: { lang: string; dir: 'ltr' | 'rtl'; text: string }[] = [
  { lang: 'en', dir: 'ltr', text: "Kazakhstan's President Kassym-Jomart Tokayev hosted the SCO summit in Astana in July 2024. Tokayev said the Shanghai Cooperation Organisation should focus on trade." },
  { lang: 'ru', dir: 'ltr', text: 'Президент Казахстана Касым-Жомарт Токаев принял в Астане саммит ШОС. Токаев заявил, что Шанхайская организация сотрудничества открыта для диалога.' },
  { lang: 'zh', dir: 'ltr', text: '哈萨克斯坦总统托卡耶夫在阿斯塔纳主持上海合作组织峰会。' },
  { lang: 'kk', dir: 'ltr', text: 'Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада ШЫҰ саммитін өткізді.' },
  { lang: 'de', dir: 'ltr', text: 'Der kasachische Präsident Tokajew empfing die Staatschefs der SCO in Astana.' },
  { lang: 'fr', dir: 'ltr', text: "Le président kazakh Kassym-Jomart Tokaïev a accueilli le sommet de l'OCS à Astana." },
  { lang: 'tr', dir: 'ltr', text: "Kazakistan Cumhurbaşkanı Tokayev, Şanghay İşbirliği Örgütü zirvesine ev sahipliği yaptı." },
  { lang: 'he', dir: 'rtl', text: 'נשיא קזחסטן טוקאייב אירח באסטנה את פסגת ארגון שנגחאי לשיתוף פעולה.' },
  { lang: 'fa', dir: 'rtl', text: 'توکایف، رئیس‌جمهور قزاقستان، میزبان نشست سازمان همکاری شانگهای در آستانه بود.' },
];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderDemoPage(store: Store): string {
  const passages = DEMO_PASSAGES.map((p) => `<p lang="${p.lang}" dir="${p.dir}">${escape(p.text)}</p>`).join('\n');
  const articles = store.articles
    .map(
      (a) => `<article id="${escape(a.id)}" lang="${escape(a.lang)}" dir="${a.dir}">
  <h2>${escape(a.title)}</h2>
  <p class="meta">${escape(a.outlet)} · ${escape(a.date)}</p>
  ${a.paragraphs.map((p, i) => `<p data-paragraph="${i + 1}">${escape(p)}</p>`).join('\n  ')}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Steppe Lens demo: news about Kazakhstan</title>
<style>
  body { font: 17px/1.6 system-ui, "Noto Sans", "Noto Naskh Arabic", "Noto Sans Hebrew", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
  article { border-top: 1px solid #ddd; margin-top: 2rem; }
  .meta { color: #666; font-size: 0.9em; }
  .hint { background: #f3f6fa; padding: 0.75rem 1rem; border-radius: 8px; }
</style>
</head>
<body>
<h1>Steppe Lens demo</h1>
<p class="hint">Hover an underlined name (Kazakhstan, Tokayev, the SCO) in any language to see its facts and sources.</p>
<section id="passages">
${passages}
</section>
${articles}
</body>
</html>
`;
}

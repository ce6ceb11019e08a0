import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_NO_TEXT, REASON_NO_TITLE, extractArticle, normaliseDate } from '../../src/import/extractArticle.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const BODY = [
  'The regional transport authority said on Tuesday that it would close the old river bridge to all traffic from next month after engineers found cracks in two of its supports.',
  'Buses will be diverted over the motorway crossing, adding about ten minutes to journeys between the two halves of the city, the authority said in a statement.',
  'Repairs are expected to take at least eighteen months and to cost more than forty million euros, according to a report presented to the authority board.',
];

/** A plain article page: `head` and extra body blocks around three real paragraphs. */
function page(head: string, before = '', after = ''): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Old river bridge to close</h1>${before}${BODY.map((p) => `<p>${p}</p>`).join('\n')}${after}</article>
<footer><p>Contact us</p></footer></body></html>`;
}

describe('extractArticle on realistic news pages', () => {
  it('reads a local news page with og tags, JSON-LD, ads, share buttons and a newsletter box', () => {
    const result = extractArticle(
      fixture('harbour-herald.html'),
      'https://www.harbourherald.example/news/2025/03/14/council-approves-harbour-bridge?utm_source=twitter&utm_medium=social',
    );
    expect(result).toEqual({
      ok: true,
      draft: {
        title: 'Council approves new harbour bridge after 10-year debate',
        source: 'The Harbour Herald',
        url: 'https://www.harbourherald.example/news/2025/03/14/council-approves-harbour-bridge',
        published: '2025-03-14', // JSON-LD 18:05 New York time, not the UTC date of article:published_time
        paragraphs: [
          'Harbour City councillors voted 9 to 4 on Friday night to build a new bridge across the inner harbour, ending a decade of public arguments over how to replace the ageing ferry link.',
          'The 420-metre crossing will carry buses, bicycles and pedestrians but not private cars, a compromise that won over two councillors who had opposed every earlier design.',
          '\u201cThis is the most important decision this council will make in a generation,\u201d Mayor Helen Park told a packed chamber shortly before the vote.',
          'We have argued about this bridge for ten years. Tonight we stopped arguing and started building.',
          'Construction is expected to begin in the spring of 2026 and to cost about $310 million, two thirds of it paid by the regional government.',
          'Opponents, led by the Harbour Residents\u2019 Association, said they would ask the provincial court to review the decision.',
          'The ferry will keep running until the bridge opens.',
        ],
      },
    });
  });

  it('reads a wire story: JSON-LD @graph publisher reference, broken JSON-LD, list items, byline and credits', () => {
    const result = extractArticle(fixture('northwind-wire.html'), 'https://northwindwire.example/markets/wheat-forecast/');
    expect(result).toEqual({
      ok: true,
      draft: {
        title: 'Drought cuts wheat harvest forecast by a fifth',
        source: 'Northwind Wire',
        url: 'https://northwindwire.example/markets/wheat-forecast/',
        published: '2024-11-02', // <meta name="dc.date" content="2024/11/02">
        paragraphs: [
          "LONDON, Nov 2 (Northwind Wire) - The International Grains Board cut its forecast for this season's global wheat harvest by nearly 20% on Saturday, blaming the worst drought in four decades across the southern plains.",
          'The board now expects output of 640 million tonnes, down from 792 million in its September estimate, which would leave stocks at their lowest level since 2008.',
          'The main points of the revised outlook:',
          'Export supplies from the five largest producers fall by 31 million tonnes.',
          'Feed demand is cut by 4% as livestock farmers switch to maize.',
          "Prices are expected to stay above last year's average until at least June.",
          'Wheat futures rose 2.1% in Chicago.',
          '"Farmers planted on time, but the rain simply never came," said Lena Vogel, the board\'s chief economist, adding that yields in some districts were the lowest on record.',
          'Importers in North Africa and the Middle East, which buy about a third of the wheat traded worldwide, have already begun booking cargoes for delivery next spring, traders said.',
        ],
      },
    });
  });

  it('reads a bare blog-style page: hostname as outlet, <time> date, <br>, embedded tweet, foreign canonical ignored', () => {
    const result = extractArticle(
      fixture('riverside-gazette.html'),
      'https://www.riverside-gazette.example/2023/07/09/library-reopens/#comments',
    );
    expect(result).toEqual({
      ok: true,
      draft: {
        title: 'Library reopens after flood repairs',
        source: 'riverside-gazette.example',
        url: 'https://www.riverside-gazette.example/2023/07/09/library-reopens/',
        published: '2023-07-09',
        paragraphs: [
          'The Riverside public library reopened its doors on Saturday morning, eight months after floodwater rose more than a metre inside the building and destroyed about 12,000 books.',
          'Volunteers spent the winter drying, sorting and re-shelving what could be saved, while the council replaced the ground floor, the wiring and the lift.',
          "Head librarian Priya Nair said the new layout moves the children's section upstairs, out of reach of future floods.",
          'Opening hours for the first month:',
          'Monday to Friday, 9am to 6pm',
          // "Saturday, 10am to 2pm" is under 25 characters without a full stop: dropped as a fragment.
          'Donations of books in good condition can be left at the front desk.',
        ],
      },
    });
  });
});

describe('extractArticle details', () => {
  it('drops boilerplate blocks that Readability keeps, and repeated pull quotes', () => {
    const before = ['By Jane Doe', 'Jane Doe', 'Published 10:42 a.m. ET March 4, 2025', 'Listen to this article', 'Share on Facebook'];
    const after = [
      'Advertisement',
      'ADVERTISEMENT - SCROLL TO CONTINUE',
      'Story continues below advertisement',
      'Sign up for our Morning Briefing newsletter to get the news in your inbox.',
      'Subscribe now for unlimited access.',
      'Follow us on Twitter and Facebook',
      'Read more: Bridge inspections ordered across the region',
      'Related: Why old bridges crack',
      'Additional reporting by John Roe; Editing by Kim Lee',
      '© 2025 Example Media Ltd',
      'All rights reserved',
      BODY[0] ?? '',
      'Photo',
      'Yes.',
    ];
    const head = '<meta name="author" content="Jane Doe">';
    const result = extractArticle(page(head, blocks(before), blocks(after)), 'https://news.example/bridge');
    expect(result.ok && result.draft.paragraphs).toEqual([...BODY, 'Yes.']);
  });

  it('keeps real sentences that only look like boilerplate', () => {
    const lookalikes = [
      'By the end of the day, the authority had received more than 300 complaints.',
      'Share prices of the construction firm rose 3% after the announcement.',
      'Subscribers to the regional rail pass will be offered a refund.',
    ];
    const result = extractArticle(page('', '', blocks(lookalikes)), 'https://news.example/bridge');
    expect(result.ok && result.draft.paragraphs).toEqual([...BODY, ...lookalikes]);
  });

  it.each([
    ['<meta property="og:title" content="Old river bridge to close | Daily Example"><meta property="og:site_name" content="Daily Example">', 'Old river bridge to close'],
    ['<meta property="og:title" content="Daily Example — Old river bridge to close"><meta property="og:site_name" content="Daily Example">', 'Old river bridge to close'],
    ['<meta property="og:title" content="Old river bridge to close - news.example">', 'Old river bridge to close'],
    ['<meta property="og:title" content="Transport - Old river bridge to close"><meta property="og:site_name" content="Daily Example">', 'Transport - Old river bridge to close'],
    ['<title>Old river bridge to close</title>', 'Old river bridge to close'],
  ])('headline from %s', (head, title) => {
    const result = extractArticle(page(head), 'https://news.example/bridge');
    expect(result.ok && result.draft.title).toBe(title);
  });

  it.each([
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-14T23:30:00-04:00"}</script><meta property="article:published_time" content="2025-03-15T03:30:00Z">', '2025-03-14'],
    ['<meta property="article:published_time" content="2025-03-15T03:30:00Z">', '2025-03-15'],
    ['<meta name="pubdate" content="20240229">', '2024-02-29'],
    ['<meta name="date" content="not a date"><meta name="DC.date" content="1 March 2024">', '2024-03-01'],
    ['', null],
  ])('date from %s', (head, published) => {
    const result = extractArticle(page(head), 'https://news.example/bridge');
    expect(result.ok && result.draft.published).toBe(published);
  });

  it('takes the outlet from JSON-LD publisher.name when there is no og:site_name', () => {
    const head = '<script type="application/ld+json">[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example &amp; Co News"}}]</script>';
    const result = extractArticle(page(head), 'https://www.news.example/bridge');
    expect(result.ok && result.draft.source).toBe('Example & Co News');
  });

  it('fails kindly when there is no article text', () => {
    const html = '<!doctype html><html><head><title>Search</title></head><body><nav><a href="/">Home</a></nav><form><input name="q"><button>Search</button></form></body></html>';
    expect(extractArticle(html, 'https://news.example/search')).toEqual({ ok: false, reason: REASON_NO_TEXT });
    expect(extractArticle('', 'https://news.example/')).toEqual({ ok: false, reason: REASON_NO_TEXT });
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2025-04-10', '2025-04-10'],
    ['2025-04-10T23:59:00-07:00', '2025-04-10'],
    ['2025-04-10T01:00:00.000Z', '2025-04-10'],
    ['2025-04-10 08:00', '2025-04-10'],
    ['20250410', '2025-04-10'],
    ['20250410T080000Z', '2025-04-10'],
    ['2025/4/9', '2025-04-09'],
    ['Thu, 10 Apr 2025 08:00:00 GMT', '2025-04-10'],
    ['10 April 2025', '2025-04-10'],
    ['April 10th, 2025', '2025-04-10'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(normaliseDate(text)).toBe(iso);
  });
});

function blocks(texts: readonly string[]): string {
  return texts.map((text) => `<p>${text}</p>`).join('\n');
}

describe('extractArticle on incomplete markup', () => {
  it('reads a page without <html>/<body> tags', () => {
    const html = `<h1>Old river bridge to close</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}`;
    const result = extractArticle(html, 'https://news.example/bridge');
    expect(result.ok && result.draft.title).toBe('Old river bridge to close');
    expect(result.ok && result.draft.paragraphs).toEqual(BODY);
  });

  it('fails kindly on a page with text but no headline at all', () => {
    expect(extractArticle(BODY.map((p) => `<p>${p}</p>`).join(''), 'https://news.example/bridge')).toEqual({
      ok: false,
      reason: REASON_NO_TITLE,
    });
  });
});

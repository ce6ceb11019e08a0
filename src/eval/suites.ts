/** A question set with the knowledge it is asked against. */
export interface Suite {
  readonly name: string;
  readonly questions: string;
  readonly knowledge: readonly string[];
}

/**
 * The project's question sets (paths from the project root). Development sets were used to develop
 * the method (the second pair was the first held-out set until its figures had been reported; see
 * README). The earlier held-out pairs were reported for the previous version of the method; the
 * current one was developed while their totals were printed beside the development sets (no
 * question of theirs was studied), so they are labelled "earlier". Held-out C to O were each written
 * by an independent author who saw neither the method nor any other set, and committed before their
 * first run; the README reports each first run, after which the set was studied.
 */
export const STANDARD_SUITES: readonly Suite[] = [
  { name: 'dev', questions: 'tests/fixtures/dev.jsonl', knowledge: ['knowledge'] },
  { name: 'paraphrases (dev)', questions: 'tests/fixtures/questions/paraphrases.jsonl', knowledge: ['knowledge'] },
  {
    name: 'near-topic (dev)',
    questions: 'tests/fixtures/questions/distractors.jsonl',
    knowledge: ['knowledge', 'tests/fixtures/distractors'],
  },
  ...questionPair('heldout', 'second author (dev)', 'second author near-topic (dev)'),
  ...questionPair('heldout-independent', 'earlier held-out, independent author', 'earlier held-out near-topic, independent author'),
  ...questionPair('heldout-b', 'earlier held-out, project author', 'earlier held-out near-topic, project author'),
  ...questionPair('heldout-c', 'held-out C', 'held-out C near-topic'),
  ...questionPair('heldout-d', 'held-out D', 'held-out D near-topic'),
  ...questionPair('heldout-e', 'held-out E', 'held-out E near-topic'),
  ...questionPair('heldout-f', 'held-out F', 'held-out F near-topic'),
  ...questionPair('heldout-g', 'held-out G', 'held-out G near-topic'),
  ...questionPair('heldout-h', 'held-out H', 'held-out H near-topic'),
  ...questionPair('heldout-i', 'held-out I', 'held-out I near-topic'),
  ...questionPair('heldout-j', 'held-out J', 'held-out J near-topic'),
  ...questionPair('heldout-k', 'held-out K', 'held-out K near-topic'),
  ...questionPair('heldout-l', 'held-out L', 'held-out L near-topic'),
  ...questionPair('heldout-m', 'held-out M', 'held-out M near-topic'),
  ...questionPair('heldout-n', 'held-out N', 'held-out N near-topic'),
  ...questionPair('heldout-o', 'held-out O', 'held-out O near-topic'),
  ...questionPair('heldout-q', 'held-out Q', 'held-out Q near-topic'),
  ...questionPair('heldout-r', 'held-out R', 'held-out R near-topic'),
  ...questionPair('heldout-p', 'held-out P', 'held-out P near-topic'),
  ...questionPair('heldout-s', 'held-out S', 'held-out S near-topic'),
  ...questionPair('heldout-t', 'held-out T', 'held-out T near-topic'),
  ...questionPair('heldout-u', 'held-out U', 'held-out U near-topic'),
  ...questionPair('heldout-v', 'held-out V', 'held-out V near-topic'),
  ...questionPair('heldout-w', 'held-out W', 'held-out W near-topic'),
  ...questionPair('heldout-x', 'held-out X', 'held-out X near-topic'),
  ...questionPair('heldout-y', 'held-out Y', 'held-out Y near-topic'),
  ...questionPair('heldout-z', 'held-out Z', 'held-out Z near-topic'),
  ...questionPair('heldout-za', 'held-out ZA', 'held-out ZA near-topic'),
  ...questionPair('heldout-zb', 'held-out ZB', 'held-out ZB near-topic'),
  ...questionPair('heldout-zc', 'held-out ZC', 'held-out ZC near-topic'),
  ...questionPair('heldout-zf', 'held-out ZF', 'held-out ZF near-topic'),
  ...questionPair('heldout-zg', 'held-out ZG', 'held-out ZG near-topic'),
  ...questionPair('heldout-zd', 'held-out ZD', 'held-out ZD near-topic'),
  ...questionPair('heldout-ze', 'held-out ZE', 'held-out ZE near-topic'),
  ...questionPair('heldout-zh', 'held-out ZH', 'held-out ZH near-topic'),
  ...questionPair('heldout-zi', 'held-out ZI', 'held-out ZI near-topic'),
  ...questionPair('heldout-zl', 'held-out ZL', 'held-out ZL near-topic'),
  ...questionPair('heldout-zm', 'held-out ZM', 'held-out ZM near-topic'),
  ...questionPair('heldout-zn', 'held-out ZN', 'held-out ZN near-topic'),
  ...questionPair('heldout-zo', 'held-out ZO', 'held-out ZO near-topic'),
  ...questionPair('heldout-zp', 'held-out ZP', 'held-out ZP near-topic'),
  ...questionPair('heldout-zq', 'held-out ZQ', 'held-out ZQ near-topic'),
  ...questionPair('heldout-zr', 'held-out ZR', 'held-out ZR near-topic'),
  ...questionPair('heldout-zs', 'held-out ZS', 'held-out ZS near-topic'),
  ...questionPair('heldout-zj', 'held-out ZJ', 'held-out ZJ near-topic'),
  ...questionPair('heldout-zk', 'held-out ZK', 'held-out ZK near-topic'),
  ...questionPair('heldout-zt', 'held-out ZT', 'held-out ZT near-topic'),
  ...questionPair('heldout-zu', 'held-out ZU', 'held-out ZU near-topic'),
  ...questionPair('heldout-zv', 'held-out ZV', 'held-out ZV near-topic'),
  ...questionPair('heldout-zw', 'held-out ZW', 'held-out ZW near-topic'),
  ...questionPair('heldout-zx', 'held-out ZX', 'held-out ZX near-topic'),
  ...questionPair('heldout-zy', 'held-out ZY', 'held-out ZY near-topic'),
  ...questionPair('heldout-yb', 'held-out YB', 'held-out YB near-topic'),
  ...questionPair('heldout-yc', 'held-out YC', 'held-out YC near-topic'),
  ...questionPair('heldout-zz', 'held-out ZZ', 'held-out ZZ near-topic'),
  ...questionPair('heldout-ya', 'held-out YA', 'held-out YA near-topic'),
  ...questionPair('heldout-yd', 'held-out YD', 'held-out YD near-topic'),
  ...questionPair('heldout-ye', 'held-out YE', 'held-out YE near-topic'),
  ...questionPair('heldout-yf', 'held-out YF', 'held-out YF near-topic'),
  ...questionPair('heldout-yg', 'held-out YG', 'held-out YG near-topic'),
  ...questionPair('heldout-yh', 'held-out YH', 'held-out YH near-topic'),
  ...questionPair('heldout-yi', 'held-out YI', 'held-out YI near-topic'),
  ...questionPair('heldout-yj', 'held-out YJ', 'held-out YJ near-topic'),
  ...questionPair('heldout-yk', 'held-out YK', 'held-out YK near-topic'),
  ...questionPair('heldout-yl', 'held-out YL', 'held-out YL near-topic'),
  ...questionPair('heldout-ym', 'held-out YM', 'held-out YM near-topic'),
  ...questionPair('heldout-yn', 'held-out YN', 'held-out YN near-topic'),
  ...questionPair('heldout-yo', 'held-out YO', 'held-out YO near-topic'),
  ...questionPair('heldout-yp', 'held-out YP', 'held-out YP near-topic'),
  ...questionPair('heldout-yq', 'held-out YQ', 'held-out YQ near-topic'),
  ...questionPair('heldout-yr', 'held-out YR', 'held-out YR near-topic'),
  ...questionPair('heldout-ys', 'held-out YS', 'held-out YS near-topic'),
  ...questionPair('heldout-yt', 'held-out YT', 'held-out YT near-topic'),
  ...questionPair('heldout-yu', 'held-out YU', 'held-out YU near-topic'),
  ...questionPair('heldout-yv', 'held-out YV', 'held-out YV near-topic'),
  ...questionPair('heldout-yw', 'held-out YW', 'held-out YW near-topic'),
  ...questionPair('heldout-yx', 'held-out YX', 'held-out YX near-topic'),
  ...questionPair('heldout-yz', 'held-out YZ', 'held-out YZ near-topic'),
  ...questionPair('heldout-xa', 'held-out XA', 'held-out XA near-topic'),
  ...questionPair('heldout-xb', 'held-out XB', 'held-out XB near-topic'),
  ...questionPair('heldout-xc', 'held-out XC', 'held-out XC near-topic'),
  ...questionPair('heldout-xd', 'held-out XD', 'held-out XD near-topic'),
  ...questionPair('heldout-xi', 'held-out XI', 'held-out XI near-topic'),
  ...questionPair('heldout-xj', 'held-out XJ', 'held-out XJ near-topic'),
  ...questionPair('heldout-xk', 'held-out XK', 'held-out XK near-topic'),
  ...questionPair('heldout-xl', 'held-out XL', 'held-out XL near-topic'),
  ...questionPair('heldout-xm', 'held-out XM', 'held-out XM near-topic'),
  ...questionPair('heldout-xn', 'held-out XN', 'held-out XN near-topic'),
  ...questionPair('heldout-xo', 'held-out XO', 'held-out XO near-topic'),
  ...questionPair('heldout-xp', 'held-out XP', 'held-out XP near-topic'),
  ...questionPair('heldout-xe', 'held-out XE', 'held-out XE near-topic'),
  ...questionPair('heldout-xf', 'held-out XF', 'held-out XF near-topic'),
  ...questionPair('heldout-xg', 'held-out XG', 'held-out XG near-topic'),
  ...questionPair('heldout-xh', 'held-out XH', 'held-out XH near-topic'),
  ...questionPair('heldout-xq', 'held-out XQ', 'held-out XQ near-topic'),
  ...questionPair('heldout-xr', 'held-out XR', 'held-out XR near-topic'),
  ...questionPair('heldout-xs', 'held-out XS', 'held-out XS near-topic'),
  ...questionPair('heldout-xt', 'held-out XT', 'held-out XT near-topic'),
];

/**
 * The two sets of a question folder under `tests/fixtures/`: `seed.jsonl` asked of the seed
 * knowledge, and `mixed.jsonl` asked of the seed beside the folder's own look-alike articles.
 */
function questionPair(folder: string, seedName: string, mixedName: string): Suite[] {
  const root = `tests/fixtures/${folder}`;
  return [
    { name: seedName, questions: `${root}/seed.jsonl`, knowledge: ['knowledge'] },
    { name: mixedName, questions: `${root}/mixed.jsonl`, knowledge: ['knowledge', `${root}/knowledge`] },
  ];
}

import { strToU8, zipSync } from 'fflate';
import { PAYLOADS, REMOTE, SHORT, payloadsFor, type Payload } from './payloads';

/**
 * The files of the XSS suite, built from the corpus of `payloads.ts` at test time so that every
 * payload's id names the path it went through. Each builder returns the files and the payloads
 * it put in them (for the count in the summary and for "is it shown as text" checks).
 */

export interface Built<T> {
  value: T;
  payloads: Payload[];
}

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** HTML-escapes text for an element's content or a quoted attribute. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const joined = (ps: readonly Payload[]) => ps.map((p) => p.text).join(' ');

/** Payloads with no white space, for places that end a value at a space (brat type names). */
function noSpace(path: string): Payload[] {
  const id = (name: string) => `${path}:${name}`;
  const run = (name: string) => `__pwned='${id(name)}'`;
  return [
    { id: id('img-onerror'), text: `<img/src=x/onerror=${run('img-onerror')}>` },
    { id: id('svg-onload'), text: `<svg/onload=${run('svg-onload')}>` },
    { id: id('script'), text: `<script>${run('script')}</script>` },
    { id: id('attribute-breakout'), text: `"><img/src=x/onerror=${run('attribute-breakout')}>` },
    { id: id('a-javascript'), text: `javascript:${run('a-javascript')}` },
    { id: id('img-remote'), text: `<img/src=${REMOTE}/${encodeURIComponent(id('img-remote'))}.png>` },
  ];
}

/**
 * HTML articles: one page with every payload both as markup and as escaped text (which must
 * then show as text), payloads in its title, outlet, language and canonical link; and a page of
 * its own for each payload that leaves the parser in another state (raw text, foreign content,
 * template contents) so that it cannot hide behind an earlier one.
 */
export function htmlArticles(): Built<PickedFile[]> {
  // Payloads that leave the parser in raw text, foreign content or a template would swallow the
  // rest of a shared page: each has a page of its own below.
  const unbalanced = ['template', 'mxss-noscript', 'mxss-svg-style', 'mxss-math-mglyph', 'mxss-textarea', 'title-breakout', 'body-onload', 'style-import'];
  const body = payloadsFor('html').filter((p) => !unbalanced.some((name) => p.id === `html:${name}`));
  const asText = payloadsFor('html-text');
  const title = payloadsFor('html-title', SHORT);
  const outlet = payloadsFor('html-outlet', SHORT);
  const lang = payloadsFor('html-lang', ['attribute-breakout']);
  const head = payloadsFor('html-head', ['script', 'script-src', 'meta-refresh', 'base-href', 'link-stylesheet', 'style-import', 'title-breakout']);
  const page = `<!doctype html>
<html lang="${escapeHtml(joined(lang))}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml('XSS html title fallback')}</title>
  <meta property="og:title" content="${escapeHtml(`XSS html page ${joined(title)}`)}">
  <meta property="og:site_name" content="${escapeHtml(`Outlet ${joined(outlet)}`)}">
  <meta property="og:url" content="javascript:__pwned='html-og-url'">
  <link rel="canonical" href="${REMOTE}/html-canonical&quot;&gt;&lt;img src=x onerror=__pwned='html-canonical'&gt;">
  ${joined(head)}
</head>
<body onload="__pwned='html-body-onload'">
<article>
  <h1>XSS html page</h1>
  <p>The first paragraph is plain: Coalition aircraft struck near Khasham.</p>
${asText.map((p, i) => `  <p>Text ${i + 1}: ${escapeHtml(p.text)}</p>`).join('\n')}
${body.map((p, i) => `  <div><p>Markup ${i + 1}: ${p.text} ends here.</p></div>`).join('\n')}
  <p><a href="${REMOTE}/html-link&quot; onmouseover=&quot;__pwned='html-link-title'">a link kept as data</a> after it.</p>
</article>
</body>
</html>
`;
  const alone = payloadsFor('html-alone', unbalanced);
  const files: PickedFile[] = [
    { name: 'xss-page.html', mimeType: 'text/html', buffer: Buffer.from(page) },
    ...alone.map((p, i) => ({
      name: `xss-alone-${i + 1}.html`,
      mimeType: 'text/html',
      buffer: Buffer.from(`<!doctype html><html><head><title>XSS alone ${i + 1}</title></head><body><p>Alone ${i + 1} before.</p>${p.text}<p>Alone ${i + 1} after.</p></body></html>`),
    })),
  ];
  const extra: Payload[] = [
    { id: 'html-og-url', text: "javascript:__pwned='html-og-url'" },
    { id: 'html-canonical', text: "<img src=x onerror=__pwned='html-canonical'>" },
    { id: 'html-body-onload', text: '<body onload>' },
    { id: 'html-link-title', text: 'onmouseover in a kept link' },
  ];
  return { value: files, payloads: [...body, ...asText, ...title, ...outlet, ...lang, ...head, ...alone, ...extra] };
}

/**
 * A Markdown article: the corpus as raw HTML (inline and as blocks), as text in code and in
 * prose, and the Markdown ways to a URL: links, reference links, autolinks and images.
 */
export function markdownArticle(): Built<PickedFile[]> {
  const raw = payloadsFor('md-html');
  const inline = payloadsFor('md-inline', ['img-onerror', 'svg-onload', 'a-javascript', 'onmouseover', 'iframe-srcdoc', 'img-remote']);
  const heading = payloadsFor('md-title', ['img-onerror', 'svg-onload', 'script', 'attribute-breakout']);
  const run = (id: string) => `__pwned='${id}'`;
  const md: Payload[] = [
    { id: 'md:link-javascript', text: `[javascript link](javascript:${run('md:link-javascript')})` },
    { id: 'md:link-javascript-encoded', text: `[encoded link](&#106;avascript:${run('md:link-javascript-encoded')})` },
    { id: 'md:link-data', text: `[data link](data:text/html;base64,PHNjcmlwdD5fX3B3bmVkPSdtZDpsaW5rLWRhdGEnPC9zY3JpcHQ+)` },
    { id: 'md:link-vbscript', text: `[vbscript link](vbscript:msgbox(1))` },
    { id: 'md:link-title', text: `[titled link](${REMOTE}/md-link-title "title\\" onmouseover=\\"${run('md:link-title')}")` },
    { id: 'md:link-remote-quote', text: `[quoted link](<${REMOTE}/md-quote" onmouseover="${run('md:link-remote-quote')}>)` },
    { id: 'md:reference', text: `[reference link][evil]\n\n[evil]: javascript:${run('md:reference')}` },
    { id: 'md:autolink-javascript', text: `<javascript:${run('md:autolink-javascript')}>` },
    { id: 'md:autolink-remote', text: `<${REMOTE}/md-autolink>` },
    { id: 'md:autolink-email', text: `<x@attacker.invalid?body="><img src=x onerror=${run('md:autolink-email')}>>` },
    { id: 'md:image-remote', text: `![remote image](${REMOTE}/md-image.png)` },
    { id: 'md:image-onerror', text: `![x" onerror="${run('md:image-onerror')}](x)` },
    { id: 'md:image-title', text: `![alt](x "\\" onerror=\\"${run('md:image-title')}")` },
    { id: 'md:image-reference', text: `![ref image][pic]\n\n[pic]: ${REMOTE}/md-image-ref.png` },
    { id: 'md:image-javascript', text: `![js image](javascript:${run('md:image-javascript')})` },
    { id: 'md:html-comment', text: `<!-- --><img src=x onerror=${run('md:html-comment')}> -->` },
    { id: 'md:code-span', text: `\`<img src=x onerror=${run('md:code-span')}>\`` },
    { id: 'md:code-block', text: `\`\`\`html\n<script>${run('md:code-block')}</script>\n\`\`\`` },
    { id: 'md:escaped', text: `\\<img src=x onerror=${run('md:escaped')}\\>` },
  ];
  const text = [
    `# XSS markdown ${joined(heading)}`,
    '',
    'Plain prose first: the SDF said on Sunday.',
    '',
    ...raw.flatMap((p) => [p.text, '']),
    ...inline.map((p, i) => `Inline ${i + 1}: *emphasis* ${p.text} and **strong** after.\n`),
    ...md.flatMap((p) => [p.text, '']),
    '- a list item <img src=x onerror="__pwned=\'md:list\'">',
    '> a quote <svg onload="__pwned=\'md:quote\'">',
    '',
  ].join('\n');
  return {
    value: [{ name: 'xss-markdown.md', mimeType: 'text/markdown', buffer: Buffer.from(text) }],
    payloads: [...raw, ...inline, ...heading, ...md, { id: 'md:list', text: '' }, { id: 'md:quote', text: '' }],
  };
}

/** A plain text article: every payload as text, its first line (the title) one too. */
export function textArticle(): Built<PickedFile[]> {
  const body = payloadsFor('txt');
  // The first line is the title when it is short (the reader's rule): two payloads fit.
  const title = payloadsFor('txt-title', ['script', 'svg-onload']);
  const text = [`XSS text ${joined(title)}`, '', 'The plain first paragraph.', '', ...body.map((p) => p.text), ''].join('\n\n');
  return { value: [{ name: 'xss-text.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }], payloads: [...body, ...title] };
}

/**
 * File names: an article whose file name is each short payload (no `/`, which a file name
 * cannot hold), with no title in it so the name becomes the title; and the same names on files
 * that are refused (empty, of a type not imported), which the problems dialog lists by name.
 */
export function fileNames(): Built<{ good: PickedFile[]; bad: PickedFile[] }> {
  const named = payloadsFor('file-name', SHORT).map((p) => ({ ...p, text: p.text.replace(/\//g, '∕') }));
  const refused = payloadsFor('file-name-refused', SHORT).map((p) => ({ ...p, text: p.text.replace(/\//g, '∕') }));
  return {
    value: {
      good: named.map((p, i) => ({ name: `${p.text}.md`, mimeType: 'text/markdown', buffer: Buffer.from(`Paragraph one of named file ${i + 1}.\n\nParagraph two of named file ${i + 1}.\n`) })),
      bad: refused.map((p, i) => (i % 2 === 0 ? { name: `${p.text}.txt`, mimeType: 'text/plain', buffer: Buffer.alloc(0) } : { name: `${p.text}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') })),
    },
    payloads: [...named, ...refused],
  };
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A corpus table: payloads in the title, text, outlet, URL, label and id columns of every row,
 * and a column whose name is one (the mapping dialog lists column names).
 */
export function corpusTable(): Built<PickedFile[]> {
  const columns = ['headline', 'body', 'publisher', 'url', 'label', 'id', '<img src=x onerror=__pwned=\'csv:column\'>'];
  const pick = (path: string) => payloadsFor(path);
  const title = pick('csv-title');
  const text = pick('csv-text');
  const outlet = pick('csv-outlet');
  const url = pick('csv-url');
  const label = pick('csv-label');
  const id = pick('csv-id');
  const rows = PAYLOADS.map((_, i) => [
    `XSS csv ${i + 1} ${title[i]?.text ?? ''}`,
    `Row ${i + 1} body: ${text[i]?.text ?? ''} and then plain words to read.`,
    outlet[i]?.text ?? '',
    i % 2 === 0 ? `${REMOTE}/csv-url-${i}"><img src=x onerror=${(url[i]?.text ?? '').replace(/"/g, '')}>` : (url[i]?.text ?? ''),
    label[i]?.text ?? '',
    id[i]?.text ?? '',
    'extra',
  ]);
  const csv = [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
  return {
    value: [{ name: 'xss-corpus.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`) }],
    payloads: [...title, ...text, ...outlet, ...url, ...label, ...id, { id: 'csv:column', text: columns[6] ?? '' }],
  };
}

/**
 * A brat collection in a zip: payloads in its folder and file names, the text, the entity and
 * relation type names of the .ann, annotation.conf and visual.conf (labels and colours),
 * attribute values, normalization names (entity names) and notes.
 */
export function bratZip(): Built<PickedFile[]> {
  const types = noSpace('brat-type');
  const relation = noSpace('brat-relation')[0] as Payload;
  const attribute = noSpace('brat-attribute')[1] as Payload;
  const notes = payloadsFor('brat-note');
  const labels = payloadsFor('brat-label', SHORT);
  const normalization = payloadsFor('brat-entity', SHORT);
  const text = payloadsFor('brat-text', SHORT);
  const folder = payloadsFor('brat-folder', ['img-onerror'])[0] as Payload;
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
  const txt = `${words.join(' ')} were named.\n${text.map((p) => p.text).join('\n')}\n`;
  const offsets = (w: string) => {
    const start = txt.indexOf(w);
    return `${start} ${start + w.length}\t${w}`;
  };
  const ann = [
    ...types.map((t, i) => `T${i + 1}\t${t.text} ${offsets(words[i] ?? '')}`),
    `R1\t${relation.text} Arg1:T1 Arg2:T2`,
    `A1\tCertainty T1 ${attribute.text}`,
    ...normalization.map((n, i) => `N${i + 1}\tReference T${(i % types.length) + 1} Wikidata:Q${i + 1}\t${n.text}`),
    ...notes.map((n, i) => `#${i + 1}\tAnnotatorNotes T${(i % types.length) + 1}\t${n.text}`),
  ].join('\n');
  const conf = ['[entities]', ...types.map((t) => t.text), '[relations]', `${relation.text}\tArg1:<ENTITY>, Arg2:<ENTITY>`, '[events]', '[attributes]', `Certainty\tArg:<ENTITY>, Value:${attribute.text}|sure`].join('\n');
  const visual = [
    '[labels]',
    ...types.map((t, i) => `${t.text} | ${labels[i % labels.length]?.text.replace(/\|/g, '') ?? t.text}`),
    '[drawing]',
    ...types.map((t, i) => `${t.text}\tbgColor:${i % 2 === 0 ? `red;background:url(${REMOTE}/brat-colour)` : '#ff0000"><img src=x onerror=__pwned=\'brat-colour\'>'}`),
  ].join('\n');
  const dir = `${folder.text.replace(/\//g, '∕')}`;
  const zip = zipSync({
    [`${dir}/xss-doc.txt`]: strToU8(txt),
    [`${dir}/xss-doc.ann`]: strToU8(`${ann}\n`),
    [`${dir}/annotation.conf`]: strToU8(`${conf}\n`),
    [`${dir}/visual.conf`]: strToU8(`${visual}\n`),
  });
  return {
    value: [{ name: 'xss-brat.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }],
    payloads: [...types, relation, attribute, ...notes, ...labels, ...normalization, ...text, folder, { id: 'brat-colour', text: '' }],
  };
}

/** What the W3C builder needs of the open project: an article's id and a phrase of its text. */
export interface W3cTarget {
  articleId: string;
  exact: string;
}

/**
 * W3C Web Annotation onto the open project's articles: payloads in the collection label, tag
 * labels and ids, note bodies, entity names, types and aliases, link labels, attribute names and
 * values, figure and attribution phrases, and the `cc:url`/`cc:title` of a target no article has.
 */
export function w3cCollection(targets: readonly [W3cTarget, W3cTarget]): Built<PickedFile[]> {
  const tag = payloadsFor('w3c-tag', SHORT);
  const notes = payloadsFor('w3c-note');
  const entity = payloadsFor('w3c-entity', SHORT);
  const alias = payloadsFor('w3c-alias', SHORT);
  const link = payloadsFor('w3c-link', SHORT);
  const attribute = payloadsFor('w3c-attribute', SHORT);
  const figure = payloadsFor('w3c-figure', ['img-onerror']);
  const attribution = payloadsFor('w3c-attribution', ['svg-onload']);
  const url = payloadsFor('w3c-url', ['a-javascript']);
  const label = payloadsFor('w3c-label', ['img-onerror']);
  const [a, b] = targets;
  const source = (t: W3cTarget) => ({ id: `urn:crosscheck:article:${t.articleId}`, type: 'Text', format: 'text/plain' });
  const quote = (t: W3cTarget) => ({ type: 'TextQuoteSelector', exact: t.exact });
  const passage = (id: string, t: W3cTarget, tagLabel: string, tagId: string, kind: string, extra: Record<string, unknown> = {}) => ({
    id: `urn:crosscheck:annotation:${id}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: tagLabel, 'cc:tag': tagId, 'cc:kind': kind },
      { type: 'TextualBody', purpose: 'commenting', value: joined(notes) },
    ],
    target: [{ type: 'SpecificResource', source: source(t), selector: [quote(t)] }],
    ...extra,
  });
  const entityId = 'urn:crosscheck:entity:xss-entity';
  // W3C import adds no tags or link types: what it brings lands on the project's own (Claim,
  // Location, Contradicts); payload tag and link type labels are skipped and named in the report.
  const items = [
    passage('xss-claim-a', a, 'Claim', 'claim', 'claim', {
      'cc:attributes': attribute.map((p, i) => ({ 'cc:name': `Attr ${i} ${p.text}`, 'cc:value': p.text })),
      'cc:figure': { 'cc:phrase': figure[0]?.text, 'cc:qualifier': 'exact', 'cc:counted': figure[0]?.text, 'cc:low': 100 },
      'cc:attribution': { 'cc:phrase': attribution[0]?.text, 'cc:source': attribution[0]?.text },
    }),
    passage('xss-claim-b', b, 'Claim', 'claim', 'claim'),
    {
      ...passage('xss-mention', a, 'Location', 'location', 'entity'),
      target: [{ type: 'SpecificResource', source: source(a), selector: [{ type: 'TextQuoteSelector', exact: 'Khasham' }] }],
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Location', 'cc:tag': 'location', 'cc:kind': 'entity' },
        { type: 'SpecificResource', purpose: 'identifying', source: { id: entityId, label: joined(entity) } },
      ],
    },
    passage('xss-tagged', a, `Claim ${joined(tag)}`, `xss-tag"><img src=x onerror=__pwned='w3c-tag-id'>`, 'claim'),
    {
      ...passage('xss-nowhere', a, 'Claim', 'claim', 'claim'),
      target: [
        {
          type: 'SpecificResource',
          source: { id: `urn:crosscheck:article:missing"><img src=x onerror=__pwned='w3c-source-id'>`, 'cc:url': url[0]?.text, 'cc:title': url[0]?.text },
          selector: [quote(a)],
        },
      ],
    },
    {
      id: 'urn:crosscheck:link:xss-link',
      type: 'Annotation',
      motivation: 'linking',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'Contradicts', 'cc:linkType': 'contradicts' }],
      target: ['urn:crosscheck:annotation:xss-claim-a', 'urn:crosscheck:annotation:xss-claim-b'],
      'cc:from': 'urn:crosscheck:annotation:xss-claim-a',
      'cc:to': 'urn:crosscheck:annotation:xss-claim-b',
      'cc:status': 'confirmed',
      'cc:reason': link[1]?.text,
      'cc:why': joined(link),
    },
    {
      id: 'urn:crosscheck:link:xss-link-typed',
      type: 'Annotation',
      motivation: 'linking',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: joined(link), 'cc:linkType': link[0]?.text }],
      target: ['urn:crosscheck:annotation:xss-claim-b', 'urn:crosscheck:annotation:xss-claim-a'],
    },
  ];
  const doc = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:x:xss',
    type: 'AnnotationCollection',
    label: label[0]?.text,
    total: items.length,
    'cc:entities': [{ id: entityId, label: joined(entity), 'cc:entityType': 'xss-entity-tag', 'cc:aliases': alias.map((p) => p.text) }],
    first: { id: 'urn:x:xss:page:1', type: 'AnnotationPage', items },
  };
  return {
    value: [{ name: 'xss-w3c.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(doc, null, 1)) }],
    payloads: [...tag, ...notes, ...entity, ...alias, ...link, ...attribute, ...figure, ...attribution, ...url, ...label, { id: 'w3c-source-id', text: '' }, { id: 'w3c-tag-id', text: '' }],
  };
}

/**
 * A project archive with a payload in every text field it has: the project's name; articles'
 * title, outlet, URL, language, file name, label, source id, text and link targets; notes,
 * attribute values, figures and attributions; tag ids, labels, colours, attribute names and
 * choices; kind labels; entity names, types and aliases; link type ids, labels and colours;
 * link rationales, reasons and whys; counted things and their words.
 */
export function projectArchive(projectName: string): Built<PickedFile[]> {
  const all: Payload[] = [];
  const short = (path: string) => {
    const ps = payloadsFor(path, SHORT);
    all.push(...ps);
    return joined(ps);
  };
  const one = (path: string, name: string = 'img-onerror') => {
    const [p] = payloadsFor(path, [name]);
    if (!p) throw new Error(name);
    all.push(p);
    return p.text;
  };
  const at = '2026-01-01T00:00:00.000Z';
  const bodyPayloads = payloadsFor('archive-text');
  all.push(...bodyPayloads);
  const lines = ['Coalition aircraft struck near Khasham and killed at least 100 fighters.', ...bodyPayloads.map((p) => p.text), 'The monitor said only 45 died.'];
  const text = lines.join('\n\n');
  let offset = 0;
  const blocks = lines.map((l, i) => {
    const start = offset;
    offset += l.length + 2;
    const type = (['paragraph', 'heading', 'quote', 'list-item'] as const)[i % 4];
    return { start, end: start + l.length, type, ...(type === 'heading' ? { level: 2 } : {}), ...(type === 'list-item' ? { ordered: false } : {}) };
  });
  const linkHrefs = [one('archive-href', 'a-javascript').replace(/^.*href="([^"]*)".*$/, '$1'), `${REMOTE}/archive-href" onmouseover="__pwned='archive-href-quote'`, `data:text/html,<script>__pwned='archive-href-data'</script>`];
  const marks = [
    ...linkHrefs.map((href, i) => {
      const block = blocks[i + 1] ?? { start: 0, end: 1 };
      return { start: block.start, end: Math.min(block.end, block.start + 12), type: 'link' as const, href };
    }),
    { start: 0, end: 9, type: 'strong' as const },
    { start: 10, end: 18, type: 'code' as const },
  ];
  const quoteOf = (article: string, exact: string) => {
    const start = article.indexOf(exact);
    if (start < 0) throw new Error(`“${exact}” is not in the text`);
    return { ranges: [{ start, end: start + exact.length }], quotes: [{ exact, prefix: article.slice(Math.max(0, start - 32), start), suffix: article.slice(start + exact.length, start + exact.length + 32) }] };
  };
  const textB = 'The ministry said 45 people died in the strike. Nobody else was counted.';
  const article = (id: string, body: string, n: number, blockList: unknown[], markList: unknown[]) => ({
    id,
    title: `XSS archive ${n} ${short(`archive-title-${n}`)}`,
    source: short(`archive-outlet-${n}`),
    publishedAt: '2018-02-08',
    url: `${REMOTE}/archive-url-${n}"><img src=x onerror=__pwned='archive-url-${n}'>`,
    language: one(`archive-language-${n}`, 'attribute-breakout'),
    contentHash: `hash-${n}`,
    length: body.length,
    format: 'archive',
    fileName: one(`archive-file-${n}`),
    importedAt: at,
    label: one(`archive-label-${n}`, 'svg-onload'),
    sourceId: one(`archive-source-id-${n}`),
    text: body,
    blocks: blockList,
    marks: markList,
  });
  const tagId = `xss-tag"] { background: url(${REMOTE}/archive-tag-id) } [x="`;
  const linkTypeId = `xss-link"] { background: url(${REMOTE}/archive-link-type-id) } [x="`;
  const entityTag = 'xss-entity-tag';
  const project = {
    // A project name has at most 120 characters (the app refuses a longer one at open): two payloads.
    name: `${projectName} ${[one('archive-name', 'script'), one('archive-name', 'img-onerror')].join(' ')}`,
    articles: [
      article('xss-a', text, 1, blocks, marks),
      article('xss-b', textB, 2, [{ start: 0, end: textB.length, type: 'paragraph' }], []),
    ],
    kinds: [
      { id: 'claim', label: 'Claim', order: 1 },
      { id: 'entity', label: 'Entity', order: 2 },
      { id: 'xss-kind', label: `Kind ${short('archive-kind')}`, order: 3 },
    ],
    tags: [
      {
        id: tagId,
        label: `Claim tag ${short('archive-tag')}`,
        kind: 'claim',
        color: `#E69F00; background: url(${REMOTE}/archive-tag-colour)`,
        key: '9',
        order: 1,
        attributes: [
          { id: 'xss-attr"><img src=x onerror=__pwned=\'archive-attribute-id\'>', label: `Attr ${short('archive-attribute')}`, type: 'text', choices: [] },
          { id: 'xss-choice', label: 'Choice', type: 'choice', choices: payloadsFor('archive-choice', SHORT).map((p) => (all.push(p), p.text)) },
        ],
      },
      { id: entityTag, label: `Entity tag ${short('archive-entity-tag')}`, kind: 'entity', color: '#0072B2', key: '', order: 2, attributes: [] },
      { id: 'xss-other', label: `Other ${one('archive-other-tag', 'script')}`, kind: 'xss-kind', color: 'javascript:alert(1)', key: '', order: 3, attributes: [] },
    ],
    entities: [{ id: 'xss-entity', name: `Entity ${short('archive-entity')}`, type: entityTag, aliases: payloadsFor('archive-alias', SHORT).map((p) => (all.push(p), p.text)), createdAt: at, updatedAt: at }],
    annotations: [
      {
        id: 'xss-claim-a',
        articleId: 'xss-a',
        kind: 'claim',
        tag: tagId,
        ...quoteOf(text, 'killed at least 100 fighters'),
        note: joined(payloadsFor('archive-note').map((p) => (all.push(p), p))),
        attributes: { 'xss-attr"><img src=x onerror=__pwned=\'archive-attribute-id\'>': one('archive-attribute-value', 'svg-onload'), 'xss-choice': one('archive-choice-value', 'img-onerror'), [one('archive-attribute-key', 'script')]: 'x' },
        entityId: null,
        figure: { phrase: one('archive-figure', 'img-onerror'), qualifier: 'at-least', low: 100, high: null, counted: one('archive-counted-ref', 'svg-onload'), countedEntityId: null },
        attribution: { phrase: one('archive-attribution-phrase', 'img-onerror'), source: one('archive-attribution-source', 'svg-onload'), entityId: 'xss-entity' },
        createdAt: at,
        updatedAt: at,
      },
      { id: 'xss-claim-b', articleId: 'xss-b', kind: 'claim', tag: tagId, ...quoteOf(textB, '45 people died'), note: '', attributes: {}, entityId: null, createdAt: at, updatedAt: at },
      { id: 'xss-mention', articleId: 'xss-a', kind: 'entity', tag: entityTag, ...quoteOf(text, 'Khasham'), note: short('archive-mention-note'), attributes: {}, entityId: 'xss-entity', createdAt: at, updatedAt: at },
      { id: 'xss-mention-b', articleId: 'xss-b', kind: 'entity', tag: entityTag, ...quoteOf(textB, 'ministry'), note: '', attributes: {}, entityId: 'xss-entity', createdAt: at, updatedAt: at },
    ],
    linkTypes: [{ id: linkTypeId, label: `Link type ${short('archive-link-type')}`, color: `red; background: url(${REMOTE}/archive-link-colour)`, directed: true, key: '5' }],
    links: [
      { id: 'xss-link-1', type: linkTypeId, fromId: 'xss-claim-a', toId: 'xss-claim-b', fromArticleId: 'xss-a', toArticleId: 'xss-b', status: 'confirmed', reason: one('archive-reason', 'img-onerror'), rationale: joined(payloadsFor('archive-rationale').map((p) => (all.push(p), p))), why: short('archive-why'), createdAt: at, updatedAt: at },
      { id: 'xss-link-2', type: 'contradicts', fromId: 'xss-claim-a', toId: 'xss-claim-b', fromArticleId: 'xss-a', toArticleId: 'xss-b', status: 'candidate', reason: '', rationale: short('archive-rationale-2'), why: short('archive-why-2'), createdAt: at, updatedAt: at },
    ],
    counted: [{ id: 'xss-counted', label: `Counted ${short('archive-counted')}`, terms: payloadsFor('archive-term', SHORT).map((p) => (all.push(p), p.text)), order: 1 }],
  };
  const json = JSON.stringify({ format: 'crosscheck-project', version: 1, exportedAt: at, generator: `Crosscheck ${one('archive-generator', 'img-onerror')}`, project }, null, 1);
  all.push({ id: 'archive-href-quote', text: '' }, { id: 'archive-href-data', text: '' });
  return { value: [{ name: 'xss-project.crosscheck', mimeType: 'application/octet-stream', buffer: Buffer.from(json) }], payloads: all };
}

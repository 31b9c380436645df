import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleEncoding } from './decodeArticleBytes';
import { parseArticleFile, type ParsedFile } from './parseArticleFile';

/**
 * The bad-input corpus of the article import: for each file, exactly what happens to it.
 * Small real files live in e2e/data/bad/ (the end-to-end test imports them too); big and
 * pathological ones are made here. Timing is not asserted: a benchmark owns that. Before
 * this suite, the 20,000-paragraph page took a minute, the 2,013-deep one overflowed the
 * stack, UTF-16 with a byte-order mark was "binary", a 19 MB text was imported, and names
 * kept their folders and bidi overrides.
 */

type Outcome =
  | { imported: { name: string; encoding: ArticleEncoding; length: number; title: string } }
  | { refused: string };

function outcomeOf(parsed: ParsedFile): Outcome {
  if (!parsed.ok) return { refused: `${parsed.name}: ${parsed.reason}` };
  const { name, encoding, content } = parsed;
  return { imported: { name, encoding, length: content.text.length, title: content.title } };
}

const imported = (name: string, length: number, title: string, encoding: ArticleEncoding = 'UTF-8'): Outcome => ({ imported: { name, encoding, length, title } });
const refused = (message: string): Outcome => ({ refused: message });

const BAD_DIR = new URL('../../../../e2e/data/bad/', import.meta.url);
const real = (file: string) => () => new Uint8Array(readFileSync(new URL(file, BAD_DIR)));
const utf8 = (text: string) => () => new TextEncoder().encode(text);

const NOT_UTF8 = 'it is not UTF-8 text (save it as UTF-8 and import again)';
const BINARY = 'it is a binary file, not text';
const NO_TEXT = 'it contains no article text';
const NO_BOM = 'it looks like UTF-16 text without a byte-order mark (save it as UTF-8 and import again)';
const TYPES = 'use .txt, .md or .html';
const tooLong = (n: string) => `the text is ${n} characters long; the limit is 1,000,000 characters`;

const MB = 1_048_576;
const issueParagraphs = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i}: officials said the convoy moved north of the river before dawn.`);
const shortParagraphs = Array.from({ length: 20_000 }, (_, i) => `Report ${i} said.`);
const html = (body: string) => `<html><head></head><body>${body}</body></html>`;
const nestedDivs = (n: number) => `${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}`;
// Unclosed formatting tags are copied into every later paragraph by the HTML rules.
const tangled = `<p>${Array.from({ length: 400 }, (_, i) => `<b id=${i}>`).join('')}${'</p><p>x'.repeat(20_000)}`;
const mdIndentedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n');
const markupHeavy = html(`<p>${'<span class="story-word" data-track="convoy">w</span> '.repeat(90_000)}</p>`);

/** [what it is, the name it is picked under, its bytes, what happens]. */
const CORPUS: [string, string, () => Uint8Array, Outcome][] = [
  // Binary files named as articles: named for what they are, never read.
  ['a PNG image named .txt', 'image-png.txt', real('image-png.txt'), refused(`image-png.txt: ${BINARY}`)],
  ['a PDF named .txt (no NUL in its first bytes)', 'scan-pdf.txt', real('scan-pdf.txt'), refused(`scan-pdf.txt: ${BINARY}`)],
  ['a ZIP (or .docx) named .txt', 'archive-zip.txt', real('archive-zip.txt'), refused(`archive-zip.txt: ${BINARY}`)],
  ['an old Word document named .txt', 'report-doc.txt', real('report-doc.txt'), refused(`report-doc.txt: ${BINARY}`)],
  ['a JPEG named .md', 'photo-jpeg.md', real('photo-jpeg.md'), refused(`photo-jpeg.md: ${BINARY}`)],
  ['NUL bytes at the start', 'nul-bytes.txt', real('nul-bytes.txt'), refused(`nul-bytes.txt: ${BINARY}`)],
  ['a NUL byte deep in a text', 'nul-on-line-200.txt', real('nul-on-line-200.txt'), refused('nul-on-line-200.txt: it has a NUL byte on line 200, which text never has; the file may be damaged')],
  // Encodings: UTF-16 with a byte-order mark is read and said; the rest is refused with its reason.
  ['UTF-16LE with a BOM, Arabic and CRLF', 'utf16le-bom.txt', real('utf16le-bom.txt'), imported('utf16le-bom.txt', 74, 'Ceasefire holds in Deir Ezzor', 'UTF-16LE')],
  ['UTF-16BE Markdown with a BOM', 'utf16be-bom.md', real('utf16be-bom.md'), imported('utf16be-bom.md', 45, 'Bulletin from Raqqa', 'UTF-16BE')],
  ['UTF-16LE without a BOM', 'utf16le-nobom.txt', real('utf16le-nobom.txt'), refused(`utf16le-nobom.txt: ${NO_BOM}`)],
  ['UTF-16BE HTML without a BOM', 'utf16be-nobom.html', real('utf16be-nobom.html'), refused(`utf16be-nobom.html: ${NO_BOM}`)],
  ['UTF-16LE with a BOM and nothing else', 'utf16le-bom-only.txt', real('utf16le-bom-only.txt'), refused(`utf16le-bom-only.txt: ${NO_TEXT}`)],
  ['UTF-16LE with a BOM, cut in a surrogate pair', 'broken-utf16le.txt', real('broken-utf16le.txt'), refused('broken-utf16le.txt: it starts like UTF-16LE text but has bytes that are not UTF-16LE (save it as UTF-8 and import again)')],
  ['UTF-32LE with a BOM', 'utf32le-bom.txt', real('utf32le-bom.txt'), refused('utf32le-bom.txt: it is UTF-32 text, which cannot be imported (save it as UTF-8 and import again)')],
  ['Arabic in Windows-1256', 'arabic-1256.txt', real('arabic-1256.txt'), refused(`arabic-1256.txt: ${NOT_UTF8}`)],
  ['French in Latin-1', 'latin1-cafe.txt', real('latin1-cafe.txt'), refused(`latin1-cafe.txt: ${NOT_UTF8}`)],
  ['UTF-8 cut in the middle of a character', 'utf8-cut-mid-character.txt', real('utf8-cut-mid-character.txt'), refused(`utf8-cut-mid-character.txt: ${NOT_UTF8}`)],
  ['UTF-8 with a BOM and CRLF', 'utf8-bom-crlf.txt', real('utf8-bom-crlf.txt'), imported('utf8-bom-crlf.txt', 39, 'Oil field retaken')],
  ['a UTF-8 BOM and nothing else', 'utf8-bom-only.txt', real('utf8-bom-only.txt'), refused(`utf8-bom-only.txt: ${NO_TEXT}`)],
  ['lone CR line ends', 'lone-cr.txt', real('lone-cr.txt'), imported('lone-cr.txt', 60, 'Dispatch from Hajin')],
  ['an empty file', 'empty.md', real('empty.md'), refused('empty.md: the file is empty')],
  ['whitespace only (a no-break space too)', 'whitespace-only.txt', real('whitespace-only.txt'), refused(`whitespace-only.txt: ${NO_TEXT}`)],
  // Truncated and malformed markup: read the way a browser would, or said to be empty.
  ['HTML cut off mid-word', 'truncated.html', real('truncated.html'), imported('truncated.html', 27, 'Cut short')],
  ['HTML with unclosed tags everywhere', 'unclosed-tags.html', real('unclosed-tags.html'), imported('unclosed-tags.html', 46, 'unclosed-tags')],
  ['HTML with unterminated attribute quotes', 'mismatched-quotes.html', real('mismatched-quotes.html'), imported('mismatched-quotes.html', 24, 'mismatched-quotes')],
  ['HTML of only script and an image', 'script-only.html', real('script-only.html'), refused(`script-only.html: ${NO_TEXT}`)],
  ['an HTML frameset (no body)', 'frameset.html', real('frameset.html'), refused(`frameset.html: ${NO_TEXT}`)],
  ['Markdown with unclosed emphasis, link and fence', 'malformed.md', real('malformed.md'), imported('malformed.md', 91, 'Broken bulletin')],
  // Size: the byte limit of the IPC contract, then the text limit of the reader.
  ['a 100 MB file', 'huge.txt', () => new Uint8Array(100 * MB).fill(0x61), refused('huge.txt: the file is 100 MB; the limit is 20 MB')],
  ['one byte over 20 MB', 'over.txt', () => new Uint8Array(20 * MB + 1).fill(0x61), refused('over.txt: the file is 20.0 MB; the limit is 20 MB')],
  ['a 19 MB text', 'big.txt', utf8('The convoy moved north of the river before dawn, officials said.\n\n'.repeat(290_000)), refused(`big.txt: ${tooLong('19,140,000')}`)],
  ['a text of exactly 1,000,000 characters', 'limit.txt', utf8('x'.repeat(1_000_000)), imported('limit.txt', 1_000_000, 'limit')],
  ['a text of 1,000,001 characters', 'over-limit.txt', utf8('x'.repeat(1_000_001)), refused(`over-limit.txt: ${tooLong('1,000,001')}`)],
  ['a single line of 999,999 characters', 'one-line.txt', utf8('word '.repeat(200_000).trimEnd()), imported('one-line.txt', 999_999, 'one-line')],
  // The first "x" is the title, so the text starts after it. A regular expression kept a stack entry per line and overflowed here.
  ['5,000,000 short lines', 'lines.txt', utf8('x\n'.repeat(5_000_000)), refused(`lines.txt: ${tooLong('9,999,998')}`)],
  ['Markdown source over the limit', 'long.md', utf8('Words, words. '.repeat(80_000)), refused(`long.md: ${tooLong('1,120,000')}`)],
  ['5 MB of HTML markup around 180,000 characters of text', 'markup.html', utf8(markupHeavy), imported('markup.html', 179_999, 'markup')],
  // Many blocks and line breaks: linear in time, and within the text limit.
  ['20,000 paragraphs of HTML (1.8 MB, the probe\'s file)', 'paragraphs.html', utf8(html(issueParagraphs.map((p) => `<p>${p}</p>\n`).join(''))), refused(`paragraphs.html: ${tooLong(issueParagraphs.join('\n\n').length.toLocaleString('en'))}`)],
  ['20,000 short paragraphs of HTML', 'short-paragraphs.html', utf8(html(shortParagraphs.map((p) => `<p>${p}</p>`).join(''))), imported('short-paragraphs.html', shortParagraphs.join('\n\n').length, 'short-paragraphs')],
  ['200,000 <br> between words (1 MB)', 'breaks.html', utf8(`<p>${'x<br>'.repeat(200_000)}</p>`), imported('breaks.html', 399_999, 'breaks')],
  ['200,000 <br> and nothing else', 'only-breaks.html', utf8(`<p>${'<br>'.repeat(200_000)}</p>`), refused(`only-breaks.html: ${NO_TEXT}`)],
  ['2,000 Markdown paragraphs with marks', 'paragraphs.md', utf8(Array.from({ length: 2_000 }, (_, i) => `Paragraph ${i} with *em*, **strong** and [a link](https://example.org/${i}).`).join('\n\n')), imported('paragraphs.md', 86_888, 'paragraphs')],
  // Nesting: refused with the depth and the limit, never a stack overflow.
  ['HTML nested 2,013 levels deep', 'report.html', utf8(nestedDivs(2_013)), refused('report.html: the HTML is nested 2,013 levels deep; the limit is 500')],
  ['HTML nested 500 levels deep (the limit)', 'deep.html', utf8(nestedDivs(500)), imported('deep.html', 4, 'deep')],
  ['HTML nested 501 levels deep', 'too-deep.html', utf8(nestedDivs(501)), refused('too-deep.html: the HTML is nested 501 levels deep; the limit is 500')],
  ['HTML nested 100,000 levels deep', 'abyss.html', utf8('<div>'.repeat(100_000)), refused('abyss.html: the HTML is nested 100,000 levels deep; the limit is 500')],
  ['400 unclosed tags copied into 20,000 paragraphs', 'tangled.html', utf8(tangled), refused(`tangled.html: its HTML leaves so many tags unclosed that reading it would make more than ${(10_000 + Math.ceil(tangled.length / 2)).toLocaleString('en')} elements; the file may be damaged`)],
  ['"- ".repeat(10000): one thematic break', 'rule.md', utf8('- '.repeat(10_000)), refused(`rule.md: ${NO_TEXT}`)],
  ['"- ".repeat(10000) and a word: 10,000 nested lists', 'lists.md', utf8(`${'- '.repeat(10_000)}x`), refused('lists.md: the Markdown is nested 10,000 levels deep; the limit is 100')],
  ['10,000 nested quotes', 'quotes.md', utf8(`${'> '.repeat(10_000)}x`), refused('quotes.md: the Markdown is nested 10,000 levels deep; the limit is 100')],
  ['100,000 nested brackets', 'brackets.md', utf8(`${'['.repeat(100_000)}a${']'.repeat(100_000)}`), refused('brackets.md: the Markdown is nested 100,000 levels deep; the limit is 100')],
  ['10,000 nested emphasis marks', 'emphasis.md', utf8(`${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`), refused('emphasis.md: the Markdown is nested 10,000 levels deep; the limit is 100')],
  ['a list indented 150 levels deep', 'indented.md', utf8(mdIndentedList(150)), refused('indented.md: the Markdown is nested 150 levels deep; the limit is 100')],
  ['a list indented 100 levels deep (the limit)', 'indented-100.md', utf8(mdIndentedList(100)), imported('indented-100.md', 298, 'indented-100')],
  // Names: stored and shown without folders, controls or bidi characters.
  ['a name climbing out of its folder', '../../etc/passwd.md', utf8('root:x:0:0'), imported('passwd.md', 10, 'passwd')],
  ['a Windows path with ..', 'C:\\Users\\me\\..\\..\\secret.md', utf8('Secret plans.'), imported('secret.md', 13, 'secret')],
  ['a right-to-left override hiding .exe', 'invoice\u202Etxt.exe', utf8('MZ'), refused(`invoicetxt.exe: files of type "exe" cannot be imported; ${TYPES}`)],
  ['a right-to-left override around a good name', '\u202Enews\u202C.md', utf8('Body of the news.'), imported('news.md', 17, 'news')],
  ['isolates, marks and a bell in a name; the title from it', 'notes\u2067\u2069\u200F\u0007.md', utf8('A plain paragraph.'), imported('notes.md', 18, 'notes')],
  ['a 300-character name, cut to 255 with its extension kept', `${'a'.repeat(300)}.md`, utf8('A long name.'), imported(`${'a'.repeat(251)}….md`, 12, `${'a'.repeat(251)}…`)],
  ['a name that is only ..', '..', utf8('Text.'), refused(`untitled: files of type "none" cannot be imported; ${TYPES}`)],
  ['an empty name', '', utf8('Text.'), refused(`untitled: files of type "none" cannot be imported; ${TYPES}`)],
  // Titles from the text keep their words, not their bidi overrides.
  ['a title line wrapped in a bidi override', 'override.txt', utf8('\u202EBreaking: strike on convoy\u202C\n\nBody.'), imported('override.txt', 5, 'Breaking: strike on convoy')],
  ['an og:title with an override and isolates', 'og.html', utf8(html('<p>Body.</p>').replace('<head></head>', '<head><meta property="og:title" content="\u2067Strike\u2069 \u202Ereport"></head>')), imported('og.html', 5, 'Strike report')],
  ['a Markdown heading with an override', 'heading.md', utf8('# \u202DHeadline\u202C\n\nBody.'), imported('heading.md', 5, 'Headline')],
];

describe('the article import on bad input', () => {
  it.each(CORPUS)('%s', (_what, name, bytes, expected) => {
    expect(outcomeOf(parseArticleFile(name, bytes()))).toEqual(expected);
  });

  it('has at least 40 files, and every file in e2e/data/bad is in the table', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    const tabled = new Set(CORPUS.map(([, name]) => name));
    expect(readdirSync(BAD_DIR).filter((f) => !tabled.has(f))).toEqual([]);
  });
});

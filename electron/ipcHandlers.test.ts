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
function setup(picked: { open?: string[] | null; save?: string | null; writeFails?: boolean; backups?: string[] } = {}) {
  const files: PickedFile[] = [{ name: 'a.txt', bytes: new Uint8Array([65]) }];
  const folder = new Set(picked.backups ?? []);
  const effects: IpcEffects<IpcCaller> = {
    backupsFolder: () => '/data/Crosscheck/backups',
    makeFolder: vi.fn(async () => undefined),
    writeFileWhole: vi.fn(async (path: string) => {
      if (picked.writeFails) throw new Error('ENOSPC: no space left on device');
      folder.add(path.split('/').pop() ?? '');
    }),
    listFolder: vi.fn(async () => [...folder]),
    removeFile: vi.fn(async (path: string) => {
      folder.delete(path.split('/').pop() ?? '');
    }),
    pickFiles: vi.fn(async () => (picked.open === undefined ? ['/home/u/a.txt'] : picked.open)),
    pickSavePath: vi.fn(async () => (picked.save === undefined ? '/home/u/out.jsonld' : picked.save)),
    readPickedFiles: vi.fn(async () => files),
    writeFile: vi.fn(async () => {
      if (picked.writeFails) throw new Error('EACCES: permission denied');
    }),
  };
  return { handlers: ipcHandlers(effects), effects, files, folder };
}

const AT = '2026-11-30T04:40:00.000Z';
const BACKUP = { projectId: 'p_mx2nncc6gxevfx3rl1', at: AT, data: new Uint8Array([80, 75]) };

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
    [CHANNELS.writeBackup, [BACKUP]],
  ];

  it.each(calls.flatMap(([channel, args]) => strangers.map(([who, caller]) => [channel, who, caller, args] as const)))('%s refuses %s before any dialog', async (channel, _who, caller, args) => {
    const { handlers, effects } = setup();
    expect(await handlers[channel as keyof typeof handlers](caller, args)).toEqual({ ok: false, error: NOT_US });
    expect(effects.pickFiles).not.toHaveBeenCalled();
    expect(effects.pickSavePath).not.toHaveBeenCalled();
    expect(effects.readPickedFiles).not.toHaveBeenCalled();
    expect(effects.writeFile).not.toHaveBeenCalled();
    expect(effects.writeFileWhole).not.toHaveBeenCalled();
  });

  it.each<[string, unknown[], string]>([
    [CHANNELS.writeBackup, [], 'refused: expected 1 argument, got 0'],
    [CHANNELS.writeBackup, [{ ...BACKUP, projectId: '../../../.ssh' }], 'refused: the backup does not name its project by an id'],
    [CHANNELS.writeBackup, [{ ...BACKUP, projectId: '' }], 'refused: the backup does not name its project by an id'],
    [CHANNELS.writeBackup, [{ ...BACKUP, at: '../../evil' }], 'refused: the backup’s time is not an ISO time in UTC'],
    [CHANNELS.writeBackup, [{ ...BACKUP, at: '2026-11-30T04:40:00.000Z/x' }], 'refused: the backup’s time is not an ISO time in UTC'],
    [CHANNELS.writeBackup, [{ ...BACKUP, data: 'PK' }], 'refused: the backup holds no bytes'],
    [CHANNELS.writeBackup, ['backup'], 'refused: the backup is not described'],
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
    expect(effects.writeFileWhole).not.toHaveBeenCalled();
  });

  it('keeps a backup as a whole file under the data folder, named by its time, and the newest twenty only', async () => {
    const older = Array.from({ length: 20 }, (_, i) => `2026-11-29T10-${String(i).padStart(2, '0')}-00.000Z.crosscheck`);
    const { handlers, effects, folder } = setup({ backups: [...older, 'notes.txt'] });
    const result = await handlers[CHANNELS.writeBackup](APP, [BACKUP]);
    expect(result).toEqual({ ok: true, value: '/data/Crosscheck/backups/p_mx2nncc6gxevfx3rl1/2026-11-30T04-40-00.000Z.crosscheck' });
    expect(effects.makeFolder).toHaveBeenCalledWith('/data/Crosscheck/backups/p_mx2nncc6gxevfx3rl1');
    expect(effects.writeFileWhole).toHaveBeenCalledWith('/data/Crosscheck/backups/p_mx2nncc6gxevfx3rl1/2026-11-30T04-40-00.000Z.crosscheck', BACKUP.data);
    // The oldest went; a file that is not a backup stays.
    expect([...folder].sort()).toEqual([...older.slice(1), '2026-11-30T04-40-00.000Z.crosscheck', 'notes.txt'].sort());
  });

  it('says which backup file could not be written', async () => {
    const { handlers } = setup({ writeFails: true });
    expect(await handlers[CHANNELS.writeBackup](APP, [BACKUP])).toEqual({
      ok: false,
      error: '/data/Crosscheck/backups/p_mx2nncc6gxevfx3rl1/2026-11-30T04-40-00.000Z.crosscheck could not be written: ENOSPC: no space left on device',
    });
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

import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type CrosscheckApi } from './api';

// Task-shaped functions only: the page never sees ipcRenderer or any Node API.
const versionArg = process.argv.find((a) => a.startsWith('--crosscheck-version='));

const api: CrosscheckApi = {
  version: versionArg ? versionArg.slice('--crosscheck-version='.length) : 'unknown',
  openArticleFiles: () => ipcRenderer.invoke(CHANNELS.openArticleFiles),
};

contextBridge.exposeInMainWorld('crosscheck', api);

import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type CrosscheckApi } from './api';

// Task-shaped functions only: the page never sees ipcRenderer or any Node API.
const api: CrosscheckApi = {
  openArticleFiles: () => ipcRenderer.invoke(CHANNELS.openArticleFiles),
};

contextBridge.exposeInMainWorld('crosscheck', api);

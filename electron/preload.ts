import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type CrosscheckApi } from './api';

// Task-shaped functions only: the page never sees ipcRenderer or any Node API.
const api: CrosscheckApi = {
  openArticleFiles: () => ipcRenderer.invoke(CHANNELS.openArticleFiles),
  openDataFiles: () => ipcRenderer.invoke(CHANNELS.openDataFiles),
  saveFile: (file) => ipcRenderer.invoke(CHANNELS.saveFile, file),
  writeBackup: (file) => ipcRenderer.invoke(CHANNELS.writeBackup, file),
};

contextBridge.exposeInMainWorld('crosscheck', api);

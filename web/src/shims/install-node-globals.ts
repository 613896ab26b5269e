/**
 * The Node globals the server's validator uses, installed for the browser pre-check worker. Import
 * this module before any validator module: ES modules evaluate in import order, so the globals are
 * in place before code that reads them runs. Under Node (tests) the real globals stay.
 */
import { Buffer } from 'buffer';
import { decodeUtf8Natively } from './native-utf8';

interface NodeGlobals {
  Buffer?: unknown;
  setImmediate?: unknown;
}

const scope = globalThis as NodeGlobals;

if (scope.Buffer === undefined) {
  decodeUtf8Natively(Buffer);
  scope.Buffer = Buffer;
}
if (typeof scope.setImmediate !== 'function') scope.setImmediate = messageChannelImmediate();

/**
 * The validator yields to the event loop between batches with `setImmediate`. A message on a channel
 * runs as soon as the loop is free, without the 4 ms clamp nested `setTimeout(0)` calls get.
 */
function messageChannelImmediate(): (callback: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
}

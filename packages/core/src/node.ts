// @knet/core/node: helpers that need Node's file system (reading files by path). Not for browsers.
export {};

// Node's system errors (EISDIR, ENOSPC, EPIPE...) in plain words for one-line messages: a person sees
// "it is a folder, not a file", never "EISDIR: illegal operation on a directory, open '/tmp/x'".

/** True when the reader of the output went away (`knet ... | head`): not a failure, the run just ends. */
export function isClosedOutput(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
}

/** Why a file could not be written (or read), in words; undefined when `error` is not a system error. */
export function systemReason(error: unknown): string | undefined {
  const code = errorCode(error);
  if (code === undefined) return undefined;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EFBIG':
      return 'the file would be too large for the disk';
    case 'ELOOP':
      return 'its path is a loop of symbolic links';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'it is in use by another program';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'EPIPE':
      return 'the program reading it has stopped';
    default:
      return /^E[A-Z0-9]+$/.test(code) ? `the system refused (${code})` : undefined;
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

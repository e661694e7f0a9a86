import { describe, expect, it } from 'vitest';
import { stripRemoteErrorPrefix, toRendererError } from '../../../electron/preload/remote-error.ts';

describe('errors from the main process', () => {
  it('shows the Swedish message without Electron\'s transport prefix', () => {
    expect(
      stripRemoteErrorPrefix("Error invoking remote method 'moa:open-file': UserFileError: Filen ”a.json” är för stor (201 MB)."),
    ).toBe('Filen ”a.json” är för stor (201 MB).');
    expect(stripRemoteErrorPrefix("Error invoking remote method 'moa:save-file': Error: IPC refused on moa:save-file: untrusted sender (none)")).toBe(
      'IPC refused on moa:save-file: untrusted sender (none)',
    );
  });

  it('leaves other messages alone', () => {
    expect(stripRemoteErrorPrefix('Något gick fel')).toBe('Något gick fel');
  });

  it('always hands the renderer an Error', () => {
    expect(toRendererError('text')).toEqual(new Error('text'));
    expect(toRendererError(new TypeError("Error invoking remote method 'x': TypeError: y")).message).toBe('y');
  });
});

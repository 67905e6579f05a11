import { Observable, of, Subject, throwError } from 'rxjs';

import { ApiError } from '../../core/http/api-error';
import { Autosave } from './autosave';

describe('Autosave', () => {
  let save: jest.Mock<Observable<string>, [string]>;
  let saved: jest.Mock<void, [string]>;
  let saver: Autosave<string, string>;

  beforeEach(() => {
    jest.useFakeTimers();
    save = jest.fn((value: string) => of(`saved:${value}`));
    saved = jest.fn();
    saver = new Autosave(
      {
        save: (value) => save(value),
        versionOf: () => 1,
        valueOf: (result) => result,
        fields: [],
        onSaved: saved,
        delayMs: 1000,
        retryDelaysMs: [2000, 5000],
      },
      { version: 1, value: '' },
    );
  });

  afterEach(() => {
    saver.destroy();
    jest.useRealTimers();
  });

  it('saves only the last value, a moment after the last change', async () => {
    saver.change('V');
    jest.advanceTimersByTime(600);
    saver.change('Voldoet');
    jest.advanceTimersByTime(999);
    expect(save).not.toHaveBeenCalled();
    expect(saver.status()).toBe('pending');

    await jest.advanceTimersByTimeAsync(1);

    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Voldoet');
    expect(saved).toHaveBeenCalledWith('saved:Voldoet');
    expect(saver.status()).toBe('saved');
    expect(saver.savedAt()).not.toBeNull();
  });

  it('saves at once on flush and then has nothing left to save', async () => {
    saver.change('bevinding');
    expect(saver.hasUnsaved()).toBe(true);

    await saver.flush();

    expect(save).toHaveBeenCalledWith('bevinding');
    expect(saver.hasUnsaved()).toBe(false);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never says saved after an edit it could not send, until the next edit is saved', async () => {
    saver.change('bevinding');
    await saver.flush();
    expect(saver.status()).toBe('saved');

    saver.change('half');
    saver.hold();
    await jest.advanceTimersByTimeAsync(5000);

    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.status()).toBe('incomplete');
    expect(saver.hasUnsaved()).toBe(true);
    saver.change('heel');
    await saver.flush();
    expect(saver.status()).toBe('saved');
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('stays not saved when an edit is held while an earlier save is still running', async () => {
    const first = new Subject<string>();
    save.mockReturnValueOnce(first);
    saver.change('een');
    const running = saver.flush();
    saver.hold();
    first.next('saved:een');
    first.complete();
    await running;

    expect(saver.status()).toBe('incomplete');
  });

  it('keeps one save at a time and sends what changed meanwhile in the next one', async () => {
    const first = new Subject<string>();
    save.mockReturnValueOnce(first);
    saver.change('een');
    const running = saver.flush();
    saver.change('een twee');
    first.next('saved:een');
    first.complete();
    await running;

    expect(save.mock.calls.map(([value]) => value)).toEqual(['een', 'een twee']);
    expect(saver.status()).toBe('saved');
  });

  it('keeps a failed value and tries it again on the next flush', async () => {
    save.mockReturnValueOnce(throwError(() => new Error('offline')));
    saver.change('tekst');
    await saver.flush();
    expect(saver.status()).toBe('error');
    expect(saver.error()).toEqual(new Error('offline'));
    expect(saver.hasUnsaved()).toBe(true);

    await saver.flush();

    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('tekst');
    expect(saver.status()).toBe('saved');
    expect(saver.error()).toBeNull();
  });

  it('tries a save that found no connection again by itself, later each time', async () => {
    save
      .mockReturnValueOnce(throwError(() => new ApiError(0, 'Geen verbinding')))
      .mockReturnValueOnce(throwError(() => new ApiError(0, 'Geen verbinding')));
    saver.change('tekst');
    await saver.flush();
    expect(saver.status()).toBe('error');
    expect(saver.retrying()).toBe(true);

    await jest.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.status()).toBe('error');

    await jest.advanceTimersByTimeAsync(4999);
    expect(save).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save).toHaveBeenLastCalledWith('tekst');
    expect(saver.status()).toBe('saved');
    expect(saver.retrying()).toBe(false);
  });

  it('does not retry by itself a save the server refused', async () => {
    save.mockReturnValueOnce(throwError(() => new ApiError(422, 'Te lang')));
    saver.change('tekst');
    await saver.flush();
    expect(saver.retrying()).toBe(false);

    await jest.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.status()).toBe('error');
  });
});

describe('Autosave with versions', () => {
  interface Note {
    text: string;
    tag: string;
  }
  interface SavedNote extends Note {
    version: number;
  }
  const conflictWith = (current: SavedNote) =>
    new ApiError(
      409,
      'Intussen gewijzigd.',
      '/problems/version-conflict',
      {},
      {
        type: '/problems/version-conflict',
        title: 'Intussen gewijzigd',
        status: 409,
        detail: 'Intussen gewijzigd.',
        current,
      },
    );

  afterEach(() => jest.useRealTimers());

  it('sends the version last seen and names the fields the other version changed', async () => {
    jest.useFakeTimers();
    const save = jest.fn((note: Note, version: number) => of({ ...note, version: version + 1 }));
    const saver = new Autosave<Note, SavedNote>(
      {
        save,
        versionOf: (note) => note.version,
        valueOf: ({ text, tag }) => ({ text, tag }),
        fields: ['text', 'tag'],
        describe: () => ({ by: 'Sam', at: '2026-01-01T10:00:00Z' }),
      },
      { version: 2, value: { text: 'a', tag: 'x' } },
    );
    saver.change({ text: 'b', tag: 'x' });
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith({ text: 'b', tag: 'x' }, 2);

    save.mockReturnValueOnce(throwError(() => conflictWith({ text: 'b', tag: 'y', version: 9 })));
    saver.change({ text: 'c', tag: 'x' });
    await saver.flush();
    expect(saver.status()).toBe('conflict');
    expect(saver.conflict()).toEqual(
      expect.objectContaining({ changed: ['tag'], by: 'Sam', at: '2026-01-01T10:00:00Z' }),
    );

    await saver.overwrite();
    expect(save).toHaveBeenLastCalledWith({ text: 'c', tag: 'x' }, 9);
    expect(saver.status()).toBe('saved');
    saver.destroy();
  });
});

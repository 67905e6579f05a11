import { Observable, of, Subject, throwError } from 'rxjs';

import { DebouncedSave } from './debounced-save';

describe('DebouncedSave', () => {
  let save: jest.Mock<Observable<string>, [string]>;
  let saved: jest.Mock<void, [string]>;
  let saver: DebouncedSave<string, string>;

  beforeEach(() => {
    jest.useFakeTimers();
    save = jest.fn((value: string) => of(`saved:${value}`));
    saved = jest.fn();
    saver = new DebouncedSave(save, saved, 1000);
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
});

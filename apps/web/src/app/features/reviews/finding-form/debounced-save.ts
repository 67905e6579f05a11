import { signal } from '@angular/core';
import { firstValueFrom, Observable } from 'rxjs';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export const SAVE_DELAY_MS = 1000;

/**
 * Saves a value a moment after the last change, one save at a time: changes made while a save
 * runs go in the next one, and a failed save is tried again by the next change or by `flush()`.
 * A review has one author, so unlike the self-assessment there is no version to compare.
 */
export class DebouncedSave<T, R> {
  readonly status = signal<SaveStatus>('idle');
  readonly error = signal<unknown>(null);
  readonly savedAt = signal<string | null>(null);

  private latest: T | null = null;
  private failed: T | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: (value: T) => Observable<R>,
    private readonly onSaved: (result: R) => void,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  change(value: T): void {
    this.latest = value;
    this.status.set('pending');
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now what is waiting (on leaving a field, the page, or "save now"). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.running) {
      await this.running;
    }
    const value = this.latest ?? this.failed;
    if (value === null) {
      return;
    }
    this.latest = null;
    this.failed = null;
    this.running = this.send(value);
    await this.running;
    this.running = null;
    if (this.latest !== null) {
      await this.flush();
    }
  }

  /** True while a change has not reached the server yet. */
  hasUnsaved(): boolean {
    return this.latest !== null || this.failed !== null || this.running !== null;
  }

  destroy(): void {
    this.clearTimer();
  }

  private async send(value: T): Promise<void> {
    this.status.set('saving');
    this.error.set(null);
    try {
      const result = await firstValueFrom(this.save(value));
      this.savedAt.set(new Date().toISOString());
      this.status.set(this.latest === null ? 'saved' : 'pending');
      this.onSaved(result);
    } catch (error) {
      this.failed = value;
      this.error.set(error);
      this.status.set('error');
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}

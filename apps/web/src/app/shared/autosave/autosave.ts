import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, effect, inject, Signal, signal, untracked } from '@angular/core';
import { firstValueFrom, Observable } from 'rxjs';

import { ApiError } from '../../core/http/api-error';

export type AutosaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'incomplete' | 'error' | 'conflict';

export const AUTOSAVE_DELAY_MS = 1000;

/** Waits before trying a save again that failed for want of a connection; the last one repeats. */
export const RETRY_DELAYS_MS = [2000, 5000, 10000, 30000];

/** A 409: someone (or another tab) saved first. `changed` names the fields that differ from what we had. */
export interface SaveConflict<V, R> {
  current: R;
  changed: (keyof V)[];
  /** Who saved the version that is there now, and when, where the API tells. */
  by: string | null;
  /** The user who saved it, to tell "you, in another tab" from someone else. */
  byUserId: string | null;
  at: string | null;
}

export interface AutosaveOptions<V, R> {
  /** Sends one value with the version it is based on. */
  save: (value: V, version: number) => Observable<R>;
  /** The version and the value the server holds after a save, or in a 409's `current`. */
  versionOf: (result: R) => number;
  valueOf: (result: R) => V;
  /** The fields compared to say what changed on a conflict. */
  fields: readonly (keyof V)[];
  /** Who and when for a conflict's current version; null where the API does not say. */
  describe?: (current: R) => { by: string | null; byUserId?: string | null; at: string | null };
  /** When the save was; by default the moment the answer came. */
  savedAtOf?: (result: R) => string | null;
  onSaved?: (result: R) => void;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
}

/**
 * Saves a value a moment after the last change, with the version it last saw (optimistic
 * concurrency). One save at a time: changes made while a save runs go in the next one. A failed
 * save is kept: "save now" or the next change tries it again, and a save that found no
 * connection is tried again by itself after a while. A stale version (409 with the current
 * state) stops the saving until the user loads the other version or keeps their own.
 */
export class Autosave<V, R> {
  readonly status = signal<AutosaveStatus>('idle');
  readonly conflict = signal<SaveConflict<V, R> | null>(null);
  readonly error = signal<unknown>(null);
  readonly savedAt = signal<string | null>(null);
  /** True while the last failure was the connection's: a retry is planned. */
  readonly retrying = signal(false);

  private version: number;
  private base: V;
  private latest: V | null = null;
  /** What a failed save tried: "save now" tries it again, the next edit replaces it. */
  private failed: V | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  /** The last edit could not be sent as it is (a required field is empty, a text too long). */
  private held = false;
  private running: Promise<void> | null = null;
  private destroyed = false;

  constructor(
    private readonly options: AutosaveOptions<V, R>,
    initial: { version: number; value: V },
  ) {
    this.version = initial.version;
    this.base = initial.value;
  }

  /** Called on every edit; saves after a quiet moment. */
  change(value: V): void {
    this.latest = value;
    this.held = false;
    if (this.conflict()) {
      return;
    }
    this.status.set('pending');
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Saves now what is waiting (on leaving a field or the page, or on "save now"). */
  async flush(): Promise<void> {
    this.clearTimer();
    this.clearRetry();
    if (this.running) {
      await this.running;
    }
    const value = this.latest ?? this.failed;
    if (value === null || this.conflict()) {
      return;
    }
    this.latest = null;
    this.failed = null;
    this.running = this.send(value);
    await this.running;
    this.running = null;
    if (this.latest !== null && !this.conflict()) {
      await this.flush();
    }
  }

  /**
   * The form as it is now cannot be saved: drops what was waiting and says "not saved" until the
   * next change, so the status never shows an earlier save as if it covered this edit.
   */
  hold(): void {
    this.clearTimer();
    this.latest = null;
    this.held = true;
    if (!this.conflict()) {
      this.status.set('incomplete');
    }
  }

  /** True while a change has not reached the server yet. */
  hasUnsaved(): boolean {
    return this.held || this.latest !== null || this.failed !== null || this.running !== null;
  }

  /** Takes the other version; returns it to show in the form. */
  reload(): R | null {
    const conflict = this.conflict();
    if (!conflict) {
      return null;
    }
    this.accept(conflict.current);
    this.latest = null;
    this.conflict.set(null);
    this.status.set('idle');
    return conflict.current;
  }

  /** Keeps the user's value (the given one, else the last edit) on top of the version there now. */
  async overwrite(value?: V): Promise<void> {
    const conflict = this.conflict();
    if (!conflict) {
      return;
    }
    this.version = this.options.versionOf(conflict.current);
    this.conflict.set(null);
    this.latest = value ?? this.latest;
    await this.flush();
  }

  destroy(): void {
    this.destroyed = true;
    this.clearTimer();
    this.clearRetry();
  }

  private async send(value: V): Promise<void> {
    this.status.set('saving');
    this.error.set(null);
    this.retrying.set(false);
    try {
      const saved = await firstValueFrom(this.options.save(value, this.version));
      this.accept(saved);
      this.retries = 0;
      this.savedAt.set(this.options.savedAtOf?.(saved) ?? new Date().toISOString());
      this.status.set(this.held ? 'incomplete' : this.latest === null ? 'saved' : 'pending');
      this.options.onSaved?.(saved);
    } catch (error) {
      this.fail(error, value);
    }
  }

  private fail(error: unknown, value: V): void {
    const current = isConflict(error) ? currentOf<R>(error) : null;
    if (current) {
      this.latest = this.latest ?? value;
      const described = this.options.describe?.(current);
      const changed = changedFields(this.options.fields, this.base, this.options.valueOf(current));
      this.conflict.set({
        current,
        changed,
        by: described?.by ?? null,
        byUserId: described?.byUserId ?? null,
        at: described?.at ?? null,
      });
      this.status.set('conflict');
      return;
    }
    this.failed = value;
    this.error.set(error);
    this.status.set('error');
    if (isConnectionFailure(error) && !this.destroyed) {
      this.planRetry();
    }
  }

  private planRetry(): void {
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    if (delays.length === 0) {
      return;
    }
    const delay = delays[Math.min(this.retries, delays.length - 1)];
    this.retries += 1;
    this.retrying.set(true);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.latest === null) {
        void this.flush();
      }
    }, delay);
  }

  private accept(result: R): void {
    this.version = this.options.versionOf(result);
    this.base = this.options.valueOf(result);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }
}

export function changedFields<V>(fields: readonly (keyof V)[], before: V, after: V): (keyof V)[] {
  return fields.filter((field) => before[field] !== after[field]);
}

function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

function currentOf<R>(error: ApiError): R | null {
  const current = error.problem?.['current'];
  return typeof current === 'object' && current !== null ? (current as R) : null;
}

/** No answer at all, or a gateway that could not reach the API: worth trying again by itself. */
export function isConnectionFailure(error: unknown): boolean {
  const status =
    error instanceof ApiError || error instanceof HttpErrorResponse ? error.status : null;
  return status === 0 || status === 502 || status === 503 || status === 504;
}

/**
 * In a component: starts one autosave from the first value of `source` (later values, such as
 * the component's own saves coming back, leave it alone) and saves what is left when the
 * component goes (on leaving the page).
 */
export function autosaveFrom<S, V, R>(
  source: () => S,
  create: (first: S) => Autosave<V, R>,
): Signal<Autosave<V, R> | null> {
  const saver = signal<Autosave<V, R> | null>(null);
  effect(() => {
    const first = source();
    untracked(() => {
      if (!saver()) {
        saver.set(create(first));
      }
    });
  });
  inject(DestroyRef).onDestroy(() => {
    const current = saver();
    void current?.flush().finally(() => current.destroy());
  });
  return saver.asReadonly();
}

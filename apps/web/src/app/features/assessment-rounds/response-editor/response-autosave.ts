import { CriterionResponse, ResponseInput } from '@labelklaar/domain';

import { signal } from '@angular/core';
import { firstValueFrom, Observable } from 'rxjs';

import { ApiError } from '../../../core/http/api-error';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** A 409: someone else saved first. `changed` names the fields that differ from what we had. */
export interface SaveConflict {
  current: CriterionResponse;
  changed: (keyof ResponseInput)[];
}

export type SaveResponse = (input: ResponseInput, version: number) => Observable<CriterionResponse>;

export const AUTOSAVE_DELAY_MS = 1000;

const FIELDS: (keyof ResponseInput)[] = [
  'level',
  'targetLevel',
  'rationale',
  'notApplicable',
  'notApplicableReason',
  'state',
];

export function inputOf(response: CriterionResponse): ResponseInput {
  const { level, targetLevel, rationale, notApplicable, notApplicableReason, state } = response;
  return { level, targetLevel, rationale, notApplicable, notApplicableReason, state };
}

/**
 * Saves a response a moment after the last change, with the version it last saw. One save at a
 * time: changes made while a save runs go in the next one. A stale version stops the saving
 * until the user chooses to load the other version or to keep their own and overwrite it.
 */
export class ResponseAutosave {
  readonly status = signal<AutosaveStatus>('idle');
  readonly conflict = signal<SaveConflict | null>(null);
  readonly error = signal<unknown>(null);
  readonly savedAt = signal<string | null>(null);

  private version: number;
  private base: ResponseInput;
  private latest: ResponseInput | null = null;
  /** What a failed save tried: "save now" tries it again, the next edit replaces it. */
  private failed: ResponseInput | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: SaveResponse,
    private readonly onSaved: (response: CriterionResponse) => void,
    initial: CriterionResponse,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.version = initial.version;
    this.base = inputOf(initial);
  }

  /** Called on every edit; saves after a quiet moment. */
  change(input: ResponseInput): void {
    this.latest = input;
    if (this.conflict()) {
      return;
    }
    this.status.set('pending');
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now what is waiting (on leaving the field or the page). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.running) {
      await this.running;
    }
    const input = this.latest ?? this.failed;
    if (!input || this.conflict()) {
      return;
    }
    this.latest = null;
    this.failed = null;
    this.running = this.send(input);
    await this.running;
    this.running = null;
    if (this.latest && !this.conflict()) {
      await this.flush();
    }
  }

  /** Takes the other person's version; returns it to show in the form. */
  reload(): CriterionResponse | null {
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

  /** Keeps the user's text: saves it again on top of the version that is there now. */
  async overwrite(input: ResponseInput): Promise<void> {
    const conflict = this.conflict();
    if (!conflict) {
      return;
    }
    this.version = conflict.current.version;
    this.conflict.set(null);
    this.latest = input;
    await this.flush();
  }

  destroy(): void {
    this.clearTimer();
  }

  private async send(input: ResponseInput): Promise<void> {
    this.status.set('saving');
    this.error.set(null);
    try {
      const saved = await firstValueFrom(this.save(input, this.version));
      this.accept(saved);
      this.savedAt.set(saved.updatedAt);
      this.status.set(this.latest ? 'pending' : 'saved');
      this.onSaved(saved);
    } catch (error) {
      this.fail(error, input);
    }
  }

  private fail(error: unknown, input: ResponseInput): void {
    const current = error instanceof ApiError && error.status === 409 ? currentOf(error) : null;
    if (current) {
      this.latest = this.latest ?? input;
      this.conflict.set({ current, changed: changedFields(this.base, inputOf(current)) });
      this.status.set('conflict');
      return;
    }
    this.failed = input;
    this.error.set(error);
    this.status.set('error');
  }

  private accept(response: CriterionResponse): void {
    this.version = response.version;
    this.base = inputOf(response);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}

function currentOf(error: ApiError): CriterionResponse | null {
  const current = error.problem?.['current'];
  return typeof current === 'object' && current !== null ? (current as CriterionResponse) : null;
}

export function changedFields(
  before: ResponseInput,
  after: ResponseInput,
): (keyof ResponseInput)[] {
  return FIELDS.filter((field) => before[field] !== after[field]);
}

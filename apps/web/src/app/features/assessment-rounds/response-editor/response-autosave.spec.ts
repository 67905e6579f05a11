import { CriterionResponse, ResponseInput } from '@labelklaar/domain';

import { Observable, of, Subject, throwError } from 'rxjs';

import { aResponse } from '../../../../testing/fixtures';
import { ApiError } from '../../../core/http/api-error';
import { Autosave } from '../../../shared/autosave/autosave';
import {
  changedResponseFields as changedFields,
  inputOf,
  responseAutosave,
} from './response-editor.component';

const mine = (changes: Partial<ResponseInput> = {}): ResponseInput => ({
  ...inputOf(aResponse()),
  ...changes,
});

function conflictWith(current: CriterionResponse): ApiError {
  return new ApiError(
    409,
    'Sam heeft dit intussen gewijzigd.',
    '/problems/version-conflict',
    {},
    {
      type: '/problems/version-conflict',
      title: 'Intussen gewijzigd',
      status: 409,
      detail: 'Sam heeft dit intussen gewijzigd.',
      current,
    },
  );
}

describe('ResponseAutosave', () => {
  let save: jest.Mock<Observable<CriterionResponse>, [ResponseInput, number]>;
  let saved: jest.Mock<void, [CriterionResponse]>;
  let autosave: Autosave<ResponseInput, CriterionResponse>;

  beforeEach(() => {
    jest.useFakeTimers();
    save = jest.fn((input: ResponseInput, version: number) =>
      of(aResponse({ ...input, version: version + 1 })),
    );
    saved = jest.fn();
    autosave = responseAutosave(save, saved, aResponse({ version: 4 }), 1000);
  });

  afterEach(() => {
    autosave.destroy();
    jest.useRealTimers();
  });

  it('waits for a quiet moment and then saves only the last text, with the version it saw', async () => {
    autosave.change(mine({ rationale: 'E' }));
    jest.advanceTimersByTime(500);
    autosave.change(mine({ rationale: 'Een' }));
    jest.advanceTimersByTime(999);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.status()).toBe('pending');

    await jest.advanceTimersByTimeAsync(1);

    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(mine({ rationale: 'Een' }), 4);
    expect(autosave.status()).toBe('saved');
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ version: 5 }));
  });

  it('sends the next save with the version the last save returned', async () => {
    autosave.change(mine({ level: 2 }));
    await autosave.flush();
    autosave.change(mine({ level: 3 }));
    await autosave.flush();

    expect(save.mock.calls.map(([, version]) => version)).toEqual([4, 5]);
  });

  it('keeps edits made during a save for the save after it', async () => {
    const response = new Subject<CriterionResponse>();
    save.mockReturnValueOnce(response);
    autosave.change(mine({ rationale: 'eerste' }));
    const first = autosave.flush();
    autosave.change(mine({ rationale: 'tweede' }));
    response.next(aResponse({ rationale: 'eerste', version: 5 }));
    response.complete();
    await first;

    expect(save).toHaveBeenLastCalledWith(mine({ rationale: 'tweede' }), 5);
  });

  describe('when someone else saved first', () => {
    const theirs = aResponse({
      version: 7,
      level: 3,
      rationale: 'Hun tekst',
      updatedBy: { userId: 'user-2', displayName: 'Sam Jansen' },
    });

    beforeEach(async () => {
      save.mockReturnValueOnce(throwError(() => conflictWith(theirs)));
      autosave.change(mine({ rationale: 'Mijn tekst' }));
      await autosave.flush();
    });

    it('stops saving and shows who changed what', async () => {
      expect(autosave.status()).toBe('conflict');
      expect(autosave.conflict()?.current.updatedBy?.displayName).toBe('Sam Jansen');
      expect(autosave.conflict()?.changed).toEqual(['level', 'rationale']);

      autosave.change(mine({ rationale: 'Mijn tekst, langer' }));
      await jest.advanceTimersByTimeAsync(5000);
      expect(save).toHaveBeenCalledTimes(1);
    });

    it('reloads their version and continues from it', async () => {
      expect(autosave.reload()).toBe(theirs);
      expect(autosave.conflict()).toBeNull();

      autosave.change(mine({ level: 3, rationale: 'Hun tekst, aangevuld' }));
      await autosave.flush();
      expect(save).toHaveBeenLastCalledWith(
        mine({ level: 3, rationale: 'Hun tekst, aangevuld' }),
        7,
      );
    });

    it('keeps my text and overwrites on top of their version', async () => {
      await autosave.overwrite(mine({ rationale: 'Mijn tekst' }));

      expect(save).toHaveBeenLastCalledWith(mine({ rationale: 'Mijn tekst' }), 7);
      expect(autosave.status()).toBe('saved');
    });
  });

  it('shows another failure and tries again on the next change', async () => {
    save.mockReturnValueOnce(throwError(() => new ApiError(422, 'Geef een reden.')));
    autosave.change(mine({ notApplicable: true, notApplicableReason: ' ' }));
    await autosave.flush();
    expect(autosave.status()).toBe('error');
    expect(autosave.error()).toEqual(expect.objectContaining({ message: 'Geef een reden.' }));

    autosave.change(mine({ notApplicable: true, notApplicableReason: 'Geen jeugdwerk' }));
    await autosave.flush();
    expect(autosave.status()).toBe('saved');
  });
});

describe('changedFields', () => {
  it('names the fields that differ', () => {
    expect(changedFields(mine(), mine({ state: 'ready-for-review', targetLevel: 4 }))).toEqual([
      'targetLevel',
      'state',
    ]);
  });
});

import { rubricToYaml } from '@labelklaar/criteria/rules';
import { classifyMapping, diffRubricVersions, RubricVersionDetail } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { ProblemException } from '../common/problems/problem.exception';
import { RubricsService } from './rubrics.service';
import { rubricWorkbook } from './workbook/rubric-workbook.writer';

/** The version as it is stored, without what the API adds to it (hash, vocabulary). */
function contentOf(detail: RubricVersionDetail) {
  const content: Partial<RubricVersionDetail> = { ...detail };
  delete content.contentHash;
  delete content.evidenceKinds;
  return content as Omit<RubricVersionDetail, 'contentHash' | 'evidenceKinds'>;
}

/** Comparing two stored versions, and the version as YAML or as a workbook (and the template). */
@Injectable()
export class RubricExportsService {
  constructor(private readonly rubrics: RubricsService) {}

  async compare(rubricId: string, from: string, to: string) {
    if (from === to) {
      throw new ProblemException(422, 'rubric-compare-same', { version: from });
    }
    const [left, right] = await Promise.all([
      this.rubrics.get(rubricId, from),
      this.rubrics.get(rubricId, to),
    ]);
    const diff = diffRubricVersions(contentOf(left), contentOf(right));
    const mapped = right.previousVersion === left.version && right.mapping !== undefined;
    return {
      ...diff,
      mapping: mapped
        ? classifyMapping(contentOf(left), contentOf(right), right.mapping ?? [])
        : null,
    };
  }

  async yaml(rubricId: string, version: string): Promise<string> {
    return rubricToYaml(contentOf(await this.rubrics.current(rubricId, version)));
  }

  async workbook(rubricId: string, version: string): Promise<Buffer> {
    const rubric = contentOf(await this.rubrics.current(rubricId, version));
    const previous =
      rubric.previousVersion === undefined
        ? undefined
        : await this.rubrics.get(rubricId, rubric.previousVersion).catch(() => undefined);
    if (!previous) {
      return rubricWorkbook(rubric);
    }
    const before = contentOf(previous);
    return rubricWorkbook(rubric, {
      diff: diffRubricVersions(before, rubric),
      classification: classifyMapping(before, rubric, rubric.mapping ?? []),
    });
  }

  template(): Promise<Buffer> {
    return rubricWorkbook(undefined);
  }
}

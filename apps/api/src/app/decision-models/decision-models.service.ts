import { loadDecisionModelCatalog, validateDecisionModelContent } from '@labelklaar/criteria';
import {
  DecisionModel,
  DecisionModelContent,
  DecisionModelDraft,
  DecisionModelSummary,
  toDecisionModelSummary,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { Clock } from '../common/clock';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { DecisionModelsRepository, ModelOwner, ownerKeyOf } from './decision-models.repository';
import { DecisionModelEntity } from './entities/decision-model.entity';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const semverParts = (version: string) => SEMVER.exec(version)?.slice(1).map(Number) ?? [-1, -1, -1];

/** Ascending by `major.minor.patch`; a malformed version sorts first. */
function compareSemver(a: string, b: string): number {
  const [left, right] = [semverParts(a), semverParts(b)];
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

function nextMinor(version: string): string {
  const [major, minor] = semverParts(version);
  return major < 0 ? '1.0.0' : `${major}.${minor + 1}.0`;
}

const field = (content: unknown, key: string): unknown =>
  content !== null && typeof content === 'object' && !Array.isArray(content)
    ? (content as Record<string, unknown>)[key]
    : undefined;
const textField = (content: unknown, key: string): string | null => {
  const value = field(content, key);
  return typeof value === 'string' && value.length <= 100 ? value : null;
};

/** The latest version of each id, by semantic version. */
function latestById(models: DecisionModel[]): Map<string, DecisionModel> {
  const latest = new Map<string, DecisionModel>();
  for (const model of models) {
    const known = latest.get(model.id);
    if (!known || compareSemver(model.version, known.version) > 0) {
      latest.set(model.id, model);
    }
  }
  return latest;
}

/**
 * The decision model library: the models bundled with the product (read once), the label
 * owner's versions published through the product, and each organisation's own models, which
 * only that organisation sees. Other contexts ask `find` before they store a model's id, so no
 * one records a model the product does not have.
 */
@Injectable()
export class DecisionModelsService {
  private readonly bundled: DecisionModel[] = loadDecisionModelCatalog().map((content) => ({
    ...content,
    owner: 'label',
    publishedAt: null,
  }));

  constructor(
    private readonly repository: DecisionModelsRepository,
    private readonly clock: Clock,
  ) {}

  /** What the organisation sees (null: the label owner's library alone), by name. */
  async list(organisationId: string | null): Promise<DecisionModelSummary[]> {
    const models = [...(await this.visible(organisationId)).values()];
    return models
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((model) => toDecisionModelSummary(model));
  }

  /** The latest published version of a model the organisation sees, or null. */
  async find(organisationId: string | null, modelId: string): Promise<DecisionModel | null> {
    return (await this.visible(organisationId)).get(modelId) ?? null;
  }

  async detail(organisationId: string | null, modelId: string): Promise<DecisionModel> {
    const model = await this.find(organisationId, modelId);
    if (!model) {
      throw notFound();
    }
    return model;
  }

  async drafts(owner: ModelOwner): Promise<DecisionModelDraft[]> {
    return (await this.repository.drafts(owner)).map(toDraft);
  }

  async draft(owner: ModelOwner, draftId: string): Promise<DecisionModelDraft> {
    const draft = await this.repository.findDraft(owner, draftId);
    if (!draft) {
      throw notFound();
    }
    return toDraft(draft);
  }

  /**
   * A new draft: the given content, or a copy of a model the owner sees with the next minor
   * version (a new version of a library model; an organisation copies one to make it its own).
   */
  async createDraft(
    owner: ModelOwner,
    input: { content?: object; from?: string },
    userId: string,
  ): Promise<DecisionModelDraft> {
    let content: unknown = input.content ?? {};
    if (input.from !== undefined) {
      const source = await this.find(owner.organisationId, input.from);
      if (!source) {
        throw new ProblemException(422, 'decision-model-unknown', { id: input.from });
      }
      const { owner: sourceOwner, ...rest } = source;
      const copied: Partial<typeof rest> = { ...rest };
      delete copied.publishedAt;
      const sameOwner = sourceOwner === (owner.organisationId ? 'organisation' : 'label');
      // An organisation's copy of a library model is a model of its own, under an id of its own.
      content = sameOwner
        ? { ...copied, version: nextMinor(source.version) }
        : { ...copied, id: `${source.id}-eigen`.slice(0, 100), version: '1.0.0' };
    }
    return this.repository.transaction(async (manager) => {
      const entity = this.repository.create({
        organisationId: owner.organisationId,
        ownerKey: ownerKeyOf(owner),
        status: 'draft',
        content,
        modelId: textField(content, 'id'),
        version: textField(content, 'version'),
        createdById: userId,
        publishedAt: null,
      });
      return toDraft(await this.repository.save(manager, entity));
    });
  }

  updateDraft(owner: ModelOwner, draftId: string, content: object): Promise<DecisionModelDraft> {
    return this.repository.transaction(async (manager) => {
      const draft = await this.repository.findDraft(owner, draftId, manager, true);
      if (!draft) {
        throw notFound();
      }
      draft.content = content;
      draft.modelId = textField(content, 'id');
      draft.version = textField(content, 'version');
      return toDraft(await this.repository.save(manager, draft));
    });
  }

  deleteDraft(owner: ModelOwner, draftId: string): Promise<void> {
    return this.repository.transaction(async (manager) => {
      const draft = await this.repository.findDraft(owner, draftId, manager, true);
      if (!draft) {
        throw notFound();
      }
      await this.repository.remove(manager, draft.id);
    });
  }

  /**
   * Publishes a draft: its content must be a valid model (422 with every broken rule), its version
   * newer than the owner's published versions of that id (the bundled ones count for the label
   * owner), and an organisation's own model may not take the id of a library model.
   */
  async publish(owner: ModelOwner, draftId: string): Promise<DecisionModel> {
    // The library's ids, read before the transaction (its one connection runs its own queries).
    const libraryIds = owner.organisationId === null ? null : await this.visible(null);
    try {
      return await this.repository.transaction(async (manager) => {
        await this.repository.lockOwner(manager, owner);
        const draft = await this.repository.findDraft(owner, draftId, manager, true);
        if (!draft) {
          throw notFound();
        }
        const violations = validateDecisionModelContent(draft.content);
        if (violations.length > 0) {
          throw new ProblemException(
            422,
            'decision-model-invalid',
            { count: violations.length },
            [],
            {
              violations,
            },
          );
        }
        const content = draft.content as DecisionModelContent;
        if (libraryIds?.has(content.id)) {
          throw new ProblemException(409, 'decision-model-id-taken', { id: content.id });
        }
        const stored = await this.repository.publishedOf(manager, ownerKeyOf(owner), content.id);
        const versions = [
          ...stored.map((row) => row.version ?? '0.0.0'),
          ...(owner.organisationId === null
            ? this.bundled.filter((model) => model.id === content.id).map((m) => m.version)
            : []),
        ];
        const newest = versions.sort(compareSemver).at(-1);
        if (newest !== undefined && compareSemver(content.version, newest) <= 0) {
          throw new ProblemException(409, 'decision-model-version-not-newer', {
            version: content.version,
            newest,
          });
        }
        draft.status = 'published';
        draft.modelId = content.id;
        draft.version = content.version;
        draft.publishedAt = this.clock.now();
        return toModel(await this.repository.save(manager, draft));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_decision_models_published')) {
        throw new ProblemException(409, 'decision-model-version-not-newer', {
          version: 'this version',
          newest: 'this version',
        });
      }
      throw error;
    }
  }

  /** The library's models, shadowed by the organisation's own where an id is both. */
  private async visible(organisationId: string | null): Promise<Map<string, DecisionModel>> {
    const stored = (await this.repository.published(organisationId)).map(toModel);
    const label = latestById([...this.bundled, ...stored.filter((m) => m.owner === 'label')]);
    const own = latestById(stored.filter((model) => model.owner === 'organisation'));
    return new Map([...label, ...own]);
  }
}

function toModel(entity: DecisionModelEntity): DecisionModel {
  return {
    ...(entity.content as DecisionModelContent),
    owner: entity.organisationId ? 'organisation' : 'label',
    publishedAt: entity.publishedAt ? entity.publishedAt.toISOString() : null,
  };
}

function toDraft(entity: DecisionModelEntity): DecisionModelDraft {
  return {
    id: entity.id,
    owner: entity.organisationId ? 'organisation' : 'label',
    modelId: entity.modelId,
    content: entity.content,
    violations: validateDecisionModelContent(entity.content),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

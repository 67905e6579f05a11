import { PEER_GAPS, PeerGapRow } from '@labelklaar/domain';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { toUserMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { LiveMessageComponent } from '../../../shared/ui/live-message/live-message.component';
import { AssessmentRoundsApiService } from '../../assessment-rounds/data-access/assessment-rounds-api.service';
import { RUBRIC_CONTENT_LANG } from '../../rubrics/rubric-content';
import { LeerrapportApiService } from '../data-access/leerrapport-api.service';
import { JudgementLabelComponent } from '../judgement-label/judgement-label.component';
import { GAP_ICONS, isDifferent } from '../peer-judgement';

/**
 * Self vs peer: per criterion the organisation's own level beside the peers' merged judgement;
 * the criteria where the peers judged differently stand out by icon, word and a marked row.
 */
@Component({
  selector: 'lk-peer-gaps-page',
  imports: [RouterLink, TranslocoPipe, LiveMessageComponent, JudgementLabelComponent],
  templateUrl: './peer-gaps-page.component.html',
  styleUrl: './peer-gaps-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGapsPageComponent {
  private readonly leerrapportApi = inject(LeerrapportApiService);
  private readonly roundsApi = inject(AssessmentRoundsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  protected readonly contentLang = RUBRIC_CONTENT_LANG;
  protected readonly gapKinds = PEER_GAPS;
  protected readonly gapIcons = GAP_ICONS;

  readonly roundId = input.required<string>();

  protected readonly round = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.roundsApi.get(params.id),
  });
  protected readonly gaps = rxResource({
    params: () => ({ id: this.roundId(), org: this.session.activeOrganisationId() }),
    stream: ({ params }) => this.leerrapportApi.peerGaps(params.id),
  });
  protected readonly onlyDifferences = signal(false);
  protected readonly rows = computed<PeerGapRow[]>(() => {
    const rows = this.gaps.hasValue() ? this.gaps.value().criteria : [];
    return this.onlyDifferences() ? rows.filter((row) => isDifferent(row.gap)) : rows;
  });
  protected readonly differences = computed(() =>
    this.gaps.hasValue() ? this.gaps.value().criteria.filter((row) => isDifferent(row.gap)) : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.gaps.error() ?? this.round.error();
    return error ? toUserMessage(error, (key) => this.transloco.translate(key)) : null;
  });

  protected readonly isDifferent = isDifferent;

  protected toggleDifferences(event: Event): void {
    this.onlyDifferences.set((event.target as HTMLInputElement).checked);
  }
}

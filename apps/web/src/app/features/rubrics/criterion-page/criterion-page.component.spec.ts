import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { aRubricVersion } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/settle';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { problemInterceptor } from '../../../core/http/problem.interceptor';
import { CriterionPageComponent } from './criterion-page.component';

const VERSION_URL = '/api/v1/rubrics/sterk-sociaal-werk/versions/1.0.0';

describe('CriterionPageComponent', () => {
  let fixture: ComponentFixture<CriterionPageComponent>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function render(code: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CriterionPageComponent, translocoTesting()],
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CriterionPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('rubricId', 'sterk-sociaal-werk');
    fixture.componentRef.setInput('version', '1.0.0');
    fixture.componentRef.setInput('code', code);
    fixture.detectChanges();
    TestBed.tick();
    http.expectOne(VERSION_URL).flush(aRubricVersion());
    await settle(fixture);
  }

  afterEach(() => http.verify());

  const levels = () => Array.from(host.querySelectorAll('lk-maturity-scale li'));
  const section = (heading: string) =>
    Array.from(host.querySelectorAll('section')).find(
      (element) => element.querySelector('h2')?.textContent?.trim() === heading,
    );

  describe('a criterion of the version', () => {
    beforeEach(() => render('VAK-03'));

    it('has one h1 with code and title', () => {
      const headings = host.querySelectorAll('h1');
      expect(headings).toHaveLength(1);
      expect(headings[0].textContent).toContain('VAK-03');
      expect(headings[0].textContent).toContain('Registratie van professionals');
    });

    it('shows the description and the guidance questions', () => {
      expect(section('Beschrijving')?.textContent).toContain(
        'Sociaal werkers staan ingeschreven in het beroepsregister.',
      );
      const questions = section('Vragen voor de zelfevaluatie')?.querySelectorAll('li');
      expect(Array.from(questions ?? []).map((li) => li.textContent?.trim())).toEqual([
        'Hoeveel sociaal werkers zijn geregistreerd?',
        'Hoe volg je herregistratie?',
      ]);
    });

    it('shows every maturity level with name and descriptor, in order', () => {
      expect(levels()).toHaveLength(4);
      expect(levels()[0].textContent).toContain('Niveau 1');
      expect(levels()[0].textContent).toContain('Beginnend');
      expect(levels()[0].textContent).toContain('Registratie is niet in beeld.');
    });

    it('marks the met level, in text and not only by colour', () => {
      const marked = levels().filter((li) => li.textContent?.includes('Behaald'));
      expect(marked).toHaveLength(1);
      expect(marked[0].textContent).toContain('Niveau 3');
      expect(marked[0].classList).toContain('scale__level--met');
      expect(host.textContent).toContain('Vanaf niveau 3 telt dit criterium als behaald.');
    });

    it('shows weight, required and whether it may be not applicable', () => {
      const facts = section('Kenmerken')?.textContent ?? '';
      expect(facts).toMatch(/Weging\s*2/);
      expect(facts).toMatch(/Verplicht voor het label\s*Ja/);
      expect(facts).toMatch(/Mag als niet van toepassing worden gemarkeerd\s*Nee/);
      expect(host.querySelector('.badge--required')?.textContent).toContain('Verplicht');
    });

    it('labels the expected evidence in the active language', async () => {
      const evidence = () =>
        Array.from(host.querySelectorAll('.evidence-kinds li')).map((li) => li.textContent?.trim());
      expect(evidence()).toEqual(['Uittreksel beroepsregister', 'Beleidsdocument']);

      TestBed.inject(TranslocoService).setActiveLang('en');
      await settle(fixture);

      expect(evidence()).toEqual(['Professional register extract', 'Policy document']);
      expect(section('Expected evidence')).toBeDefined();
    });

    it('marks the rubric wording as Dutch for screen readers', () => {
      expect(host.querySelector('h1 [lang="nl"]')?.textContent).toContain(
        'Registratie van professionals',
      );
    });
  });

  it('says so when the code is not in this version', async () => {
    await render('XYZ-99');

    expect(host.querySelector('h1')?.textContent).toContain('Criterium niet gevonden');
    expect(host.textContent).toContain(
      'Criterium XYZ-99 bestaat niet in deze versie van het normenkader.',
    );
  });
});

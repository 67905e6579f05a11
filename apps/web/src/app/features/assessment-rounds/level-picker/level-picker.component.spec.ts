import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { aRubricVersion } from '../../../../testing/fixtures';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { LevelPickerComponent } from './level-picker.component';

const criterion = aRubricVersion().domains[0].criteria[0];

@Component({
  imports: [ReactiveFormsModule, LevelPickerComponent],
  template: `<lk-level-picker
    name="level"
    legend="Huidig niveau"
    [formControl]="level"
    [levels]="levels"
    [metLevel]="3"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly level = new FormControl<number | null>(2);
  readonly levels = criterion.maturityScale;
}

describe('LevelPickerComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [HostComponent, translocoTesting()] });
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const radios = () => Array.from(host.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  const labelOf = (radio: HTMLInputElement) => radio.closest('label')?.textContent ?? '';

  it('is a named radio group with "not chosen" and every level', () => {
    expect(host.querySelector('fieldset legend')?.textContent).toContain('Huidig niveau');
    expect(radios()).toHaveLength(5);
    expect(new Set(radios().map((radio) => radio.name))).toEqual(new Set(['level']));
    expect(labelOf(radios()[0])).toContain('Nog niet gekozen');
  });

  it("puts each level's name and descriptor in its label, and marks the met level in text", () => {
    expect(labelOf(radios()[1])).toContain('Niveau 1');
    expect(labelOf(radios()[1])).toContain('Beginnend');
    expect(labelOf(radios()[1])).toContain('Registratie is niet in beeld.');
    expect(labelOf(radios()[3])).toContain('Behaald');
    expect(labelOf(radios()[2])).not.toContain('Behaald');
  });

  it('shows the value of the form control', () => {
    expect(radios().find((radio) => radio.checked)?.value).toBe('2');
  });

  it('writes the chosen level back, and null for "not chosen"', async () => {
    radios()[4].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.level.value).toBe(4);

    radios()[0].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.level.value).toBeNull();
  });

  it('follows the control when it is disabled', async () => {
    fixture.componentInstance.level.disable();
    await fixture.whenStable();

    expect(host.querySelector('fieldset')?.disabled).toBe(true);
  });
});

import { compareSemver } from './semver';

describe('compareSemver', () => {
  it('orders versions numerically, not as text', () => {
    expect(['1.10.0', '1.2.0', '0.9.9', '1.2.10', '1.2.9', '2.0.0'].sort(compareSemver)).toEqual([
      '0.9.9',
      '1.2.0',
      '1.2.9',
      '1.2.10',
      '1.10.0',
      '2.0.0',
    ]);
  });

  it('puts names that are not versions last, so loading reports them', () => {
    expect(['draft', '1.0.0', 'notes'].sort(compareSemver)).toEqual(['1.0.0', 'draft', 'notes']);
  });
});

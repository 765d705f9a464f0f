import { describe, expect, it } from 'vitest';
import { designLabelFor, evidenceLevelFor, evidenceLevelOf, type StudyDesign } from '../src/index.ts';

const expected: Array<[StudyDesign, number, string]> = [
  ['systematic_review', 1, 'systematic review'],
  ['meta_analysis', 1, 'systematic review'],
  ['randomised_trial', 2, 'randomised trial'],
  ['non_randomised_trial', 3, 'cohort study'],
  ['cohort', 3, 'cohort study'],
  ['single_arm_trial', 4, 'case series'],
  ['case_control', 4, 'case series'],
  ['case_series', 4, 'case series'],
  ['case_report', 4, 'case series'],
  ['narrative_review', 5, 'expert opinion'],
  ['expert_opinion', 5, 'expert opinion'],
  ['preclinical', 5, 'expert opinion'],
];

describe('evidenceLevelFor', () => {
  it.each(expected)('places %s at level %d (%s)', (design, level, label) => {
    expect(evidenceLevelFor(design)).toMatchObject({ level, label });
  });

  it('explains every design in one line', () => {
    for (const [design] of expected) {
      const { explanation } = evidenceLevelFor(design);
      expect(explanation.length).toBeGreaterThan(20);
      expect(explanation).not.toContain('\n');
    }
  });

  it('ranks a randomised trial above the registry cohort it is argued against', () => {
    expect(evidenceLevelFor('randomised_trial').level).toBeLessThan(evidenceLevelFor('cohort').level);
  });
});

describe('designLabelFor', () => {
  it('names a single-arm trial as such, though its level is that of a case series', () => {
    expect(designLabelFor('single_arm_trial')).toBe('single-arm trial');
    expect(evidenceLevelFor('single_arm_trial').label).toBe('case series');
  });

  it('gives every design its own label', () => {
    const labels = expected.map(([design]) => designLabelFor(design));
    expect(new Set(labels).size).toBe(expected.length);
  });
});

describe('evidenceLevelOf', () => {
  it('labels a corrected level by the level, not by the design', () => {
    expect(evidenceLevelOf(4)).toMatchObject({ level: 4, label: 'case series' });
    expect(evidenceLevelOf(4).explanation).not.toBe(evidenceLevelOf(3).explanation);
  });
});

import * as assert from 'node:assert/strict';
import type { EntityType } from '../../../src/core/model';
import { canonical } from '../../../src/core/entities/aliases';

const cases: [forms: string[], type: EntityType, expected: string][] = [
  [['SAN FRANCISCO', 'San Francisco'], 'place', 'San Francisco'],
  [['SAN FRANCISCO'], 'place', 'San Francisco'],
  [['ATHENS', 'Athens'], 'place', 'Athens'],
  [['ATHENS'], 'place', 'Athens'],
  [['AL-AIN'], 'place', 'Al-Ain'],
  [['KCNA', 'Korean Central News Agency'], 'organization', 'Korean Central News Agency'],
  [['NATO'], 'organization', 'NATO'],
  [['U.S.', 'United States'], 'place', 'United States'],
  [['Kim', 'Kim Jong Un', 'Mr. Kim'], 'person', 'Kim Jong Un'],
];

describe('entities: canonical name', () => {
  for (const [forms, type, expected] of cases) {
    it(`${forms.join(' / ')} → ${expected}`, () => assert.equal(canonical(forms, type), expected));
  }
});

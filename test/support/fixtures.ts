// The test fixtures (test/fixtures), one way to reach them from every layer.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
export const fixturePath = (...parts: string[]) => path.join(FIXTURES, ...parts);

/** The text of test/fixtures/preview/<name>.apiProperties.json. */
export function previewFixture(name: string): string {
  return readFileSync(fixturePath('preview', `${name}.apiProperties.json`), 'utf8');
}

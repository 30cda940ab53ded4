import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The client's feature boundaries are lint rules (eslint.config.mjs): this runs the project's own
// config through ESLint's Node API on small snippets placed in the client's folders, and expects
// the boundary errors. Type-aware parsing is switched off for the snippets (they are not on disk),
// and only the boundary rule runs, so it takes a second or two.
const repositoryRoot = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: repositoryRoot,
    overrideConfig: [tseslint.configs.disableTypeChecked],
    ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
  });
});

/** The boundary errors for `code` as if it stood in `file` (relative to the repository root). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repositoryRoot, file) });
  return (result?.messages ?? []).map((message) => `${message.line}: ${message.ruleId} ${message.message}`);
}

describe('client boundaries', () => {
  it('refuse a feature importing another feature, through its index or past it', async () => {
    const errors = await boundaryErrors(
      'client/src/features/meetings/probe.ts',
      [
        "import { useSituation } from '../situation';",
        "import { useFreeze } from '../live/hooks/use-freeze';",
        'export const probe = [useSituation, useFreeze];',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^1: boundaries\/dependencies Features do not import each other/),
      expect.stringMatching(/^2: boundaries\/dependencies Features do not import each other/),
    ]);
  });

  it('refuse a page importing a feature past its index.ts', async () => {
    const errors = await boundaryErrors(
      'client/src/app/pages/probe-page.tsx',
      [
        "import { useSituation } from '../../features/situation';",
        "import { RegionCharts } from '../../features/history/charts';",
        "import { useFreeze } from '../../features/live/hooks/use-freeze';",
        "import { MeetingList } from '../../features/meetings/components/meeting-list';",
        'export const probe = [useSituation, RegionCharts, useFreeze, MeetingList];',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^3: boundaries\/dependencies Import a feature through its index\.ts/),
      expect.stringMatching(/^4: boundaries\/dependencies Import a feature through its index\.ts/),
    ]);
  });

  it('refuse components/ and lib/ importing any feature', async () => {
    const code = "import { useSituation } from '../features/situation';\nexport const probe = useSituation;";
    expect(await boundaryErrors('client/src/lib/probe.ts', code)).toEqual([
      expect.stringMatching(/^1: boundaries\/dependencies components\/ and lib\/ must not depend on a feature/),
    ]);
    expect(await boundaryErrors('client/src/components/probe.tsx', code)).toHaveLength(1);
  });

  it('let a feature use its own folders, components/, lib/ and the shared package', async () => {
    const errors = await boundaryErrors(
      'client/src/features/meetings/components/probe.tsx',
      [
        "import * as round from '../utils/round';",
        "import { Badge } from '../../../components/badge';",
        "import { formatNumber } from '../../../lib/format';",
        "import { reportingDay } from '@lagesbild/shared';",
        'export const probe = [round, Badge, formatNumber, reportingDay];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colourProblem, importProblems, lengthProblem } from './checkShape.mjs';

const nothingExists = () => false;

test('a feature importing another feature’s file is refused; its index is fine', () => {
  const file = 'apps/web/src/features/map/MapPart.tsx';
  assert.equal(importProblems(file, "import { SectionColumn } from '../statements';", nothingExists).length, 0);
  const [problem] = importProblems(file, "import { StatementCard } from '../statements/StatementCard';", nothingExists);
  assert.match(problem, /inside the statements feature/);
});

test('the shell importing a feature’s insides is refused, and so is a feature using a shell component', () => {
  assert.equal(
    importProblems('apps/web/src/board/BoardScreen.tsx', "import { PlanPart } from '../features/plan/PlanPart';", nothingExists).length,
    1,
  );
  const exists = (path) => path === 'apps/web/src/board/BoardHeader.tsx';
  const [problem] = importProblems(
    'apps/web/src/features/plan/PlanPart.tsx',
    "import { BoardHeader } from '../../board/BoardHeader';",
    exists,
  );
  assert.match(problem, /component of the board's shell/);
  assert.equal(
    importProblems('apps/web/src/features/plan/PlanPart.tsx', "import { useBoardFocus } from '../../board/boardFocus';", exists).length,
    0,
  );
});

test('a file inside a feature may import its own files', () => {
  assert.deepEqual(
    importProblems(
      'apps/web/src/features/plan/PlanPart.tsx',
      "import { RuleList } from './RuleList';\nimport './PlanPart.css';",
      nothingExists,
    ),
    [],
  );
});

test('files over the length limits are named', () => {
  const lines = (n) => 'x\n'.repeat(n);
  assert.equal(lengthProblem('a/b.ts', lines(400)), null);
  assert.match(lengthProblem('a/b.ts', lines(401)), /401 lines/);
  assert.equal(lengthProblem('a/b.css', lines(300)), null);
  assert.match(lengthProblem('a/b.css', lines(301)), /stylesheet/);
});

test('a hex colour outside the tokens is refused', () => {
  assert.match(colourProblem('apps/web/src/features/x/X.css', '.x { color: #fff; }'), /#fff/);
  assert.equal(colourProblem('apps/web/src/features/x/X.css', '.x { color: var(--white); } /* was #fff */'), null);
  assert.equal(colourProblem('apps/web/src/styles/tokens.css', ':root { --white: #fff; }'), null);
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseArgs, UsageError } from '../../../server/src/cli/args';

describe('cli args', () => {
  it('defaults to stylish and collects paths', () => {
    const o = parseArgs(['a', 'b/apiProperties.json']);
    assert.deepEqual(o.paths, ['a', 'b/apiProperties.json']);
    assert.equal(o.format, 'stylish');
    assert.equal(o.maxWarnings, undefined);
    assert.deepEqual(o.rules, {});
    assert.equal(o.swagger, true);
  });

  it('reads values both as "--opt v" and "--opt=v", repeatable --rule, aliases of levels', () => {
    const o = parseArgs(['--format=sarif', '--max-warnings', '3', '--rule', 'schema=warn', '--rule=duplicate-key:off', '--profile', 'certified', '-c', 'cfg.json', '--quiet', 'x']);
    assert.equal(o.format, 'sarif');
    assert.equal(o.maxWarnings, 3);
    assert.deepEqual(o.rules, { schema: 'warning', 'duplicate-key': 'off' });
    assert.equal(o.profile, 'certified');
    assert.equal(o.config, 'cfg.json');
    assert.equal(o.quiet, true);
    assert.deepEqual(o.paths, ['x']);
  });

  it('treats everything after -- as paths', () => {
    assert.deepEqual(parseArgs(['--', '--weird-name', 'y']).paths, ['--weird-name', 'y']);
  });

  it('--help and --version need no path', () => {
    assert.equal(parseArgs(['--help']).help, true);
    assert.equal(parseArgs(['-v']).version, true);
  });

  const bad: [string[], string][] = [
    [[], 'No files or folders given. Usage: pp-connector [options] <file|folder>... (--help for more).'],
    [['--format', 'xml', 'a'], 'Unknown format "xml"; use one of stylish, json, sarif, github.'],
    [['--max-warnings', '-1', 'a'], 'Option --max-warnings needs a value.'],
    [['--max-warnings=many', 'a'], '--max-warnings needs a whole number >= 0; got "many".'],
    [['--rule', 'schema', 'a'], '--rule needs <id>=<level> with level error, warning, information, hint or off; got "schema".'],
    [['--rule', 'schema=loud', 'a'], '--rule needs <id>=<level> with level error, warning, information, hint or off; got "schema=loud".'],
    [['--profile', 'gold', 'a'], 'Unknown profile "gold"; use one of auto, custom, certified, independent-publisher.'],
    [['--frobnicate', 'a'], 'Unknown option --frobnicate. Run pp-connector --help for the options.'],
    [['--quiet=yes', 'a'], 'Option --quiet takes no value.'],
    [['--fix', '--fix-dry-run', 'a'], 'Use either --fix or --fix-dry-run, not both.'],
    [['--format'], 'Option --format needs a value.'],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && e.message === message);
    });
  }
});

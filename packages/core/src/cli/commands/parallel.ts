// `knet parallel [--theme T]`: for each theme, the organisations working on it that cannot reach each other
// within the horizon, in groups, with the shortest existing path between groups (or "no path").
import { plural } from '../../isolation/ranks.js';
import type { Organisation } from '../../model/organisation.js';
import { parallelPioneers, type ParallelTheme } from '../../weaving/parallel.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { plainText, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { parseCommand } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';

const FORMATS = ['table', 'csv', 'json'] as const;

const HELP = `Usage: knet parallel --nodes FILE --edges FILE [--theme T] [options]

Finds organisations working on the same idea alone. For each theme (the themes column), its organisations
are put in groups: two are in the same group when a chain of them, each within --horizon steps of the next,
joins them (direction ignored). Organisations in different groups are more than --horizon steps from
everyone on the theme in the other group: parallel pioneers. For each group, the shortest existing path to
the nearest other group is shown (or "no path": they are in separate parts of the network); CSV gives one
row per organisation with its group's nearest path, JSON the path between every pair of groups.

  --theme T            only this theme (case ignored); a theme nobody works on is a mistake (exit 2)

${commonHelp(FORMATS)}
Examples:
  knet parallel --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --theme "time banking"
  knet parallel --nodes nodes.csv --edges edges.csv --horizon 3 --format csv --out parallel.csv
`;

/** Names listed per group in the table; the rest are counted. */
const SHOWN_MEMBERS = 6;

export const parallelCommand: Command = {
  name: 'parallel',
  summary: 'organisations on the same theme out of each other\'s reach, and the paths between them',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<{ theme?: string }>('parallel', argv, FORMATS, { theme: { type: 'string' } }, (values) => {
      const theme = values.theme as string | undefined;
      if (theme !== undefined && theme.trim() === '') throw new UsageError('parallel', '--theme needs a theme name');
      return { theme };
    });
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    const known = new Set(network.organisations.flatMap((organisation) => organisation.themes.map((theme) => theme.toLowerCase())));
    if (extra.theme !== undefined && !known.has(extra.theme.trim().toLowerCase())) {
      throw new UsageError('parallel', `no organisation works on the theme "${extra.theme}" (${known.size ? `the themes are ${[...known].sort().join(', ')}` : 'the nodes file has no themes'})`);
    }
    const themes = parallelPioneers(network, { horizon: common.horizon, theme: extra.theme });
    const text = common.format === 'json' ? toJson(parallelJson(themes, common.horizon)) : common.format === 'csv' ? parallelCsv(themes) : parallelText(themes, source, common.horizon);
    await emit(text, common, terminal, plural(themes.length, 'theme', 'themes'));
    return 0;
  },
};

function parallelText(themes: readonly ParallelTheme[], source: string, horizon: number): string {
  const steps = plural(horizon, 'step', 'steps');
  const lines = [`Parallel work in ${plainText(source)}: organisations on the same theme more than ${steps} from each other`, ''];
  if (themes.length === 0) {
    lines.push('No organisation has a theme: add a themes column (themes separated by ;) to the nodes file.');
    return `${lines.join('\n')}\n`;
  }
  const split = themes.filter((theme) => theme.groups.length > 1);
  for (const theme of split) {
    lines.push(`${plainText(theme.theme)}: ${plural(theme.count, 'organisation', 'organisations')} in ${theme.groups.length} groups`);
    theme.groups.forEach((group, g) => {
      const names = group.organisations.slice(0, SHOWN_MEMBERS).map((organisation) => plainText(organisation.label) + (organisation.pioneer ? ' *' : ''));
      const more = group.organisations.length - names.length;
      lines.push(`  group ${g + 1} (${group.organisations.length}): ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    });
    lines.push('  nearest other group:');
    theme.groups.forEach((_, g) => {
      const { other, steps: length, path } = nearestGroup(theme, g);
      lines.push(
        length === null
          ? `    group ${g + 1}: no path to any other group`
          : `    group ${g + 1} to group ${other + 1}, ${plural(length, 'step', 'steps')}: ${path.map((organisation) => plainText(organisation.label)).join(' > ')}`,
      );
    });
    lines.push('');
  }
  const whole = themes.length - split.length;
  if (split.length === 0) lines.push(`On every theme, everyone is within reach (${steps}) of the others on it.`);
  else if (whole > 0) lines.push(`${plural(whole, 'other theme', 'other themes')}: everyone on it within reach of the others.`);
  if (split.some((theme) => theme.groups.some((group) => group.organisations.some((organisation) => organisation.pioneer)))) lines.push('* pioneer');
  return `${lines.join('\n')}\n`;
}

/** The group nearest to group g, the steps and the path from g's side (other −1 and steps null: none reachable). */
function nearestGroup(theme: ParallelTheme, g: number): { other: number; steps: number | null; path: readonly Organisation[] } {
  // Paths are sorted nearest first, so the first one touching g is its nearest.
  const nearest = theme.paths.find((path) => path.from === g || path.to === g);
  if (!nearest || nearest.steps === null) return { other: -1, steps: null, path: [] };
  const forward = nearest.from === g;
  return { other: forward ? nearest.to : nearest.from, steps: nearest.steps, path: forward ? nearest.path : [...nearest.path].reverse() };
}

function parallelCsv(themes: readonly ParallelTheme[]): string {
  const header = ['theme', 'groups', 'group', 'group_size', 'id', 'label', 'pioneer', 'nearest_group', 'steps_to_nearest', 'path_to_nearest'];
  const rows = themes.flatMap((theme) =>
    theme.groups.flatMap((group, g) => {
      const { other, steps, path } = nearestGroup(theme, g);
      return group.organisations.map((organisation) => [
        theme.theme,
        String(theme.groups.length),
        String(g + 1),
        String(group.members.length),
        organisation.id,
        organisation.label,
        String(organisation.pioneer),
        other < 0 ? '' : String(other + 1),
        steps === null ? '' : String(steps),
        path.map((step) => step.id).join(' > '),
      ]);
    }),
  );
  return csvDocument(header, rows);
}

function parallelJson(themes: readonly ParallelTheme[], horizon: number) {
  return {
    horizon,
    themes: themes.map((theme) => ({
      theme: theme.theme,
      organisations: theme.count,
      groups: theme.groups.map((group, g) => ({
        group: g + 1,
        members: group.organisations.map((organisation) => ({ id: organisation.id, label: organisation.label, pioneer: organisation.pioneer })),
      })),
      paths: theme.paths.map((path) => ({ from: path.from + 1, to: path.to + 1, steps: path.steps, path: path.path.map((organisation) => organisation.id) })),
    })),
  };
}

// `knet plan --budget K`: the K introductions that together most lower the weakly connected pioneers' total
// isolation (greedy on exact gains), each with who could make it, and every pioneer's isolation before and after.
import { percent, plural } from '../../isolation/ranks.js';
import { WEAKLY_CONNECTED_DEFAULTS } from '../../isolation/weakly-connected.js';
import type { MetricsReport } from '../../metrics/report-types.js';
import { introducerFor } from '../../weaving/introductions.js';
import { PLAN_DEFAULTS, planIntroductions, type IntroductionPlan } from '../../weaving/plan.js';
import { computeReport } from '../compute.js';
import { csvDocument } from '../csv.js';
import { formatFigure, formatNumber, jsonNumber, plainText, renderTable, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { organisationName } from '../names.js';
import { parseCommand, readCount, readShare } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';

const FORMATS = ['table', 'csv', 'json'] as const;

const HELP = `Usage: knet plan --nodes FILE --edges FILE [--budget ${PLAN_DEFAULTS.budget}] [options]

Chooses the introductions to fund: the --budget ties, each between a weakly connected pioneer and an
organisation it has no tie with, that together most lower the pioneers' total isolation (the sum of
1 − reach within --horizon steps). Ties are chosen one at a time, each the one with the largest exact gain
given those already chosen. That is the best plan for a budget of 1 or --horizon 1, and within 63%
(1 − 1/e) of the best for a single pioneer; otherwise it is a good plan but not always the best one,
because two ties can be worth more together than apart (docs/weaving.md).

  --budget K           introductions to fund (default ${PLAN_DEFAULTS.budget})
  --relative R         the weakly connected bar, as knet pioneers (default ${WEAKLY_CONNECTED_DEFAULTS.relative})

${commonHelp(FORMATS)}
Examples:
  knet plan --budget 2 --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv
  knet plan --budget 5 --nodes nodes.csv --edges edges.csv --horizon 3 --format json
`;

interface PlanCommandOptions {
  budget: number;
  relative: number;
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'the introductions to fund that together most lower the pioneers\' isolation',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<PlanCommandOptions>(
      'plan',
      argv,
      FORMATS,
      { budget: { type: 'string' }, relative: { type: 'string' } },
      (values) => ({
        budget: readCount('plan', 'budget', values.budget as string | undefined, PLAN_DEFAULTS.budget),
        relative: readShare('plan', 'relative', values.relative as string | undefined, WEAKLY_CONNECTED_DEFAULTS.relative),
      }),
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    const report = await computeReport(network, common, terminal);
    const plan = planIntroductions(report, { budget: extra.budget, relative: extra.relative });
    const rows = planRows(report, plan);
    const text =
      common.format === 'json' ? toJson(planJson(report, plan, rows, extra)) : common.format === 'csv' ? planCsv(rows) : planText(report, plan, rows, source, extra);
    await emit(text, common, terminal, plural(plan.introductions.length, 'introduction', 'introductions'));
    return 0;
  },
};

function planRows(report: MetricsReport, plan: IntroductionPlan) {
  return plan.introductions.map((tie) => ({ tie, introducer: introducerFor(report, tie.index, tie.partnerIndex) }));
}

type Rows = ReturnType<typeof planRows>;

function planText(report: MetricsReport, plan: IntroductionPlan, rows: Rows, source: string, options: PlanCommandOptions): string {
  const organisations = report.network.organisations;
  const steps = plural(report.horizon, 'step', 'steps');
  const lines = [`Introductions to fund in ${plainText(source)} (budget ${options.budget})`, ''];
  if (plan.pioneers.length === 0) {
    lines.push('No pioneer is weakly connected: there is no isolation to lower (see knet pioneers).');
    return `${lines.join('\n')}\n`;
  }
  const count = plan.pioneers.length;
  lines.push(
    `Total isolation of the ${plural(count, 'weakly connected pioneer', 'weakly connected pioneers')} (the sum of each one's share of the network`,
    `more than ${steps} away): ${formatFigure(plan.totalBefore)} now, ${formatFigure(plan.totalAfter)} with these ties`,
    `(on average ${percent(plan.totalBefore / count)} of the network out of reach now, ${percent(plan.totalAfter / count)} with them).`,
    '',
  );
  rows.forEach(({ tie, introducer }, rank) => {
    lines.push(`${rank + 1}. ${plainText(organisationName(tie.organisation))} and ${plainText(organisationName(tie.partner))}`);
    lines.push(`   lowers the total by ${formatFigure(tie.gain)} (to ${formatFigure(tie.totalAfter)})`);
    lines.push(`   ${plainText(introducer ? introducer.text : 'nobody links them yet: they are in separate parts of the network')}`);
  });
  if (plan.stoppedEarly) lines.push(`No further introduction lowers their isolation: ${plural(plan.introductions.length, 'tie', 'ties')} of the ${options.budget} budgeted.`);
  lines.push('', `Each pioneer's reach within ${steps}:`, '');
  const table = renderTable(
    [{ header: 'pioneer' }, { header: 'now', right: true }, { header: 'with the plan', right: true }],
    plan.isolation.map((entry) => [organisationName(organisations[entry.index]), percent(1 - entry.before), percent(1 - entry.after)]),
    '  ',
  );
  return `${lines.join('\n')}\n${table}`;
}

function planCsv(rows: Rows): string {
  const header = ['rank', 'pioneer_id', 'pioneer_label', 'partner_id', 'partner_label', 'gain', 'total_isolation_after', 'introducer_id', 'introducer_label', 'introduction'];
  return csvDocument(
    header,
    rows.map(({ tie, introducer }, rank) => [
      String(rank + 1),
      tie.organisation.id,
      tie.organisation.label,
      tie.partner.id,
      tie.partner.label,
      formatNumber(tie.gain),
      formatNumber(tie.totalAfter),
      introducer?.organisation.id ?? '',
      introducer?.organisation.label ?? '',
      introducer?.text ?? '',
    ]),
  );
}

function planJson(report: MetricsReport, plan: IntroductionPlan, rows: Rows, options: PlanCommandOptions) {
  const organisations = report.network.organisations;
  return {
    horizon: report.horizon,
    budget: options.budget,
    relative: options.relative,
    candidates: plan.candidates,
    totalIsolationBefore: jsonNumber(plan.totalBefore),
    totalIsolationAfter: jsonNumber(plan.totalAfter),
    stoppedEarly: plan.stoppedEarly,
    introductions: rows.map(({ tie, introducer }, rank) => ({
      rank: rank + 1,
      pioneer: { id: tie.organisation.id, label: tie.organisation.label },
      partner: { id: tie.partner.id, label: tie.partner.label },
      gain: jsonNumber(tie.gain),
      totalIsolationAfter: jsonNumber(tie.totalAfter),
      introducer: introducer && { id: introducer.organisation.id, label: introducer.organisation.label, text: introducer.text },
    })),
    pioneers: plan.isolation.map((entry) => ({
      id: organisations[entry.index].id,
      label: organisations[entry.index].label,
      isolationBefore: jsonNumber(entry.before),
      isolationAfter: jsonNumber(entry.after),
    })),
  };
}

// The time slider under the map: the network as it stood at the end of each year (or quarter), replayed with
// Play. Each step asks the analysis worker for the network of the flows observed by then, so the map, the
// metrics and the pioneers all follow; the rightmost step is every flow, dated or not.
import { type Network, type Period, periods } from '@knet/core';
import type { Actions } from '../state/actions.js';
import { dateBound } from '../state/filters.js';
import type { AppState, Store } from '../state/store.js';
import { TIME_STEPS, type TimeStep } from '../state/view-state.js';
import { el, uid } from './dom.js';
import { formatCount } from './format.js';
import { inTaskOfItsOwn } from '../tasks.js';

export const TIME_BAR_DEFAULTS = {
  /** Pause on each step of the replay once its analysis is in, in milliseconds. */
  stepPause: 700,
};

const STEP_WORDS: Record<TimeStep, string> = { year: 'Years', quarter: 'Quarters' };

/** The slider's steps for a network: its periods, then "every flow". Cached per network and step. */
const cache = new WeakMap<Network, Map<TimeStep, Period[]>>();
export function timeSteps(network: Network, by: TimeStep): Period[] {
  let byStep = cache.get(network);
  if (!byStep) cache.set(network, (byStep = new Map()));
  let list = byStep.get(by);
  if (!list) byStep.set(by, (list = periods(network, by)));
  return list;
}

/** Slider position for an as-of date: the last period ending by then; past the end ('' = every flow). */
export function positionOf(steps: readonly { end: string }[], asOf: string): number {
  const cutOff = dateBound(asOf, 'to');
  if (cutOff === undefined) return steps.length;
  let at = 0;
  steps.forEach((period, k) => {
    if (dateBound(period.end, 'to')! <= cutOff) at = k;
  });
  return at;
}

export function timeBar(store: Store, actions: Actions): HTMLElement {
  const sliderId = uid('as-of');
  const stepId = uid('time-step');
  const play = el('button', { type: 'button', className: 'action play', 'aria-pressed': 'false' }, 'Play');
  const slider = el('input', { type: 'range', id: sliderId, min: 0, max: 1, step: 1, value: 1 });
  const step = el('select', { id: stepId });
  for (const choice of TIME_STEPS) step.append(el('option', { value: choice }, STEP_WORDS[choice]));
  const reading = el('output', { for: sliderId, className: 'as-of' });
  const first = el('span', { className: 'hint end' });
  const lastLabel = el('span', { className: 'hint end' });
  const bar = el(
    'section',
    { className: 'time-bar', 'aria-label': 'Time' },
    play,
    el('label', { for: sliderId, className: 'time-label' }, 'As of'),
    first,
    slider,
    lastLabel,
    el('div', { className: 'field inline' }, el('label', { for: stepId, className: 'visually-hidden' }, 'Steps'), step),
    reading,
  );

  let playing = false;
  const steps = (state: AppState) => (state.network ? timeSteps(state.network, state.view.timeStep) : []);
  const dateAt = (list: readonly Period[], at: number) => (at >= list.length ? '' : list[at].end);

  const setPlaying = (on: boolean) => {
    playing = on;
    play.textContent = on ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(on));
    play.setAttribute('aria-label', on ? 'Pause the replay' : "Play the network's growth");
  };
  setPlaying(false);

  /** One step after another, each once its analysis is in, until the last period or Pause. */
  const replay = async () => {
    let list = steps(store.get());
    let at = positionOf(list, store.get().view.asOf);
    if (at >= list.length - 1) at = -1;
    while (playing) {
      list = steps(store.get());
      at += 1;
      if (at >= list.length) break;
      await actions.setAsOf(dateAt(list, at), { now: true });
      if (at >= list.length - 1) break;
      await new Promise((resolve) => setTimeout(resolve, TIME_BAR_DEFAULTS.stepPause));
    }
    setPlaying(false);
  };
  play.addEventListener('click', () => {
    setPlaying(!playing);
    if (playing) void replay();
  });
  slider.addEventListener('input', () => {
    setPlaying(false);
    void actions.setAsOf(dateAt(steps(store.get()), Number(slider.value)));
  });
  step.addEventListener('change', () => {
    setPlaying(false);
    actions.setTimeStep(step.value as TimeStep);
  });

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, analysis, view } = state;
    const key = [network, analysis, view.asOf, view.timeStep];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    const list = steps(state);
    bar.hidden = !network || list.length === 0;
    if (bar.hidden) return;
    step.value = view.timeStep;
    slider.max = String(list.length);
    const at = positionOf(list, view.asOf);
    slider.value = String(at);
    const words = at >= list.length ? 'Every flow' : `End of ${list[at].label}`;
    slider.setAttribute('aria-valuetext', at >= list.length ? 'every flow, dated or not' : `end of ${list[at].label}`);
    first.textContent = list[0].label;
    lastLabel.textContent = 'all';
    const counted = analysis && analysis.payload.asOf === view.asOf ? analysis : null;
    reading.textContent = counted
      ? `${words}: ${formatCount(counted.payload.facts.flows)} flows, ${formatCount(counted.weak(false).length)} weak pioneers`
      : `${words}: computing…`;
  };
  // A big network's periods: not in the task that brought it (see tasks.ts).
  store.subscribe(inTaskOfItsOwn(render));
  render(store.get());
  return bar;
}

// Suggested introductions (@knet/core introductions), for the organisation panel and the pioneers panel:
// each partner with core's sentence, who could introduce them (worded as `knet introduce`), and a button
// "Propose this tie" that adds the tie to the what-if proposals.
import type { Network } from '@knet/core';
import type { Actions } from '../state/actions.js';
import { sameTie } from '../state/proposals.js';
import type { AppState, Store } from '../state/store.js';
import type { IntroductionPayload } from '../workers/protocol.js';
import { el, replace } from './dom.js';
import { formatPercent } from './format.js';

/** One suggestion for organisation `from` (index): partner, sentence, introducer, and the propose button. */
export function introductionItem(network: Network, from: number, entry: IntroductionPayload, proposals: AppState['view']['proposals'], actions: Actions): HTMLElement {
  const organisation = network.organisations[from];
  const partner = network.organisations[entry.partner];
  const tie = [organisation.id, partner.id] as const;
  const proposed = proposals.some((p) => sameTie(p, tie));
  const name = el('button', { type: 'button', className: 'link partner' }, partner.label);
  name.addEventListener('click', () => actions.select(partner.id));
  const propose = el(
    'button',
    { type: 'button', className: 'action small', disabled: proposed, 'aria-label': proposed ? `Proposed: ${organisation.label} – ${partner.label}` : `Propose this tie: ${organisation.label} – ${partner.label}` },
    proposed ? 'Proposed' : 'Propose this tie',
  );
  propose.addEventListener('click', () => actions.weaving.propose(tie));
  return el(
    'li',
    { className: 'introduction', 'data-partner': partner.id },
    el('div', { className: 'introduction-head' }, name, el('span', { className: 'entry-figure' }, `score ${entry.score.toFixed(2)}`)),
    el('p', { className: 'explanation' }, entry.explanation),
    el('p', { className: 'hint' }, entry.introducerText),
    propose,
  );
}

/**
 * Re-renders `container` and puts keyboard focus back where it was: the same suggestion's partner name
 * (its "Propose this tie" button is disabled once pressed), so a keyboard user does not fall back to the page.
 */
function keepingFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
  const focused = active?.closest('li.introduction');
  const partner = focused?.getAttribute('data-partner');
  const section = focused?.closest('[aria-label]')?.getAttribute('aria-label');
  const onName = active?.classList.contains('partner') ?? false;
  render();
  if (!partner) return;
  const scope = [...container.querySelectorAll<HTMLElement>('[aria-label]')].find((element) => element.getAttribute('aria-label') === section) ?? container;
  const item = [...scope.querySelectorAll<HTMLElement>('li.introduction')].find((li) => li.getAttribute('data-partner') === partner);
  const propose = item?.querySelector<HTMLButtonElement>('button.action');
  (onName || !propose || propose.disabled ? item?.querySelector<HTMLElement>('button.partner') : propose)?.focus();
}

/** The selected organisation's suggestions: kept as one element the organisation panel places after its reasons. */
export function introductionsBlock(store: Store, actions: Actions): HTMLElement {
  const intro = el('p', { className: 'hint' });
  const list = el('ul', { className: 'introductions', 'aria-label': 'Suggested introductions' });
  const block = el('div', { className: 'introductions-block' }, el('h3', {}, 'Suggested introductions'), intro, list);
  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, introductions, view } = state;
    const key = [network, introductions, view.proposals];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    if (!network || !introductions) {
      intro.textContent = view.selected !== null && state.analysis ? 'Computing…' : '';
      list.replaceChildren();
      return;
    }
    const from = network.indexOf(introductions.id);
    if (from < 0) return;
    if (Number.isNaN(introductions.reach)) intro.textContent = 'Hidden by the filters: no suggestions.';
    else if (introductions.introductions.length === 0) intro.textContent = 'Already tied to every other organisation.';
    else intro.textContent = `Reaches ${formatPercent(introductions.reach)} of the network now. Best first (0.4 × shared themes and sector + 0.4 × reach gain + 0.2 × brokerage).`;
    keepingFocus(list, () => replace(list, ...introductions.introductions.map((entry) => introductionItem(network, from, entry, view.proposals, actions))));
  };
  store.subscribe(render);
  render(store.get());
  return block;
}

/** For the pioneers panel: on request, the best introductions for every weakly connected pioneer. */
export function pioneerIntroductionsBlock(store: Store, actions: Actions): HTMLElement {
  const ask = el('button', { type: 'button', className: 'action' }, 'Suggest introductions for these pioneers');
  ask.addEventListener('click', () => void actions.weaving.loadPioneerIntroductions());
  const status = el('p', { className: 'hint', role: 'status' });
  const lists = el('div', { className: 'pioneer-introductions' });
  const block = el('div', { className: 'introductions-block' }, ask, status, lists);
  let asked = false;
  ask.addEventListener('click', () => (asked = true));
  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, pioneerIntroductions, view, analysis } = state;
    const key = [network, pioneerIntroductions, view.proposals, analysis];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    ask.hidden = asked;
    if (!network || !pioneerIntroductions) {
      status.textContent = asked && analysis ? 'Computing introductions…' : '';
      lists.replaceChildren();
      return;
    }
    const { pioneers } = pioneerIntroductions;
    status.textContent = pioneers.length ? 'Suggested introductions, best first for each pioneer:' : 'No pioneer is weakly connected: nobody to introduce.';
    keepingFocus(lists, () => replace(lists, ...pioneers.map(({ index, introductions }) =>
      el('section', { className: 'pioneer-suggestions', 'aria-label': `Introductions for ${network.organisations[index].label}` },
        el('h3', {}, network.organisations[index].label),
        introductions.length
          ? el('ul', { className: 'introductions' }, ...introductions.map((entry) => introductionItem(network, index, entry, view.proposals, actions)))
          : el('p', { className: 'hint' }, 'Already tied to every other organisation.')),
    )));
  };
  store.subscribe(render);
  render(store.get());
  return block;
}

// Actions for network weaving: proposing ties (what-if), suggested introductions and a theme's parallel
// pioneers. Each asks the analysis worker about the latest analysis; an answer overtaken by a newer
// question or a newer analysis is dropped, so the panels never show figures for another network.
import type { AnalysisClient } from '../workers/analysis-client.js';
import { type Proposal, withoutProposal, withProposal } from './proposals.js';
import type { Store } from './store.js';

export const WEAVING_DEFAULTS = {
  /** Introductions suggested for the selected organisation (as `knet introduce`). */
  top: 5,
  /** ...and for each pioneer in the pioneers panel, where space is short. */
  pioneerTop: 3,
};

export class WeavingActions {
  /** Per kind of question, the number of the latest one asked. */
  private readonly asked = new Map<string, number>();
  private pioneersWanted = false;

  constructor(private readonly store: Store, private readonly client: AnalysisClient, private readonly onError: (error: unknown) => void) {}

  /** After each analysis: everything weaving shows is recomputed for the new network. */
  refresh(): void {
    void this.loadWhatIf();
    void this.loadIntroductions();
    void this.loadParallel();
    if (this.pioneersWanted) void this.loadPioneerIntroductions();
  }

  /** Starts a tie from the selected organisation: the next organisation chosen (map or search) is the other end. */
  startProposing(): void {
    const { view } = this.store.get();
    if (view.selected !== null) this.store.update({ proposing: view.selected });
  }

  cancelProposing(): void {
    if (this.store.get().proposing !== null) this.store.update({ proposing: null });
  }

  /** True when the choice ended a tie being proposed (then nothing is selected instead). */
  choose(id: string): boolean {
    const first = this.store.get().proposing;
    if (first === null) return false;
    this.store.update({ proposing: null });
    if (first !== id) this.propose([first, id]);
    return true;
  }

  propose(tie: Proposal): void {
    this.setProposals(withProposal(this.store.get().view.proposals, tie));
  }

  remove(tie: Proposal): void {
    this.setProposals(withoutProposal(this.store.get().view.proposals, tie));
  }

  clearProposals(): void {
    this.setProposals([]);
  }

  setTheme(theme: string): void {
    this.store.update({ view: { ...this.store.get().view, theme }, parallel: null, pickedPath: null });
    void this.loadParallel();
  }

  /** Shows a path between two theme groups on the map (the same path again, or null, clears it). */
  pickPath(path: readonly number[] | null): void {
    const current = this.store.get().pickedPath;
    const same = current !== null && path !== null && current.length === path.length && current.every((v, k) => v === path[k]);
    this.store.update({ pickedPath: same ? null : path });
  }

  async loadWhatIf(): Promise<void> {
    const { analysis, view } = this.store.get();
    if (!analysis) return;
    if (view.proposals.length === 0) {
      this.asked.set('whatif', (this.asked.get('whatif') ?? 0) + 1);
      this.store.update({ whatIf: null });
      return;
    }
    const proposals = view.proposals;
    this.store.update({ whatIf: null });
    await this.latest('whatif', () => this.client.whatIf(proposals), (whatIf) => this.store.update({ whatIf }));
  }

  async loadIntroductions(): Promise<void> {
    const { analysis, view } = this.store.get();
    this.store.update({ introductions: null });
    if (!analysis || view.selected === null) return;
    const id = view.selected;
    await this.latest('introductions', () => this.client.introductions(id, WEAVING_DEFAULTS.top), (introductions) => {
      if (this.store.get().view.selected === id) this.store.update({ introductions });
    });
  }

  /** Asked for from the pioneers panel (one horizon search per pioneer and candidate: not done unasked). */
  async loadPioneerIntroductions(): Promise<void> {
    this.pioneersWanted = true;
    if (!this.store.get().analysis) return;
    this.store.update({ pioneerIntroductions: null });
    await this.latest('pioneers', () => this.client.pioneerIntroductions(WEAVING_DEFAULTS.pioneerTop), (pioneerIntroductions) => this.store.update({ pioneerIntroductions }));
  }

  async loadParallel(): Promise<void> {
    const { analysis, view } = this.store.get();
    if (!analysis || view.theme === '') return;
    const theme = view.theme;
    this.store.update({ parallel: null, pickedPath: null });
    await this.latest('parallel', () => this.client.parallel(theme), (parallel) => {
      if (this.store.get().view.theme === theme) this.store.update({ parallel });
    });
  }

  private setProposals(proposals: readonly Proposal[]): void {
    if (proposals === this.store.get().view.proposals) return;
    this.store.updateView({ proposals });
    void this.loadWhatIf();
  }

  /** Asks, and applies the answer only if no newer question of this kind nor a newer analysis came meanwhile. */
  private async latest<T>(kind: string, ask: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const ticket = (this.asked.get(kind) ?? 0) + 1;
    this.asked.set(kind, ticket);
    const analysis = this.store.get().analysis;
    try {
      const value = await ask();
      if (this.asked.get(kind) === ticket && this.store.get().analysis === analysis) apply(value);
    } catch (error) {
      if (this.asked.get(kind) === ticket) this.onError(error);
    }
  }
}

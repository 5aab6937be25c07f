// The page's side of the analysis worker: promises for 'load' and 'analyse', progress callbacks, and
// superseded requests dropped (only the latest analysis reaches the page).
import type { InputWarning, Network, Organisation } from '@knet/core';
import { rememberTies } from '../map/ties.js';
import type { Filters } from '../state/filters.js';
import type { Proposal } from '../state/proposals.js';
import type { SiloGrouping, TimeStep } from '../state/view-state.js';
import {
  type AnalysisPayload,
  type AnonymisedPayload,
  type NetworkSources,
  networkFromPayload,
  type IntroductionsPayload,
  organisationsFromPayload,
  type ParallelPayload,
  type PioneerIntroductionsPayload,
  type ProblemPayload,
  type SilosPayload,
  type TrendPayload,
  type WeakPayload,
  type WhatIfPayload,
  type WorkerReply,
  type WorkerRequest,
} from './protocol.js';

export type Progress = (stage: string, fraction: number) => void;

/** A problem reported by the worker: an input error (with file and line) or an unexpected failure. */
export class AnalysisError extends Error {
  constructor(readonly problem: ProblemPayload) {
    super(problem.message);
    this.name = problem.name;
  }

  get isInputError(): boolean {
    return this.problem.name === 'KnetInputError';
  }
}

/** Raised for a request a newer one replaced; callers ignore it. */
export class Superseded extends Error {
  constructor() {
    super('knet dashboard: superseded by a newer request');
    this.name = 'Superseded';
  }
}

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
  progress?: Progress;
  /** Organisations received so far for a load (they come in slices before 'loaded'), and their positions by id. */
  organisations?: Organisation[][];
  index?: Map<string, number>;
  /** Weakly connected organisations received so far for an analysis (slices before 'analysed'). */
  weak?: WeakPayload[][];
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class AnalysisClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private latestAnalysis = 0;

  constructor() {
    this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'knet-analysis' });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      for (const [, pending] of this.pending) pending.reject(new Error(`knet dashboard: the analysis worker failed: ${event.message}`));
      this.pending.clear();
    };
  }

  async load(sources: NetworkSources, progress?: Progress): Promise<{ network: Network; warnings: InputWarning[]; format: string }> {
    const slices: Organisation[][] = [];
    // Indexed slice by slice as they arrive: 100,000 ids at once would be a long task of the page.
    const index = new Map<string, number>();
    const reply = await this.send({ kind: 'load', sources }, progress, { organisations: slices, index });
    if (reply.kind !== 'loaded') throw new Error('knet dashboard: unexpected reply to load');
    const network = networkFromPayload(reply.network, slices.flat(), index);
    rememberTies(network, reply.ties);
    return { network, warnings: reply.warnings, format: reply.format };
  }

  async analyse(filters: Filters, horizon: number, asOf: string, progress?: Progress): Promise<AnalysisPayload> {
    const id = this.nextId;
    this.latestAnalysis = id;
    const weak: WeakPayload[][] = [];
    const reply = await this.send({ kind: 'analyse', filters, horizon, asOf }, progress, { weak });
    if (id !== this.latestAnalysis) throw new Superseded();
    if (reply.kind !== 'analysed') throw new Error('knet dashboard: unexpected reply to analyse');
    return { ...reply.analysis, weak: weak.flat() };
  }

  /** The silo matrix of the latest analysis the worker finished. */
  async silos(grouping: SiloGrouping): Promise<SilosPayload> {
    const reply = await this.send({ kind: 'silos', grouping });
    if (reply.kind !== 'silos') throw new Error('knet dashboard: unexpected reply to silos');
    return reply.silos;
  }

  async trend(filters: Filters, horizon: number, by: TimeStep): Promise<TrendPayload> {
    const reply = await this.send({ kind: 'trend', filters, horizon, by });
    if (reply.kind !== 'trend') throw new Error('knet dashboard: unexpected reply to trend');
    return reply.trend;
  }

  async anonymise(): Promise<{ network: Network; mapping: AnonymisedPayload['mapping']; consentColumn: string | null; consented: number }> {
    const reply = await this.send({ kind: 'anonymise' });
    if (reply.kind !== 'anonymised') throw new Error('knet dashboard: unexpected reply to anonymise');
    const { network, ...rest } = reply.anonymised;
    return { network: networkFromPayload(network), ...rest };
  }

  /** The proposed ties' what-if on the latest analysis the worker finished. */
  async whatIf(proposals: readonly Proposal[]): Promise<WhatIfPayload> {
    const reply = await this.send({ kind: 'whatif', proposals });
    if (reply.kind !== 'whatif') throw new Error('knet dashboard: unexpected reply to whatif');
    return reply.whatIf;
  }

  async introductions(organisation: string, top: number): Promise<IntroductionsPayload> {
    const reply = await this.send({ kind: 'introductions', organisation, top });
    if (reply.kind !== 'introductions') throw new Error('knet dashboard: unexpected reply to introductions');
    return reply.introductions;
  }

  async pioneerIntroductions(top: number): Promise<PioneerIntroductionsPayload> {
    const reply = await this.send({ kind: 'pioneerIntroductions', top });
    if (reply.kind !== 'pioneerIntroductions') throw new Error('knet dashboard: unexpected reply to pioneerIntroductions');
    return reply.pioneerIntroductions;
  }

  async parallel(theme: string): Promise<ParallelPayload> {
    const reply = await this.send({ kind: 'parallel', theme });
    if (reply.kind !== 'parallel') throw new Error('knet dashboard: unexpected reply to parallel');
    return reply.parallel;
  }

  /** The report file of the full network (as knet report writes it), built in the worker. */
  async report(horizon: number, anonymise: boolean, source: string, progress?: Progress): Promise<string> {
    const reply = await this.send({ kind: 'report', horizon, anonymise, source }, progress);
    if (reply.kind !== 'report') throw new Error('knet dashboard: unexpected reply to report');
    return reply.html;
  }

  terminate(): void {
    this.worker.terminate();
  }

  private send(request: Request, progress?: Progress, slices: Pick<Pending, 'organisations' | 'index' | 'weak'> = {}): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress, ...slices });
      this.worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'organisations') {
      const slice = organisationsFromPayload(reply.organisations);
      if (pending.organisations && pending.index) {
        let at = pending.organisations.reduce((count, earlier) => count + earlier.length, 0);
        for (const organisation of slice) pending.index.set(organisation.id, at++);
      }
      pending.organisations?.push(slice);
      return;
    }
    if (reply.kind === 'weak') {
      pending.weak?.push(reply.weak);
      return;
    }
    if (reply.kind === 'progress') {
      pending.progress?.(reply.stage, reply.fraction);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === 'error') pending.reject(new AnalysisError(reply.error));
    else pending.resolve(reply);
  }
}

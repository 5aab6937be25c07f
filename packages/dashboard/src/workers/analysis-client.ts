// The page's side of the analysis worker: promises for 'load' and 'analyse', progress callbacks, and
// superseded requests dropped (only the latest analysis reaches the page).
import type { InputWarning, Network, Organisation } from '@knet/core';
import { rememberTies } from '../map/ties.js';
import type { Filters } from '../state/filters.js';
import {
  type AnalysisPayload,
  type NetworkSources,
  networkFromPayload,
  organisationsFromPayload,
  type ProblemPayload,
  type WeakPayload,
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
  /** Organisations received so far for a load (they come in slices before 'loaded'). */
  organisations?: Organisation[][];
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
    const reply = await this.send({ kind: 'load', sources }, progress, { organisations: slices });
    if (reply.kind !== 'loaded') throw new Error('knet dashboard: unexpected reply to load');
    const network = networkFromPayload(reply.network, slices.flat());
    rememberTies(network, reply.ties);
    return { network, warnings: reply.warnings, format: reply.format };
  }

  async analyse(filters: Filters, horizon: number, progress?: Progress): Promise<AnalysisPayload> {
    const id = this.nextId;
    this.latestAnalysis = id;
    const weak: WeakPayload[][] = [];
    const reply = await this.send({ kind: 'analyse', filters, horizon }, progress, { weak });
    if (id !== this.latestAnalysis) throw new Superseded();
    if (reply.kind !== 'analysed') throw new Error('knet dashboard: unexpected reply to analyse');
    return { ...reply.analysis, weak: weak.flat() };
  }

  terminate(): void {
    this.worker.terminate();
  }

  private send(request: Request, progress?: Progress, slices: Pick<Pending, 'organisations' | 'weak'> = {}): Promise<WorkerReply> {
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
      pending.organisations?.push(organisationsFromPayload(reply.organisations));
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

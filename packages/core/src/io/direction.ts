// Direction from the file: Gephi's edge Type column (Directed/Undirected) or a GEXF/GraphML edge's own type.
// All undirected -> undirected; all directed -> directed; mixed -> directed, each undirected flow also added
// reversed (counted both ways), with a warning giving the counts. When the Type column holds anything else
// it is the flow type, not direction.
import type { AssembleOptions } from './assemble.js';
import type { WarningCollector, WarningExample } from './problems.js';
import { plural } from './wording.js';

export class DirectionTally {
  private onlyDirectionWords = true;
  private anyValue = false;
  private directed = 0;
  private undirected = 0;
  /** Undirected flows that are not self-loops (a reversed self-loop would only repeat it). */
  private readonly undirectedFlows: number[] = [];
  private firstUndirected: WarningExample | undefined;

  /** `subject` names what holds the direction in messages: 'the Type column', 'the file'. */
  constructor(private readonly subject = 'the Type column') {}

  /** Notes one non-empty type value. */
  see(value: string, flow: number, selfLoop: boolean, where: () => WarningExample): void {
    this.anyValue = true;
    if (!this.onlyDirectionWords) return;
    const word = value.toLowerCase();
    if (word === 'directed') this.directed++;
    else if (word === 'undirected') {
      this.undirected++;
      if (!selfLoop) this.undirectedFlows.push(flow);
      this.firstUndirected ??= where();
    } else {
      // A real flow type: the column is the flow type after all; nothing to remember.
      this.onlyDirectionWords = false;
      this.undirectedFlows.length = 0;
    }
  }

  /** True when the column held direction words only. */
  get isDirection(): boolean {
    return this.anyValue && this.onlyDirectionWords;
  }

  /**
   * The network's direction and the flows to add reversed. `forceDirected` is the caller's `directed: true`;
   * an undirected answer is only possible without it.
   */
  resolve(forceDirected: boolean, warnings: WarningCollector): AssembleOptions {
    if (!this.isDirection) return { directed: forceDirected };
    const { directed, undirected } = this;
    if (!forceDirected && directed === 0) return { directed: false, dropTypes: true };
    if (undirected === 0) return { directed: true, dropTypes: true };
    const example = this.firstUndirected ? [this.firstUndirected] : [];
    const summary = forceDirected && directed === 0
      ? (n: number) => `a directed network was asked for, but ${this.subject} marks ${plural(n, 'flow')} Undirected: each is counted in both directions`
      : (n: number) => `${this.subject} mixes ${plural(directed, 'Directed flow')} and ${plural(n, 'Undirected flow')}: read as a directed network, each Undirected flow counted in both directions`;
    warnings.addCount('mixed-direction', summary, undirected, example);
    return { directed: true, dropTypes: true, reverseAlso: this.undirectedFlows };
  }
}

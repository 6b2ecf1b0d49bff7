// The word lattice of one sentence and its cheapest path, as kuromoji 0.1.2's ViterbiLattice and
// ViterbiSearcher compute it, kept in typed arrays reused from sentence to sentence: kuromoji makes
// an object and a surface string for every word the dictionary offers at every position, though
// only the few on the best path are ever read.

/** A word of the best path: its id in its dictionary, whether kuromoji knows it, and its text. */
export interface PathNode {
  id: number;
  known: boolean;
  surface: string;
}

/** kuromoji's matrix of connection costs: `buffer[2 + right * backward_dimension + left]`. */
export interface ConnectionCosts {
  buffer: Int16Array;
  backward_dimension: number;
}

const NONE = -1;
const BOS = 0;
/** kuromoji's cost of a node no path reaches yet. */
const UNREACHED = Number.MAX_VALUE;

export class WordLattice {
  private size = 0;
  private capacity = 0;
  private wordId = new Int32Array(0);
  private known = new Uint8Array(0);
  private startPos = new Int32Array(0);
  private leftId = new Int32Array(0);
  private rightId = new Int32Array(0);
  private wordCost = new Int32Array(0);
  private surfaceFrom = new Int32Array(0);
  private surfaceTo = new Int32Array(0);
  private previous = new Int32Array(0);
  private pathCost = new Float64Array(0);
  /** Nodes by the position they end at (kuromoji's nodes_end_at), in the order they were added. */
  private nextEndingAtSame = new Int32Array(0);
  private firstEndingAt = new Int32Array(0);
  private lastEndingAt = new Int32Array(0);
  private lastEnd = 0;

  constructor(private readonly costs: ConnectionCosts) {}

  /** Starts the lattice of a sentence of `length` UTF-16 units (no word ends past it). */
  reset(length: number): void {
    if (this.firstEndingAt.length < length + 2) {
      this.firstEndingAt = new Int32Array(2 * length + 2);
      this.lastEndingAt = new Int32Array(2 * length + 2);
    }
    this.firstEndingAt.fill(NONE, 0, length + 2);
    this.lastEndingAt.fill(NONE, 0, length + 2);
    this.size = 0;
    this.lastEnd = 0;
    this.append(-1, false, 0, 0, 0, 0, 0, 0, 0); // BOS
    this.pathCost[BOS] = 0;
  }

  /**
   * Adds a word starting at character `startPos` (1-based, as kuromoji counts) and `length` long
   * as kuromoji measures it; its text is the sentence's units [from, to).
   */
  add(wordId: number, known: boolean, startPos: number, length: number, leftId: number, rightId: number, cost: number, from: number, to: number): void {
    this.append(wordId, known, startPos, startPos + length - 1, leftId, rightId, cost, from, to);
  }

  /** The cheapest path from the sentence's start to its end, as kuromoji's ViterbiSearcher finds it. */
  bestPath(sentence: string): PathNode[] {
    // EOS ends one past the last word and starts where it ends.
    const eosEnd = this.lastEnd + 1;
    const eos = this.append(-1, false, Math.max(1, this.lastEnd) + 1, eosEnd, 0, 0, 0, 0, 0);
    const { buffer, backward_dimension: columns } = this.costs;
    // As in kuromoji, whose `var` keeps it from node to node: a node no predecessor reaches more
    // cheaply than the unreached cost keeps the predecessor chosen for the node before it.
    let previous = NONE;
    for (let end = 1; end <= eosEnd; end++) {
      for (let node = this.firstEndingAt[end]; node !== NONE; node = this.nextEndingAtSame[node]) {
        const predecessors = this.firstEndingAt[this.startPos[node] - 1];
        if (predecessors === NONE) continue;
        let cheapest = UNREACHED;
        // The first of equally cheap predecessors wins, as in kuromoji.
        for (let before = predecessors; before !== NONE; before = this.nextEndingAtSame[before]) {
          const cost = this.pathCost[before] + buffer[2 + this.rightId[before] * columns + this.leftId[node]] + this.wordCost[node];
          if (cost < cheapest) {
            cheapest = cost;
            previous = before;
          }
        }
        this.previous[node] = previous;
        this.pathCost[node] = cheapest;
      }
    }
    const path: PathNode[] = [];
    for (let node = this.previous[eos]; node !== BOS; node = this.previous[node]) {
      if (node === NONE) return [];
      path.push({ id: this.wordId[node], known: this.known[node] === 1, surface: sentence.slice(this.surfaceFrom[node], this.surfaceTo[node]) });
    }
    return path.reverse();
  }

  private append(wordId: number, known: boolean, startPos: number, end: number, leftId: number, rightId: number, cost: number, from: number, to: number): number {
    if (this.size === this.capacity) this.grow();
    const node = this.size++;
    this.wordId[node] = wordId;
    this.known[node] = known ? 1 : 0;
    this.startPos[node] = startPos;
    this.leftId[node] = leftId;
    this.rightId[node] = rightId;
    this.wordCost[node] = cost;
    this.surfaceFrom[node] = from;
    this.surfaceTo[node] = to;
    this.previous[node] = NONE;
    this.pathCost[node] = UNREACHED;
    this.nextEndingAtSame[node] = NONE;
    if (this.lastEndingAt[end] === NONE) this.firstEndingAt[end] = node;
    else this.nextEndingAtSame[this.lastEndingAt[end]] = node;
    this.lastEndingAt[end] = node;
    if (end > this.lastEnd) this.lastEnd = end;
    return node;
  }

  private grow(): void {
    this.capacity = Math.max(1024, this.capacity * 2);
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T): T => {
      const bigger = new (array.constructor as new (length: number) => T)(this.capacity);
      bigger.set(array);
      return bigger;
    };
    this.wordId = grown(this.wordId);
    this.known = grown(this.known);
    this.startPos = grown(this.startPos);
    this.leftId = grown(this.leftId);
    this.rightId = grown(this.rightId);
    this.wordCost = grown(this.wordCost);
    this.surfaceFrom = grown(this.surfaceFrom);
    this.surfaceTo = grown(this.surfaceTo);
    this.previous = grown(this.previous);
    this.pathCost = grown(this.pathCost);
    this.nextEndingAtSame = grown(this.nextEndingAtSame);
  }
}

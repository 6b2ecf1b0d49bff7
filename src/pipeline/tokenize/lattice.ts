// The word lattice of one sentence and its cheapest path, as kuromoji 0.1.2's ViterbiLattice and
// ViterbiSearcher compute it, kept in typed arrays reused from sentence to sentence: kuromoji makes
// an object and a surface string for every word the dictionary offers at every position, though
// only the few on the best path are ever read.
//
// Words are added position by position, and each word's cheapest way in is found as it is added
// (as MeCab does), from a compact copy of the words ending just before it, gathered once per
// position: the words ending there are all known by then. kuromoji instead visits words by where
// they end, after the lattice is built; the two agree on every word some path reaches. They differ
// only where no path reaches the end of the sentence (a gap in the lattice, which surrogate pairs
// can make): kuromoji's path is then read off links left over from other words, so that case is
// searched again exactly as kuromoji searches it.

/** kuromoji's matrix of connection costs: `buffer[2 + right * backward_dimension + left]`. */
export interface ConnectionCosts {
  buffer: Int16Array;
  backward_dimension: number;
}

/** Called for each word of the best path, in order: its id in its dictionary, whether kuromoji knows it, and its sentence units [from, to). */
export type PathVisitor = (wordId: number, known: boolean, from: number, to: number) => void;

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
  /** The words ending just before `gatheredFor`, in the order added: node, path cost, row of the cost matrix. */
  private gatheredFor = NONE;
  private gathered = 0;
  private gatheredNode = new Int32Array(64);
  private gatheredCost = new Float64Array(64);
  private gatheredRow = new Int32Array(64);
  /** The best path's nodes, last first. */
  private path = new Int32Array(64);
  private readonly matrix: Int16Array;
  private readonly columns: number;

  constructor(costs: ConnectionCosts) {
    this.matrix = costs.buffer;
    this.columns = costs.backward_dimension;
  }

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
    this.gatheredFor = NONE;
    this.append(-1, false, 0, 0, 0, 0, 0, 0, 0, NONE, 0); // BOS
  }

  /**
   * Adds a word starting at character `startPos` (1-based, as kuromoji counts; never before the
   * last word added) and `length` long as kuromoji measures it; its text is the sentence's units [from, to).
   */
  add(wordId: number, known: boolean, startPos: number, length: number, leftId: number, rightId: number, cost: number, from: number, to: number): void {
    this.reach(wordId, known, startPos, startPos + length - 1, leftId, rightId, cost, from, to);
  }

  /** Hands each word of the cheapest path from the sentence's start to its end to `visit`, as kuromoji's ViterbiSearcher finds it. */
  bestPath(visit: PathVisitor): void {
    // EOS ends one past the last word and starts where it ends.
    const eos = this.reach(-1, false, Math.max(1, this.lastEnd) + 1, this.lastEnd + 1, 0, 0, 0, 0, 0);
    if (this.pathCost[eos] === UNREACHED) this.searchAsKuromoji();
    // The path is read backwards and handed on forwards.
    let length = 0;
    for (let node = this.previous[eos]; node !== BOS; node = this.previous[node]) {
      if (node === NONE) return;
      if (length === this.path.length) this.path = grown(this.path, 2 * length);
      this.path[length++] = node;
    }
    for (let i = length - 1; i >= 0; i--) {
      const node = this.path[i];
      visit(this.wordId[node], this.known[node] === 1, this.surfaceFrom[node], this.surfaceTo[node]);
    }
  }

  /**
   * Adds a node with its cheapest way in from the words ending just before it (the first of
   * equally cheap ones wins, as in kuromoji), or none when none reaches it.
   */
  private reach(wordId: number, known: boolean, startPos: number, end: number, leftId: number, rightId: number, wordCost: number, from: number, to: number): number {
    if (startPos !== this.gatheredFor) this.gather(startPos);
    const { gatheredCost, gatheredRow, matrix } = this;
    const left = 2 + leftId;
    let cheapest = UNREACHED;
    let previous = NONE;
    for (let k = 0; k < this.gathered; k++) {
      const cost = gatheredCost[k] + matrix[gatheredRow[k] + left] + wordCost;
      if (cost < cheapest) {
        cheapest = cost;
        previous = k;
      }
    }
    return this.append(wordId, known, startPos, end, leftId, rightId, wordCost, from, to, previous === NONE ? NONE : this.gatheredNode[previous], cheapest);
  }

  /** Copies the words ending at `startPos - 1` (all of them are in the lattice by now) for `reach`. */
  private gather(startPos: number): void {
    this.gatheredFor = startPos;
    this.gathered = 0;
    for (let node = this.firstEndingAt[startPos - 1]; node !== NONE; node = this.nextEndingAtSame[node]) {
      if (this.gathered === this.gatheredNode.length) {
        this.gatheredNode = grown(this.gatheredNode, 2 * this.gathered);
        this.gatheredCost = grown(this.gatheredCost, 2 * this.gathered);
        this.gatheredRow = grown(this.gatheredRow, 2 * this.gathered);
      }
      this.gatheredNode[this.gathered] = node;
      this.gatheredCost[this.gathered] = this.pathCost[node];
      this.gatheredRow[this.gathered++] = this.rightId[node] * this.columns;
    }
  }

  /**
   * kuromoji's ViterbiSearcher.forward, node by node in the order of where they end, for a lattice
   * whose end no path reaches: its `var` keeps the predecessor chosen for one node to the next, so
   * a node no predecessor reaches more cheaply than the unreached cost keeps the one chosen before.
   */
  private searchAsKuromoji(): void {
    const { matrix, columns } = this;
    let previous = NONE;
    for (let end = 1; end <= this.lastEnd + 1; end++) {
      for (let node = this.firstEndingAt[end]; node !== NONE; node = this.nextEndingAtSame[node]) {
        const predecessors = this.firstEndingAt[this.startPos[node] - 1];
        if (predecessors === NONE) continue;
        let cheapest = UNREACHED;
        for (let before = predecessors; before !== NONE; before = this.nextEndingAtSame[before]) {
          const cost = this.pathCost[before] + matrix[2 + this.rightId[before] * columns + this.leftId[node]] + this.wordCost[node];
          if (cost < cheapest) {
            cheapest = cost;
            previous = before;
          }
        }
        this.previous[node] = previous;
        this.pathCost[node] = cheapest;
      }
    }
  }

  private append(wordId: number, known: boolean, startPos: number, end: number, leftId: number, rightId: number, cost: number, from: number, to: number, previous: number, pathCost: number): number {
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
    this.previous[node] = previous;
    this.pathCost[node] = pathCost;
    this.nextEndingAtSame[node] = NONE;
    if (this.lastEndingAt[end] === NONE) this.firstEndingAt[end] = node;
    else this.nextEndingAtSame[this.lastEndingAt[end]] = node;
    this.lastEndingAt[end] = node;
    if (end > this.lastEnd) this.lastEnd = end;
    return node;
  }

  private grow(): void {
    this.capacity = Math.max(1024, this.capacity * 2);
    this.wordId = grown(this.wordId, this.capacity);
    this.known = grown(this.known, this.capacity);
    this.startPos = grown(this.startPos, this.capacity);
    this.leftId = grown(this.leftId, this.capacity);
    this.rightId = grown(this.rightId, this.capacity);
    this.wordCost = grown(this.wordCost, this.capacity);
    this.surfaceFrom = grown(this.surfaceFrom, this.capacity);
    this.surfaceTo = grown(this.surfaceTo, this.capacity);
    this.previous = grown(this.previous, this.capacity);
    this.pathCost = grown(this.pathCost, this.capacity);
    this.nextEndingAtSame = grown(this.nextEndingAtSame, this.capacity);
  }
}

/** A copy of `array` with room for `length` elements. */
function grown<T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

// The trie of the dictionary's name keys that the names rule walks.
import type { Known } from './found.js';

export interface NameTarget {
  known: Known;
  /** For names matched in their exact case: the name as it must appear, without ignorable characters. */
  exact?: string;
  /** Whether a plural or possessive may follow (`H100s`); not for names that are ordinary words (`Arm`). */
  inflects: boolean;
}

/**
 * A trie over UTF-16 code units: reading units as numbers makes no string per character. Most
 * nodes lie on a single name and have one child, held in `unit` and `only`; a Map of children is
 * made only where names branch (the dictionary's 18,000 names make 120,000 nodes).
 */
export interface TrieNode {
  unit: number;
  only: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  targets: NameTarget[] | undefined;
}

export const newNode = (): TrieNode => ({ unit: -1, only: undefined, next: undefined, targets: undefined });
export const childOf = (node: TrieNode, unit: number): TrieNode | undefined => (node.next ? node.next.get(unit) : node.unit === unit ? node.only : undefined);

export function addChild(node: TrieNode, unit: number): TrieNode {
  const child = newNode();
  if (node.next) node.next.set(unit, child);
  else if (node.only) {
    node.next = new Map([[node.unit, node.only], [unit, child]]);
    node.only = undefined;
  } else {
    node.unit = unit;
    node.only = child;
  }
  return child;
}

// Answers kept for questions that recur (a word's root, a name's key, a character's NFKC): the
// first `limit` inputs are remembered, so memory stays bounded on any corpus while the common
// words, which come early, are answered once.

/** `compute` with its answers kept for the first `limit` distinct inputs. */
export function memoize<K, V extends {}>(compute: (key: K) => V, limit = 65_536): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size < limit) answers.set(key, answer);
    }
    return answer;
  };
}

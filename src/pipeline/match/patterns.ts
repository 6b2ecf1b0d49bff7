// dict/patterns.yml: expressions that name an entry or make a new entity from their templates
// (`Tier {1}`, `ECCN {1}`), and a pattern's ellipsis, members of one family listed after it
// (`Ascend 910Bおよび910D`).
import { entityIdFrom } from '../../core/entity.js';
import { nameKey } from '../../core/normalize.js';
import type { Pattern } from '../../dictionary/dictionary.js';
import { ELLIPSIS_JOINER } from '../joiners.js';
import { hasWordEdges } from './edges.js';
import type { Analyzed, Found, Known, KnownEntities } from './found.js';
import type { MatchRule } from './rule.js';


interface CompiledPattern {
  pattern: Pattern;
  /** The pattern's ellipsis after a joining word (`910Bおよび910D`, `910B/910C`), sticky: it continues right where the last member ended. */
  continuation?: RegExp;
}

export class DictionaryPatterns implements MatchRule {
  readonly id = 'patterns';
  readonly examples = {
    ok: [
      { text: 'ECCN 3A090と3A090.a', finds: 'eccn-3a090:3A090.a' },
      { text: 'Ascend 910Bおよび910D', finds: 'huawei-ascend-910d:910D' },
      { text: 'Ascend 910B/910C', finds: 'huawei-ascend-910c:910C' },
    ],
    notOk: [
      { text: 'Ascend 910Bの910D', finds: 'huawei-ascend-910d:910D' },
      { text: 'XTier 1', finds: 'tier-1:Tier 1' },
    ],
  };
  private readonly patterns: CompiledPattern[];

  constructor(
    private readonly known: KnownEntities,
    patterns: Pattern[],
  ) {
    this.patterns = patterns.map((pattern) => ({
      pattern,
      ...(pattern.ellipsis && { continuation: new RegExp(`${ELLIPSIS_JOINER}(${pattern.ellipsis.source})`, 'uy') }),
    }));
  }

  find({ text, boundaries }: Analyzed): Found[] {
    const found: Found[] = [];
    for (const { pattern, continuation } of this.patterns) {
      for (const m of text.matchAll(pattern.regex)) {
        const start = m.index!;
        let end = start + m[0].length;
        if (!m[0] || !hasWordEdges(text, start, end, boundaries, true)) continue;
        found.push({ known: this.patternEntity(pattern, m), start, end, matched: nameKey(m[0]) });
        if (!continuation) continue;
        for (continuation.lastIndex = end; ; ) {
          const e = continuation.exec(text);
          if (!e) break;
          const memberStart = end + e[0].length - e[1].length;
          if (!hasWordEdges(text, memberStart, continuation.lastIndex, boundaries, true)) break;
          // The member's own groups fill the templates: `910D` → `Ascend {1}` → `Ascend 910D`.
          const groups = [e[1], ...e.slice(2)];
          found.push({ known: this.patternEntity(pattern, groups), start: memberStart, end: continuation.lastIndex, matched: nameKey(e[1]) });
          end = continuation.lastIndex;
        }
      }
    }
    return found;
  }

  /** The dictionary entry a pattern match names, or a new entity made from the pattern's templates. */
  private patternEntity(pattern: Pattern, groups: ArrayLike<string | undefined>): Known {
    const fill = (template: string) => template.replace(/\{(\d+)\}/g, (_, n: string) => groups[Number(n)] ?? '');
    const id = entityIdFrom(fill(pattern.id));
    const ja = fill(pattern.ja);
    const en = fill(pattern.en);
    const byName = (name: string) => this.known.byKey.get(nameKey(name));
    const known = this.known.byId.get(id) ?? byName(groups[0] ?? '') ?? byName(ja) ?? byName(en);
    if (known && known.entity.type === pattern.type) return known;
    const made: Known = { entity: { id, type: pattern.type, ja, en, aliases: [] } };
    this.known.byId.set(id, made);
    return made;
  }
}

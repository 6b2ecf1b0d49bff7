# Reads a TBX file with translate-toolkit (the library Weblate and Pootle use) and prints, as
# JSON, what it read: per concept its id, source and target term and how many terms it holds.
import json
import sys

from translate.storage import tbx

store = tbx.tbxfile.parsefile(sys.argv[1])
print(json.dumps([
    {
        "id": unit.getid(),
        "source": unit.source,
        "target": unit.target,
        "terms": sum(1 for _ in unit.xmlelement.iter(unit.namespaced("term"))),
    }
    for unit in store.units
], ensure_ascii=False))

#!/usr/bin/env python3
"""Second, independent pass: recounts corpus/ by leftmost-longest dictionary matching and compares with
gold.json (see ../../tools/annotated_set.py). Every DIFF must be resolved by reading the text."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, '..', 'tools'))
from annotated_set import recount
# fused forms: 日米 (Japan + United States, rule 5)
FUSED = {'日米': 'japan usa'}
# not entities (they consume the span): job titles that hold a body's or country's name, a party's name,
# document numbers, a web address
NON_ENTITIES = ['経済産業省貿易経済協力局長', '内閣府特命担当大臣', '米州課長', '日本維新の会', '内閣衆質',
                'www.micron.com']
recount(HERE, FUSED, NON_ENTITIES, verbose='-v' in sys.argv)

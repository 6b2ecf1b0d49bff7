#!/usr/bin/env python3
"""Second, independent pass: recounts corpus/ by leftmost-longest dictionary matching and compares with
gold.json (see ../../tools/annotated_set.py). Every DIFF must be resolved by reading the text."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, '..', 'tools'))
from annotated_set import recount
FUSED = {'米中': 'usa china', '日米': 'japan usa', '対中': 'china', '対米': 'usa'}
# not entities (they consume the span): job titles, regions, languages, Korean script
NON_ENTITIES = ['衆議院議長', '衆議院議員', '参議院議長', '参議院議員', '内閣総理大臣', '欧州', '英語', 'GX',
                '과기정통부', '유럽연합']
recount(HERE, FUSED, NON_ENTITIES, verbose='-v' in sys.argv)

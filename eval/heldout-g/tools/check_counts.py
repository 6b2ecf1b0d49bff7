#!/usr/bin/env python3
"""Second, independent pass: recounts corpus/ by leftmost-longest dictionary matching and compares with
gold.json (see ../../tools/annotated_set.py). Every DIFF must be resolved by reading the text."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, '..', 'tools'))
from annotated_set import recount
# fused forms: 米中, and the glued link texts of the o1 article (two model names with no separator)
FUSED = {'米中': 'usa china', 'OpenAI o1-previewOpenAI o1-mini': 'o1-preview o1-mini'}
# not entities (they consume the span): the o1 article's web address, the GKE flag name
NON_ENTITIES = ['https://openai.com/o1/', '--tpu-topology']
recount(HERE, FUSED, NON_ENTITIES, verbose='-v' in sys.argv)

#!/usr/bin/env python3
"""Builds corpus/ and gold.json from annotated/ (inline markup: ⟦surface|id[+id...]⟧)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, '..', 'tools'))
from annotated_set import build
build(HERE)

"""`python -m nqp_corpus ...` runs the `nqp-corpus` command (e.g. with PYTHONPATH set to a checkout)."""
import sys

from .cli import main

sys.exit(main())

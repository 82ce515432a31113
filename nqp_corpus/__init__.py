"""nqp-corpus: an annotated corpus of Chinese texts about 新质生产力."""

# The release version: the one place it is held. `nqp-corpus build` writes processed/v<this>/.
RELEASE_VERSION = "1.73.1"
__version__ = RELEASE_VERSION

"""PHI detectors: validated identifier patterns, health dictionaries, context scoring."""

from gateway.detect.engine import HAVE_HYPERSCAN, Detection, DetectorEngine, Hit
from gateway.detect.spec import DetectorSpec, DictionarySpec, IdentifierSpec, Kind, PatternSpec

__all__ = [
    "HAVE_HYPERSCAN",
    "Detection",
    "DetectorEngine",
    "DetectorSpec",
    "DictionarySpec",
    "Hit",
    "IdentifierSpec",
    "Kind",
    "PatternSpec",
]

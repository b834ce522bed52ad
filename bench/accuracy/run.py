"""Accuracy report: phi-gateway's detector vs Presidio's pattern recognizers on the corpus.

    PYTHONPATH=. python bench/accuracy/run.py [--per-template 25] [--no-presidio] [--misses]

Message-level: a PHI template instance counts as found when the detector says PHI; a hard
negative counts as a false positive when it does. Presidio has no PHI notion: a message is
"flagged" when any of its English pattern recognizers scores >= the threshold (0.4 and 0.6
reported), which is how a Presidio-based gateway would have to use it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from generate import SPLITS, Sample, generate  # noqa: E402

from gateway.policy import PolicyEngine, PolicySettings  # noqa: E402


def presidio_recognizers() -> list[Any] | None:
    try:
        from presidio_analyzer import PatternRecognizer, RecognizerRegistry
    except ImportError:
        return None
    import tldextract
    from tldextract import tldextract as tld_module

    # Presidio's email/URL recognizers call tldextract, which would fetch the Public Suffix
    # List from the internet: use the snapshot bundled in the wheel instead (no network).
    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    # Pattern recognizers only: no spaCy model (none can be downloaded here).
    return [r for r in registry.recognizers if isinstance(r, PatternRecognizer)]


def presidio_score(recognizers: list[Any], text: str) -> float:
    best = 0.0
    for r in recognizers:
        for res in r.analyze(text, r.supported_entities, None) or []:
            best = max(best, float(res.score))
    return best


def rate(num: int, den: int) -> str:
    return f"{100.0 * num / den:.2f}% ({num}/{den})" if den else "n/a"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-template", type=int, default=25)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list missed/false templates")
    ap.add_argument(
        "--splits", help="comma-separated splits to run (dev, heldout, fresh1 ...); default all"
    )
    args = ap.parse_args()

    engine = PolicyEngine.load(PolicySettings(dir=HERE.parents[1] / "policies"))
    recognizers = None if args.no_presidio else presidio_recognizers()
    samples: list[Sample] = list(generate(args.per_template))
    if args.splits:
        wanted = set(args.splits.split(","))
        samples = [s for s in samples if s.split in wanted]
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: dict[tuple[str, int], list[str]] = defaultdict(list)
    subject_misses: dict[tuple[str, int], list[str]] = defaultdict(list)
    # What fired on the wrong messages: (part kind, detector, confidence) -> messages.
    why: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    t_ours = t_presidio = 0.0
    for s in samples:
        t0 = time.perf_counter()
        scan = engine.scan(s.raw)
        t_ours += time.perf_counter() - t0
        flagged = scan.detection.phi
        st = stats[s.split]
        # A detector exception is caught and reported as unscannable (PHI by default policy,
        # but not by this bench's verdict): count it, so a crash never hides as a miss.
        st["errors"] += "detector_error" in scan.unscannable
        if s.phi:
            st["pos"] += 1
            st["tp"] += flagged
            if s.validated:
                st["vpos"] += 1
                st["vtp"] += flagged
            if s.subject_phi:
                st["spos"] += 1
                st["stp"] += "subject" in scan.detection.phi_parts
        else:
            st["neg"] += 1
            st["fp"] += flagged
        wrong_subject = s.subject_phi and flagged and "subject" not in scan.detection.phi_parts
        if flagged != s.phi:
            misses[(s.split, s.template)].append(s.fmt)
        elif wrong_subject:
            subject_misses[(s.split, s.template)].append(s.fmt)
        if flagged != s.phi or wrong_subject:
            seen = {
                f"{f.part.split(':', 1)[0]}:{f.detector}:{f.confidence}"
                for f in scan.detection.findings
            }
            for key in seen:
                why[(s.split, s.template)][key] += 1
        if recognizers is not None:
            text = "\n".join(p.text for p in scan.parsed.parts)
            t0 = time.perf_counter()
            score = presidio_score(recognizers, text)
            t_presidio += time.perf_counter() - t0
            for thr in ("0.4", "0.6"):
                hit = score >= float(thr)
                if s.phi:
                    st[f"p{thr}_tp"] += hit
                else:
                    st[f"p{thr}_fp"] += hit
    print(f"samples: {len(samples)} ({args.per_template} per template)")
    # "all" is dev + held-out (comparable across versions); the fresh splits stand alone.
    for split in ("dev", "heldout", "all", *(name for name, _, _ in SPLITS)):
        if split == "all":
            st = defaultdict(int)
            for name in ("dev", "heldout"):
                for k, n in stats[name].items():
                    st[k] += n
        else:
            st = stats[split]
        if not st.get("pos") and not st.get("neg"):
            continue  # not run (--splits)
        print(f"\n[{split}] phi-gateway")
        print(f"  recall (message):          {rate(st['tp'], st['pos'])}")
        print(f"  recall (validated id):     {rate(st['vtp'], st['vpos'])}")
        print(f"  recall (Subject PHI):      {rate(st['stp'], st['spos'])}")
        print(f"  false-positive rate:       {rate(st['fp'], st['neg'])}")
        if st["errors"]:
            print(f"  DETECTOR ERRORS:           {st['errors']} messages")
        if recognizers is not None:
            for thr in ("0.4", "0.6"):
                print(
                    f"  Presidio >= {thr}: recall {rate(st[f'p{thr}_tp'], st['pos'])}, "
                    f"FPR {rate(st[f'p{thr}_fp'], st['neg'])}"
                )
    n = len(samples)
    print(f"\ntime per message: phi-gateway parse+detect {1000 * t_ours / n:.2f} ms", end="")
    if recognizers is not None:
        print(f"; Presidio patterns on extracted text {1000 * t_presidio / n:.2f} ms")
    else:
        print("; Presidio not installed")
    if args.misses:
        # Detector names, parts, confidences and counts only: never a matched value.
        for label, table in (("wrong", misses), ("subject missed", subject_misses)):
            for (split, tpl), fmts in sorted(table.items()):
                print(
                    f"  {label}: {split} template {tpl}: {len(fmts)} "
                    f"({', '.join(sorted(set(fmts)))})"
                )
                fired = ", ".join(f"{k} x{n}" for k, n in sorted(why[(split, tpl)].items()))
                print(f"      fired: {fired or '-'}")


if __name__ == "__main__":
    main()

"""Labels from the case model (states), not from the generated text."""
from content import ELEMENTS
from model import AUG2025

INCOMPLETE = {"empty", "placeholder", "instructions", "see", "view_only", "unticked", "partial", "no_date"}
CONSENT_PRESENT = {"signed", "stated", "signed_adult", "signed_curator"}
CONSENT_MISSING = {"avg_only", "absent"}


def label(c):
    out = {}
    for e in ELEMENTS:
        s = c["states"].get(e, "ok")
        if e == "inbreng_leerling":
            last = max(c["plan"], c["revised"] or c["plan"])
            if (c.get("adult") and not c.get("curatele")) or last < AUG2025:
                out[e] = "not_applicable"; continue
        if e == "instemming_ouders":
            out[e] = "present" if s in CONSENT_PRESENT else "missing" if s in CONSENT_MISSING else "incomplete"
            continue
        if s == "ok":
            out[e] = "present"
        elif s == "absent":
            out[e] = "missing"
        elif s == "none":
            out[e] = "not_applicable"
        elif s in INCOMPLETE:
            out[e] = "incomplete"
        else:
            raise ValueError((c["id"], e, s))
    return out

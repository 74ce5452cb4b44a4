# -*- coding: utf-8 -*-
"""Flatten blocks to one string (for two-column tables and letter paragraphs)."""


def flat(blocks):
    parts = []
    for b in blocks:
        k = b[0]
        if k in ("p", "hand_note"):
            parts.append(b[1])
        elif k == "cc_text":
            parts.append(b[1])
        elif k == "bullets":
            parts.append("\n".join("- " + x for x in b[1]))
        elif k in ("checks", "checks_hand", "cc_checks"):
            parts.append("   ".join(("☒ " if c else "☐ ") + lab for c, lab in b[1]))
        elif k == "table":
            parts.append("\n".join(f"{r[0]}: {r[1]}, {r[2]}, vanaf {r[3]}" if len(r) >= 4 else " | ".join(r) for r in b[2]))
        elif k == "kv":
            parts.append("; ".join(f"{a}: {v}" for a, v in b[1]))
        elif k in ("h1", "h2"):
            parts.append(b[1])
        elif k in ("sig", "sig_hand"):
            for role, name, date, signed in b[1]:
                parts.append(f"Handtekening {role}: {name or '________'}  datum: {date or '__-__-____'}")
            if b[2]:
                parts.append(b[2])
    return "\n".join(parts)

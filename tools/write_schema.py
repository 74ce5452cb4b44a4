"""Write rules/ruleset.schema.json: the published schema with every registered rule kind's options.

    python tools/write_schema.py

Run it after adding or changing a rule kind (oppcheck/check/kinds/); a test checks the file is current.
"""

from __future__ import annotations

import json
from pathlib import Path

from oppcheck.ruleset import schema

if __name__ == "__main__":
    path = Path(__file__).resolve().parent.parent / "rules" / "ruleset.schema.json"
    path.write_text(json.dumps(schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(path)

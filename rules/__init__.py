"""Bundled rule sets (YAML); shipped inside the package as oppcheck.rulesets."""

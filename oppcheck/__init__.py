"""oppcheck: checks a Dutch OPP (ontwikkelingsperspectiefplan) for the elements the law requires."""

__version__ = "0.1.0"

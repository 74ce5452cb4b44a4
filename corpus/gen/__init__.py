"""Building blocks of the development-corpus generator (see corpus/README.md)."""

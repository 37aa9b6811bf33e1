"""models of the Honghua UI."""
